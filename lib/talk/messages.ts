/** Commands a host page (a slide deck) may send to an embedded figure. */
export type IncomingCommand =
  | { type: 'goto'; /** 1-based, as sent */ step: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'reset' }
  | { type: 'stop' };

/**
 * Reads a postMessage payload. Only the documented shapes pass; everything else (other
 * libraries' messages, hostile objects, huge strings) is ignored. `goto` carries the 1-based
 * step as sent; the host converts and clamps it (lib/figures/steps.ts).
 */
export function parseIncoming(data: unknown): IncomingCommand | null {
  // reveal.js posts bare strings to iframes in slides it shows and hides.
  if (data === 'slide:start') return { type: 'reset' };
  if (data === 'slide:stop') return { type: 'stop' };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const type = (data as { type?: unknown }).type;
  switch (type) {
    case 'primitives:next':
      return { type: 'next' };
    case 'primitives:prev':
      return { type: 'prev' };
    case 'primitives:reset':
      return { type: 'reset' };
    case 'primitives:goto': {
      const step = (data as { step?: unknown }).step;
      if (typeof step !== 'number' || !Number.isFinite(step)) return null;
      return { type: 'goto', step };
    }
    default:
      return null;
  }
}

/** Messages an embedded figure sends to its host. Steps are 1-based. */
export type OutgoingMessage =
  | { type: 'primitives:ready'; figure: string; steps: number }
  | {
      type: 'primitives:step';
      figure: string;
      step: number;
      total: number;
      /** 'host' when a message moved it, 'user' for keys, clicks and swipes in the figure. */
      cause: 'user' | 'host';
    }
  | { type: 'primitives:edge'; figure: string; edge: 'start' | 'end' }
  | {
      type: 'primitives:key';
      figure: string;
      key: string;
      code: string;
      shiftKey: boolean;
      altKey: boolean;
      ctrlKey: boolean;
      metaKey: boolean;
    };
