// The script of a talk-kit file: the embed page's host, with one figure bundled in.
import { createRoot } from 'react-dom/client';
import { EmbedHost } from '@/components/talk/EmbedHost';
import { getFigure } from '@/lib/figures/registry';

const data = JSON.parse(document.getElementById('primitives-data')?.textContent ?? '{}') as {
  figure?: string;
  step?: number;
};
const meta = data.figure ? getFigure(data.figure) : undefined;
const old = document.querySelector('.embed');
if (meta && old) {
  const holder = document.createElement('div');
  holder.style.display = 'contents';
  old.replaceWith(holder);
  createRoot(holder).render(<EmbedHost meta={meta} pathStep={data.step ?? 0} />);
}
