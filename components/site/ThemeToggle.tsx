'use client';

import { useSyncExternalStore } from 'react';
import { otherTheme, readTheme, setTheme, subscribeTheme, type Theme } from './theme';

/** Switches between light and dark and remembers the choice (the head script applies it). */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribeTheme, readTheme, () => null);
  const next = otherTheme(theme ?? 'light');
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setTheme(next)}
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M12 7a5 5 0 0 1 0 10z" fill="currentColor" />
      </svg>
    </button>
  );
}
