export type KeyAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'help' | 'close';

interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * What a key means in talk mode. Clickers send PageDown/PageUp (some send arrows), so both
 * work; modified keys (other than Shift+Space) belong to the browser or the host deck.
 */
export function keyAction(e: KeyLike): KeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** Where a step move lands, and whether it ran past an edge (to hand "next" back to the deck). */
export function move(
  step: number,
  total: number,
  action: 'next' | 'prev' | 'first' | 'last',
): { step: number; edge?: 'start' | 'end' } {
  if (action === 'first') return { step: 0 };
  if (action === 'last') return { step: total - 1 };
  if (action === 'next') return step >= total - 1 ? { step, edge: 'end' } : { step: step + 1 };
  return step <= 0 ? { step, edge: 'start' } : { step: step - 1 };
}

type Move = 'next' | 'prev' | 'first' | 'last';
const stageKeys: Record<string, Move> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  Home: 'first',
  End: 'last',
};

/**
 * What a key means on a focused figure inside a page of text (a chapter, the book): only the
 * keys that cannot mean "scroll the page". A talk's full-page figure uses keyAction.
 */
export function stageKeyAction(e: KeyLike): Move | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  return stageKeys[e.key] ?? null;
}
