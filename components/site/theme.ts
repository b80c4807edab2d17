/**
 * The page theme, in one place: lib/site/theme-script.ts sets it before first paint; this reads,
 * follows and switches it for the React toggle, the figures and the book's islands alike.
 */
export type Theme = 'light' | 'dark';

export function readTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Calls `onChange` whenever the theme changes; returns the unsubscribe. */
export function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** Switches the theme and remembers the choice for the next page (the head script reads it). */
export function setTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage can be off (private mode, a file opened from disk): the theme still applies here.
  }
}

export const otherTheme = (t: Theme): Theme => (t === 'dark' ? 'light' : 'dark');
