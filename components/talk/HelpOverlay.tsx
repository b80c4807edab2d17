'use client';

import { useEffect, useRef } from 'react';

const keys: [string, string][] = [
  ['→ ↓ PageDown Space', 'Next step (at the last step, the deck moves on)'],
  ['← ↑ PageUp Shift+Space', 'Previous step'],
  ['Home / End', 'First / last step'],
  ['Swipe left / right', 'Next / previous step'],
  ['F', 'Full screen'],
  ['?', 'This help'],
  ['Esc', 'Close'],
];

/** The keys a speaker can use, opened with "?". */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="embed__help"
      onClose={onClose}
      aria-labelledby="embed-help-title"
    >
      <h2 id="embed-help-title">Keys</h2>
      <dl>
        {keys.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
