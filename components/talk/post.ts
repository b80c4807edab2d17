import type { OutgoingMessage } from '@/lib/talk/messages';

/**
 * Tells the page that embeds this figure (a deck) what happened. The target origin is '*'
 * because decks run from any host, even file://; the messages carry nothing private.
 */
export function postToHost(message: OutgoingMessage): void {
  if (typeof window === 'undefined' || window.parent === window) return;
  window.parent.postMessage(message, '*');
}
