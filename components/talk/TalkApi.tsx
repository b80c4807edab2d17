import { withBase } from '@/lib/site/paths';

const revealRecipe = `<!-- In your reveal.js deck -->
<section>
  <iframe data-primitives
          src="https://YOUR-HOST/embed/monolith-to-platform/?controls=0&caption=0"
          style="width:100%;aspect-ratio:16/9;border:0"></iframe>
</section>

<script src="https://YOUR-HOST/talk-kit/primitives-reveal.js"></script>
<script>
  Reveal.initialize({ plugins: [RevealNotes, PrimitivesReveal] });
</script>`;

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
  ["'slide:start'", 'Sent by reveal.js when the slide appears: back to step 1.'],
];

const outgoing: [string, string][] = [
  ["{ type: 'primitives:ready', figure, steps }", 'The figure has loaded.'],
  [
    "{ type: 'primitives:step', figure, step, total, cause }",
    "The step changed (1-based); cause is 'host' when your message moved it, 'user' when the speaker did.",
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
export function TalkApi() {
  return (
    <section className="talks__api prose" aria-labelledby="api">
      <h2 id="api">Embedding and the API</h2>
      <h3 id="urls">URLs</h3>
      <p>
        Each figure lives at <code>/embed/&lt;figure&gt;/</code> and each of its steps at{' '}
        <code>/embed/&lt;figure&gt;/&lt;step&gt;/</code>, with the step already drawn in the HTML,
        so a frame shows even where scripts are blocked. <code>?step=N</code> and{' '}
        <code>#step=N</code> work too. Options:
      </p>
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
        gives the slide one fragment per step, so the deck&apos;s keys step the figure and move on
        after the last step; it is tested against a real reveal.js deck.
      </p>
      <pre>
        <code>{revealRecipe}</code>
      </pre>
      <h3 id="slidev">Slidev</h3>
      <p>A small component drives the figure from the slide&apos;s click count.</p>
      <pre>
        <code>{slidevRecipe}</code>
      </pre>
      <h3 id="offline">Offline and exports</h3>
      <p>
        &ldquo;Use in a talk&rdquo; under each figure copies the embed code or a link to the current
        step and downloads the step as SVG (styles and fonts inside) or as a PNG at 1920×1080 or
        3840×2160, light, dark or transparent. &ldquo;Offline HTML&rdquo; is one file with every
        step, the keys and the same API, which runs from disk with no network.
      </p>
    </section>
  );
}
