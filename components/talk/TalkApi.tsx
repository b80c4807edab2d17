import type { FigureMeta } from '@/lib/figures/types';
import { withBase } from '@/lib/site/paths';
import { embedPath } from '@/lib/talk/options';
import { HostedCode } from './HostedCode';

/** Stands for this site's address in the recipes until the page knows it. */
const YOUR_HOST = 'https://YOUR-HOST';

/**
 * A whole reveal.js deck as reveal.js's own starter lays it out (dist/ beside index.html), with
 * the notes plugin it names and a Primitives figure: it runs as pasted.
 */
function revealRecipe(f: FigureMeta): string {
  const title = f.title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<!-- index.html in a reveal.js folder; the two Primitives lines are marked -->
<html lang="en">
  <head>
    <meta charset="utf-8">
    <link rel="stylesheet" href="dist/reveal.css">
    <link rel="stylesheet" href="dist/theme/white.css">
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
        <section>Your slide</section>
        <section>
          <!-- Primitives: data-primitives-steps is the figure's step count -->
          <iframe data-primitives data-primitives-steps="${f.steps.length}"
                  src="${YOUR_HOST}${embedPath(f.id)}?controls=0&caption=0"
                  title="${title}"
                  style="width:100%;aspect-ratio:16/9;border:0"></iframe>
        </section>
        <section>Your next slide</section>
      </div>
    </div>
    <script src="dist/reveal.js"></script>
    <script src="dist/plugin/notes.js"></script>
    <!-- Primitives: the plugin -->
    <script src="${YOUR_HOST}/talk-kit/primitives-reveal.js"></script>
    <script>
      Reveal.initialize({ hash: true, plugins: [RevealNotes, PrimitivesReveal] });
    </script>
  </body>
</html>`;
}

const slidevRecipe = `<!-- components/PrimitivesFigure.vue -->
<script setup lang="ts">
import { ref, watch, onMounted, onUnmounted } from 'vue'
import { useSlideContext } from '@slidev/client'
const props = defineProps<{ src: string }>()
const frame = ref<HTMLIFrameElement>()
const { $clicks } = useSlideContext()
const goto = (n: number) =>
  frame.value?.contentWindow?.postMessage({ type: 'primitives:goto', step: n + 1 }, '*')
watch($clicks, goto)
const onMessage = (e: MessageEvent) => {
  if (e.source === frame.value?.contentWindow && e.data?.type === 'primitives:ready') goto($clicks.value)
}
onMounted(() => addEventListener('message', onMessage))
onUnmounted(() => removeEventListener('message', onMessage))
</script>
<template>
  <iframe ref="frame" :src="src" style="width:100%;aspect-ratio:16/9;border:0" />
</template>

<!-- slides.md: one click per step after the first (8 steps: clicks 7) -->
---
clicks: 7
---
<PrimitivesFigure src="https://YOUR-HOST/embed/monolith-to-platform/?controls=0" />`;

const incoming: [string, string][] = [
  [
    "{ type: 'primitives:goto', step: 3 }",
    'Show step 3 (1-based; out-of-range steps are clamped).',
  ],
  [
    "{ type: 'primitives:next' }",
    'Next step; past the last one the figure answers with an edge message.',
  ],
  ["{ type: 'primitives:prev' }", 'Previous step; before the first, an edge message.'],
  ["{ type: 'primitives:reset' }", 'Back to step 1.'],
  [
    "'slide:start'",
    'Sent by reveal.js whenever it shows the slide: back to step 1 (the reveal.js plugin then restores the step the deck holds).',
  ],
];

const outgoing: [string, string][] = [
  ["{ type: 'primitives:ready', figure, steps }", 'The figure has loaded.'],
  [
    "{ type: 'primitives:step', figure, step, total, cause }",
    "The step changed (1-based), and once when the figure opens; cause is 'host' when your message or URL set it, 'user' when the speaker moved it inside the figure.",
  ],
  [
    "{ type: 'primitives:edge', figure, edge: 'end' | 'start' }",
    'The speaker pressed next at the last step (or previous at the first): move the deck on.',
  ],
  [
    "{ type: 'primitives:key', figure, key, code, shiftKey, altKey, ctrlKey, metaKey }",
    'A key the figure does not use, so the deck can act on it.',
  ],
];

function MessageTable({ head, rows }: { head: [string, string]; rows: [string, string][] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([m, e]) => (
          <tr key={m}>
            <td>
              <code>{m}</code>
            </td>
            <td>{e}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The embed URL options, keys and postMessage API, with recipes for reveal.js and Slidev. */
export function TalkApi({ example }: { example: FigureMeta }) {
  return (
    <section className="talks__api prose" aria-labelledby="api">
      <h2 id="api">Embedding and the API</h2>
      <h3 id="urls">URLs</h3>
      <p>
        Each figure lives at <code>/embed/&lt;figure&gt;/</code> and each of its steps at{' '}
        <code>/embed/&lt;figure&gt;/&lt;step&gt;/</code>, with the step already drawn in the HTML,
        so a frame shows even where scripts are blocked.
      </p>
      <ul>
        <li>
          <code>?step=N</code> opens the figure at step N (counted from 1). A number past the last
          step opens the last, one below 1 the first; anything that is not a number is ignored.
        </li>
        <li>
          <code>#step=N</code> does the same, and wins when both are given (
          <code>?step=2#step=5</code> opens step 5). Changing the hash of an open figure, such as an
          iframe&apos;s <code>src</code> from <code>…#step=2</code> to <code>…#step=5</code>, moves
          it to that step without reloading.
        </li>
        <li>
          As the figure moves, it writes its step into its own address as <code>#step=N</code>, so a
          reload stays on the step.
        </li>
      </ul>
      <p>Options, in the query:</p>
      <ul>
        <li>
          <code>theme=light|dark</code>: the colour scheme (default: the viewer&apos;s system).
        </li>
        <li>
          <code>bg=transparent|solid</code>: a transparent page, to sit on your slide&apos;s
          background.
        </li>
        <li>
          <code>controls=0|1</code>: hide or show the step buttons and menu.
        </li>
        <li>
          <code>caption=0|1</code>: hide or show the step caption.
        </li>
      </ul>
      <h3 id="keys">Keys</h3>
      <p>
        Next: → ↓ PageDown Space. Previous: ← ↑ PageUp Shift+Space. Home and End jump to the first
        and last step, F toggles full screen and ? shows the keys. On a touch screen, swipe. A
        presentation clicker sends PageDown and PageUp, so it steps the figure; at the last step,
        the figure hands &ldquo;next&rdquo; back to the deck instead of swallowing it.
      </p>
      <h3 id="messages">postMessage</h3>
      <p>Send these to the iframe&apos;s window; anything else is ignored.</p>
      <MessageTable head={['Message in', 'Effect']} rows={incoming} />
      <MessageTable head={['Message out (to window.parent)', 'When']} rows={outgoing} />
      <h3 id="reveal">reveal.js</h3>
      <p>
        The <a href={withBase('/talk-kit/primitives-reveal.js')}>primitives-reveal.js</a> plugin
        gives the figure&apos;s slide one fragment per step after the first, so the deck&apos;s keys
        and your clicker step the figure and move on after the last step. Below is a whole deck in
        reveal.js&apos;s own layout (<code>index.html</code> beside its <code>dist/</code> folder);
        in a deck you already have, add the two marked parts. It is tested against a real reveal.js
        6 deck.
      </p>
      <HostedCode code={revealRecipe(example)} host={YOUR_HOST} />
      <p>
        The deck&apos;s fragments decide what the figure shows. Arriving at the slide forwards shows
        step 1 and arriving backwards shows the last step, as with any fragments; the overview,
        jumps to the slide, Home or End and a reload at the deck&apos;s address (with{' '}
        <code>hash: true</code>) keep the step the deck holds. With{' '}
        <code>data-primitives-steps</code> (the step count listed under each figure above) the
        plugin makes the fragments as the deck starts, so reveal.js restores a fragment from the
        address itself; without it they come once the figure has loaded, and the plugin restores the
        position then. One figure per slide. If you click into the figure, its own keys step it, the
        deck follows, and its last step hands back to the deck.
      </p>
      <h3 id="slidev">Slidev</h3>
      <p>A small component drives the figure from the slide&apos;s click count.</p>
      <pre>
        <code>{slidevRecipe}</code>
      </pre>
      <h3 id="offline">Offline</h3>
      <p>
        For a hall with no network, bring the talk kit: each figure&apos;s &ldquo;Offline
        HTML&rdquo; (one file with every step, the keys and the same API, which runs from disk), or
        its slides and video, all listed under <a href="#slides-and-video">Slides and video</a>.
        Download them before you go.
      </p>
      <p>
        Opening this site once keeps the book readable offline, but not the embed pages: they are
        left out of its offline copy, and a browser keeps a site&apos;s offline copy apart from the
        same pages shown inside a deck on another site anyway. An iframe pointing at this site needs
        the network.
      </p>
      <h3 id="exports">Pictures</h3>
      <p>
        &ldquo;Use in a talk&rdquo; under each figure copies the embed code or a link to the current
        step and downloads the step as SVG (styles and fonts inside) or as a PNG at 1920×1080 or
        3840×2160, light, dark or transparent.
      </p>
    </section>
  );
}
