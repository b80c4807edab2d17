/** An explorable's Table switch: the chart gives way to its numbers as a table, and back. */
export function TableToggle({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="fig-toggle" aria-pressed={on} onClick={onToggle}>
      Table
    </button>
  );
}
