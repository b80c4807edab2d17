import type { Heading } from '@/lib/content/mdx';

/** Contents of a chapter from its headings: sticky in the margin, a collapsible bar on phones. */
export function Toc({ headings, title }: { headings: Heading[]; title: string }) {
  if (headings.length === 0) return null;
  const list = (
    <ol>
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'toc__sub' : undefined}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
      <li>
        <a href="#references">References</a>
      </li>
    </ol>
  );
  return (
    <nav className="toc sans" aria-label={`In this chapter: ${title}`}>
      <details className="toc__details">
        <summary>In this chapter</summary>
        {list}
      </details>
      <div className="toc__wide">
        <p className="toc__label">In this chapter</p>
        {list}
      </div>
    </nav>
  );
}
