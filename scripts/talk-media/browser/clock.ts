// Runs in the figure's page before any of its scripts (an init script): time stands still until
// the recorder moves it, so every frame is taken at an exact moment of every animation, however
// slowly the machine renders. requestAnimationFrame and performance.now (what framer-motion,
// React's scheduler and the figures' tweens read) follow a virtual clock; CSS transitions and
// Web Animations are paused and seeked to the same clock.

export interface VirtualClock {
  /** Virtual milliseconds since the page started. */
  now(): number;
  /** Moves time on by `ms`, runs the animation frame callbacks, lets React commit, seeks animations. */
  frame(ms: number): Promise<void>;
  /** True when something visible may have changed since the last call. */
  changed(): boolean;
}

declare global {
  interface Window {
    __clock: VirtualClock;
  }
}

let now = 0;
let nextId = 1;
let queue = new Map<number, FrameRequestCallback>();
let mutations = 0;
let seen = 0;
const starts = new WeakMap<Animation, number>();

performance.now = () => now;
window.requestAnimationFrame = (cb) => {
  const id = nextId++;
  queue.set(id, cb);
  return id;
};
window.cancelAnimationFrame = (id) => {
  queue.delete(id);
};

new MutationObserver((records) => {
  mutations += records.length;
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

/**
 * A task after the ones already queued: React schedules its renders as posted messages, so a
 * message posted now runs after them (and, unlike setTimeout, is never clamped to 4 ms).
 */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const macrotask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** Waits until the DOM stops changing: React's render, its effects, and their own renders. */
async function quiesce(): Promise<void> {
  let before: number;
  do {
    before = mutations;
    await macrotask();
    await macrotask();
  } while (mutations !== before);
}

/**
 * Pauses every CSS transition and Web Animation and sets it to where the virtual clock is.
 * True when any was moved (or finished) by this frame.
 */
function seekAnimations(): boolean {
  let moved = false;
  for (const a of document.getAnimations()) {
    // A finished animation that fills forwards stays in getAnimations() but no longer moves.
    if (a.playState === 'finished') continue;
    if (!starts.has(a)) {
      starts.set(a, now);
      a.pause();
    }
    const end = Number(a.effect?.getComputedTiming().endTime ?? 0);
    const t = now - (starts.get(a) ?? now);
    if (t >= end) a.finish();
    else a.currentTime = t;
    moved = true;
  }
  return moved;
}

let animating = false;

window.__clock = {
  now: () => now,
  async frame(ms) {
    now += ms;
    const due = queue;
    queue = new Map();
    for (const cb of due.values()) cb(now);
    await quiesce();
    // Animations started by this frame's commit begin now; seeking may finish some.
    animating = seekAnimations();
    await quiesce();
  },
  changed() {
    const changed = animating || mutations !== seen;
    seen = mutations;
    return changed;
  },
};
