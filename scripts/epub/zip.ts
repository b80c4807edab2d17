// The OCF container: a ZIP whose first entry is `mimetype`, stored uncompressed and without extra
// fields, so a reader can recognise the file by its first bytes. Every entry carries the same
// date, so the same book gives the same bytes.
import { zipSync, type Zippable } from 'fflate';

export function epubZip(entries: Map<string, Uint8Array | string>, date: Date): Uint8Array {
  const enc = new TextEncoder();
  const bytes = (v: Uint8Array | string) => (typeof v === 'string' ? enc.encode(v) : v);
  // Object keys keep insertion order; mimetype goes first.
  const zippable: Zippable = {
    mimetype: [enc.encode('application/epub+zip'), { level: 0, mtime: date }],
  };
  for (const [name, value] of entries) {
    if (name === 'mimetype') continue;
    // PNGs are compressed already; deflating them again only costs time.
    const stored = name.endsWith('.png');
    zippable[name] = [bytes(value), { level: stored ? 0 : 9, mtime: date }];
  }
  return zipSync(zippable, { mtime: date });
}
