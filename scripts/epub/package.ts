// The EPUB's package: OCF container, package document (metadata, manifest, spine), the
// navigation document and an NCX. The NCX is EPUB 2's table of contents: EPUB 3 readers use the
// nav, but Kobo's Adobe engine and older readers still build their contents menu from the NCX.
import { escapeAttr, escapeText, xhtmlDocument } from './xhtml';
import { files } from './links';

export interface TocEntry {
  title: string;
  href: string;
  children?: TocEntry[];
}

export interface Item {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
}

export interface BookMeta {
  identifier: string;
  title: string;
  subtitle: string;
  creator: string;
  publisher: string;
  language: string;
  description: string;
  source: string;
  subjects: string[];
  /** ISO date-time, to the second, in UTC. */
  modified: string;
}

export const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** Asks Apple Books to use the embedded fonts rather than its own by default. */
export const appleDisplayOptions = `<?xml version="1.0" encoding="UTF-8"?>
<display_options>
  <platform name="*">
    <option name="specified-fonts">true</option>
  </platform>
</display_options>
`;

export function packageDocument(meta: BookMeta, manifest: Item[], spine: string[]): string {
  const t = escapeText;
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${meta.language}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">${t(meta.identifier)}</dc:identifier>
    <dc:title id="title">${t(meta.title)}</dc:title>
    <meta refines="#title" property="title-type">main</meta>
    <dc:title id="subtitle">${t(meta.subtitle)}</dc:title>
    <meta refines="#subtitle" property="title-type">subtitle</meta>
    <dc:creator id="creator">${t(meta.creator)}</dc:creator>
    <meta refines="#creator" property="role" scheme="marc:relators">aut</meta>
    <dc:publisher>${t(meta.publisher)}</dc:publisher>
    <dc:language>${meta.language}</dc:language>
    <dc:date>${meta.modified.slice(0, 10)}</dc:date>
    <dc:description>${t(meta.description)}</dc:description>
    <dc:source>${t(meta.source)}</dc:source>
${meta.subjects.map((s) => `    <dc:subject>${t(s)}</dc:subject>`).join('\n')}
    <meta property="dcterms:modified">${meta.modified}</meta>
    <meta name="cover" content="cover-image"/>
  </metadata>
  <manifest>
${manifest
  .map(
    (i) =>
      `    <item id="${i.id}" href="${escapeAttr(i.href)}" media-type="${i.mediaType}"${i.properties ? ` properties="${i.properties}"` : ''}/>`,
  )
  .join('\n')}
  </manifest>
  <spine toc="ncx">
${spine.map((id) => `    <itemref idref="${id}"/>`).join('\n')}
  </spine>
</package>
`;
}

function tocList(entries: TocEntry[]): string {
  return `<ol>${entries
    .map(
      (e) =>
        `<li><a href="${escapeAttr(e.href)}">${escapeText(e.title)}</a>${e.children?.length ? tocList(e.children) : ''}</li>`,
    )
    .join('')}</ol>`;
}

export function navDocument(toc: TocEntry[], firstChapter: string): string {
  return xhtmlDocument({
    title: 'Contents',
    body: [
      '<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">',
      '<h1 id="toc-title">Contents</h1>',
      tocList(toc),
      '</nav>',
      '<nav epub:type="landmarks" id="landmarks" hidden="hidden">',
      '<h2>Landmarks</h2>',
      '<ol>',
      `<li><a epub:type="cover" href="${files.cover}">Cover</a></li>`,
      `<li><a epub:type="toc" href="${files.nav}">Contents</a></li>`,
      `<li><a epub:type="bodymatter" href="${firstChapter}">Start reading</a></li>`,
      `<li><a epub:type="glossary" href="${files.glossary}">Glossary</a></li>`,
      `<li><a epub:type="bibliography" href="${files.sources}">Sources</a></li>`,
      '</ol>',
      '</nav>',
    ].join('\n'),
    bodyType: 'frontmatter',
  });
}

export function ncxDocument(meta: BookMeta, toc: TocEntry[]): string {
  let order = 0;
  const points = (entries: TocEntry[], depth: number): string =>
    entries
      .map((e) => {
        order += 1;
        const pad = '  '.repeat(depth);
        return `${pad}<navPoint id="np-${order}" playOrder="${order}"><navLabel><text>${escapeText(e.title)}</text></navLabel><content src="${escapeAttr(e.href)}"/>${e.children?.length ? `\n${points(e.children, depth + 1)}\n${pad}` : ''}</navPoint>`;
      })
      .join('\n');
  const depth = (entries: TocEntry[]): number =>
    1 + Math.max(0, ...entries.map((e) => (e.children?.length ? depth(e.children) : 0)));
  const map = points(toc, 2);
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${meta.language}">
  <head>
    <meta name="dtb:uid" content="${escapeAttr(meta.identifier)}"/>
    <meta name="dtb:depth" content="${depth(toc)}"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text>${escapeText(meta.title)}</text></docTitle>
  <navMap>
${map}
  </navMap>
</ncx>
`;
}
