import type { TimelineEvent } from '@/lib/content/schemas';
import { formatWithPrecision } from '@/lib/timeline/dates';
import type { TimelineLayout } from '@/lib/timeline/model';

/**
 * The name of a mark the chart leaves unlabelled (or the members of a cluster), shown beside it
 * on hover and focus and kept inside the frame. Screen readers hear the focused event from the
 * timeline's live region instead.
 */
export function Tooltip({
  layout,
  id,
  focused,
  byId,
}: {
  layout: TimelineLayout;
  /** The event or cluster under the pointer, else the focused event. */
  id?: string;
  focused?: string;
  byId: ReadonlyMap<string, TimelineEvent>;
}) {
  const at = id ? layout.where(id) : undefined;
  if (!id || !at) return null;
  const cluster = at.cluster ? layout.clusters.find((c) => c.ids[0] === at.cluster) : undefined;
  // A labelled mark needs no tooltip, unless it has the keyboard's focus.
  if (!cluster && layout.labelled.has(id) && id !== focused) return null;
  const events = (cluster ? cluster.ids : [id]).map((e) => byId.get(e)!);
  const shown = events.slice(0, 4);
  const align = at.x < layout.width * 0.3 ? 'start' : at.x > layout.width * 0.7 ? 'end' : 'middle';
  return (
    <div
      className={`tl-tip tl-tip--${align}${at.y < 90 ? ' tl-tip--below' : ''}`}
      style={{ left: at.x, top: at.y }}
      aria-hidden="true"
    >
      {shown.map((e) => (
        <p key={e.id}>
          <span className="tl-tip__date">{formatWithPrecision(e.date, e.precision)}</span> {e.title}
        </p>
      ))}
      {events.length > shown.length && (
        <p className="tl-tip__more">and {events.length - shown.length} more: click to zoom in</p>
      )}
    </div>
  );
}
