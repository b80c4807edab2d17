/**
 * The book's citation rule: every paragraph that states a year, a number or a quotation
 * carries at least one <Cite>. Returns the offending paragraphs (first 80 characters).
 */
export function uncitedParagraphs(body: string): string[] {
  const blocks = body
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const offending: string[] = [];
  for (const block of blocks) {
    if (/^#{1,6}\s/.test(block)) continue;
    if (/^<\/?(Claim|Note|Figure|Step)\b[^>]*>$/.test(block) || /^<Figure\b[\s\S]*\/>$/.test(block))
      continue;
    if (/^\{\/\*[\s\S]*\*\/\}$/.test(block)) continue;
    const text = block
      .replace(/<Cite\b[^>]*\/>/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      // Cross-references and list numbering are not facts.
      .replace(/\b[Cc]hapters? \d+(?: and \d+)?/g, 'chapter')
      .replace(/^\s*\d+\.\s/gm, '');
    const claims = /\b\d/.test(text) || /[“”]/.test(text) || /"[^"]{3,}"/.test(text);
    if (claims && !block.includes('<Cite'))
      offending.push(text.replace(/\s+/g, ' ').trim().slice(0, 80));
  }
  return offending;
}
