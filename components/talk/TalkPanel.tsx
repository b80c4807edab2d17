'use client';

import { useState } from 'react';
import type { FigureMeta } from '@/lib/figures/types';
import { talkMediaFiles } from '@/lib/talk/media';
import { embedPath, embedQuery, embedSnippet, type EmbedTheme } from '@/lib/talk/options';
import { withBase } from '@/lib/site/paths';
import { downloadPng, downloadSvg } from './export';
import { routes } from '@/lib/site/routes';

export interface TalkPanelProps {
  meta: FigureMeta;
  step: number;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Embed code, links and downloads for one figure at its current step. */
export function TalkPanel({ meta, step: given }: TalkPanelProps) {
  // Starts at the figure's step when the panel opened; the reader may pick another.
  const [step, setStep] = useState(given);
  const [theme, setTheme] = useState<EmbedTheme>(() =>
    typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark'
      ? 'dark'
      : 'light',
  );
  const [transparent, setTransparent] = useState(false);
  const [controls, setControls] = useState(true);
  const [caption, setCaption] = useState(true);
  const [status, setStatus] = useState('');
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const query = embedQuery({ theme, bg: transparent ? 'transparent' : 'solid', controls, caption });
  const figureUrl = `${origin}${withBase(embedPath(meta.id))}${query}`;
  const stepUrl = `${origin}${withBase(embedPath(meta.id, step))}${query}`;
  const snippet = embedSnippet(figureUrl, meta.title);
  const run = (label: string, job: () => Promise<unknown>) => {
    setStatus(`${label}…`);
    job().then(
      (r) => setStatus(r === false ? `Could not ${label.toLowerCase()}` : `${label}: done`),
      () => setStatus(`Could not ${label.toLowerCase()}`),
    );
  };
  const exportOpts = { meta, step, theme, transparent };
  // Made at build time for every figure but the test-only ones, in the theme chosen above.
  const media = meta.testOnly ? null : talkMediaFiles(meta.id, theme);
  return (
    <div className="talk-panel">
      {meta.steps.length > 1 && (
        <label className="talk-panel__step">
          Step
          <select value={step} onChange={(e) => setStep(Number(e.target.value))}>
            {meta.steps.map((s, i) => (
              <option key={s.title} value={i}>
                {i + 1}. {s.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset>
        <legend>Look</legend>
        <label>
          <input
            type="radio"
            name={`theme-${meta.id}`}
            checked={theme === 'light'}
            onChange={() => setTheme('light')}
          />{' '}
          Light
        </label>
        <label>
          <input
            type="radio"
            name={`theme-${meta.id}`}
            checked={theme === 'dark'}
            onChange={() => setTheme('dark')}
          />{' '}
          Dark
        </label>
        <label>
          <input
            type="checkbox"
            checked={transparent}
            onChange={(e) => setTransparent(e.target.checked)}
          />{' '}
          Transparent background
        </label>
        <label>
          <input
            type="checkbox"
            checked={controls}
            onChange={(e) => setControls(e.target.checked)}
          />{' '}
          Step buttons
        </label>
        <label>
          <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />{' '}
          Caption
        </label>
      </fieldset>
      <label className="talk-panel__snippet">
        Embed code
        <textarea readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="talk-panel__actions">
        <button type="button" onClick={() => run('Copy embed code', () => copy(snippet))}>
          Copy embed code
        </button>
        <button type="button" onClick={() => run('Copy link', () => copy(stepUrl))}>
          Copy link to step {step + 1}
        </button>
        <a href={stepUrl}>Open full screen</a>
        <button type="button" onClick={() => run('Download SVG', () => downloadSvg(exportOpts))}>
          SVG
        </button>
        <button
          type="button"
          onClick={() =>
            run('Download PNG', () => downloadPng({ ...exportOpts, width: 1920, height: 1080 }))
          }
        >
          PNG 1920×1080
        </button>
        <button
          type="button"
          onClick={() =>
            run('Download PNG', () => downloadPng({ ...exportOpts, width: 3840, height: 2160 }))
          }
        >
          PNG 3840×2160
        </button>
        <a href={withBase(routes.talkKit(meta.id))} download={`primitives-${meta.id}.html`}>
          Offline HTML
        </a>
        {media && (
          <>
            <a
              href={withBase(routes.talkKitFile(media.deck))}
              download={`primitives-${media.deck}`}
            >
              Download slides (.pptx)
            </a>
            <a
              href={withBase(routes.talkKitFile(media.video))}
              download={`primitives-${media.video}`}
            >
              Download video (.mp4)
            </a>
          </>
        )}
        <a href={withBase(routes.talks)}>All figures and the API</a>
      </div>
      <p className="talk-panel__status" role="status">
        {status}
      </p>
    </div>
  );
}
