// The script of a talk-kit file: the embed page's host, with one figure bundled in.
import { createRoot } from 'react-dom/client';
import { readFigureIsland } from '@/components/figures/island';
import { EmbedHost } from '@/components/talk/EmbedHost';

const island = readFigureIsland(document);
const old = document.querySelector('.embed');
if (island && old) {
  const holder = document.createElement('div');
  holder.style.display = 'contents';
  old.replaceWith(holder);
  createRoot(holder).render(<EmbedHost meta={island.meta} pathStep={island.step ?? 0} />);
}
