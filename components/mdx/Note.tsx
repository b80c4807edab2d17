import type { ReactNode } from 'react';

/**
 * A quieter aside than a Claim: where sources differ on a small detail (a date, a number, who
 * was in the room) that a reader may meet elsewhere, without stopping the story to judge it.
 */
export function Note({ children }: { children: ReactNode }) {
  return (
    <aside className="note sans" aria-label="Note">
      <span className="note__label">Note</span>
      <div className="note__body">{children}</div>
    </aside>
  );
}
