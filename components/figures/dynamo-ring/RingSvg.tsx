import type { SVGProps } from 'react';
import { arcOf } from '@/lib/figures/ring';
import type { RingScene } from '@/lib/figures/ring-scene';
import {
  arcPath,
  arrowPath,
  innerNote,
  keyLabel,
  nodeLabels,
  panelLayout,
  point,
  ringFrame,
  zeroLabel,
  type RingFrame,
} from '@/lib/figures/ring-layout';
import type { Label } from '@/lib/figures/text-size';

interface Props {
  scene: RingScene;
  zeroAt: number;
  width: number;
  height: number;
  /** Draw the legend at the panel's foot (decided over all steps, see legendFits). */
  legend: boolean;
  svgProps?: SVGProps<SVGSVGElement>;
}

const Text = ({ l, className }: { l: Label; className?: string }) =>
  l.text && (
    <text
      x={l.x}
      y={l.y}
      textAnchor={l.anchor}
      className={`fig-label ${className ?? ''}`}
      style={{ fontSize: l.size }}
    >
      {l.text}
    </text>
  );

/** DynamoDB: the same ring inside a box that AWS runs, drawn behind the faded ring. */
function ProductBox({ f }: { f: RingFrame }) {
  const half = f.r + f.fs * 2.9;
  return (
    <rect
      x={f.cx - half}
      y={f.cy - half}
      width={half * 2}
      height={half * 2}
      rx={f.fs * 1.2}
      className="dr-product__box"
    />
  );
}

/** Its name in the middle of the ring, over it. */
function ProductName({ f }: { f: RingFrame }) {
  const lines = [
    { text: 'DynamoDB', size: f.fs * 1.6, dy: -f.fs * 0.5, cls: 'dr-product__name' },
    { text: 'January 18, 2012', size: f.fs * 0.95, dy: f.fs * 0.95, cls: 'dr-product__sub' },
    { text: 'run by AWS', size: f.fs * 0.95, dy: f.fs * 2.2, cls: 'dr-product__sub' },
  ];
  return (
    <g className="dr-product">
      {lines.map((l) => (
        <text
          key={l.text}
          x={f.cx}
          y={f.cy + l.dy}
          textAnchor="middle"
          className={`fig-label ${l.cls}`}
          style={{ fontSize: l.size }}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** The small mark a legend entry explains, drawn as on the ring. */
function LegendMark({ kind, x, y, fs }: { kind: string; x: number; y: number; fs: number }) {
  if (kind === 'node') return <circle cx={x} cy={y} r={fs * 0.45} className="dr-node__dot" />;
  if (kind === 'key') return <circle cx={x} cy={y} r={fs * 0.22} className="dr-key" />;
  if (kind === 'holder')
    return (
      <g>
        <circle cx={x} cy={y} r={fs * 0.62} className="dr-holder" />
        <circle cx={x} cy={y} r={fs * 0.36} className="dr-node__dot" />
      </g>
    );
  const k = fs * 0.45;
  return (
    <path d={`M${x},${y - k}L${x + k},${y}L${x},${y + k}L${x - k},${y}Z`} className="dr-cart" />
  );
}

/** Dynamo's ring at one step and setting: nodes, keys, the cart's copies, and the panel. */
export function RingSvg({ scene: sc, zeroAt, width, height, legend, svgProps }: Props) {
  const f = ringFrame(width, height, zeroAt);
  const { fs } = f;
  const product = sc.scene === 'product';
  const down = new Set(sc.placement.down);
  const sorted = [...sc.nodes].sort((a, b) => a.at - b.at);
  const labels = nodeLabels(
    f,
    sc.nodes.map((n) => ({
      id: n.id,
      at: n.at,
      text: `${n.id}${sc.glyphs[n.id] ? ` ${sc.glyphs[n.id]}` : ''}`,
    })),
  );
  const kl = keyLabel(f, sc.key.at, sc.key.id);
  const zl = zeroLabel(f, kl);
  const zero = [point(f, 0, f.r - f.track * 0.9), point(f, 0, f.r + f.track * 0.9)];
  const hot = new Set(sc.scene === 'owner' ? [sc.owner] : sc.scene === 'join' ? sc.joined : []);
  const panel = panelLayout(f, sc, legend);
  const slice = sc.slice && innerNote(f, sc.slice.at, sc.slice.text, kl);
  const cutNote = sc.cuts.length ? innerNote(f, sc.cuts[0], 'partition', kl) : null;
  const keyPt = point(f, sc.key.at, f.r);
  const km = f.fs * 0.5;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="fig-svg dr-svg"
      style={{ fontSize: fs }}
      {...svgProps}
    >
      {product && <ProductBox f={f} />}
      <g className={`dr-ring fig-fade${product ? ' dr-ring--faded' : ''}`}>
        <circle cx={f.cx} cy={f.cy} r={f.r} className="dr-track" style={{ strokeWidth: f.track }} />
        {sorted.map((n, i) => {
          const a = arcOf(sc.nodes, n.id);
          return (
            <path
              key={n.id}
              d={arcPath(f, a.from, a.to, f.r)}
              className={`dr-arc${i % 2 ? ' dr-arc--alt' : ''}${hot.has(n.id) ? ' dr-arc--hot' : ''}`}
              style={{ strokeWidth: f.track }}
            />
          );
        })}
        <line x1={zero[0].x} y1={zero[0].y} x2={zero[1].x} y2={zero[1].y} className="dr-zero" />
        {zl && !product && <Text l={zl} className="fig-label--muted" />}

        {sc.keys.map((k) => {
          const p = point(f, k.at, f.r);
          return (
            <circle
              key={k.id}
              cx={p.x}
              cy={p.y}
              r={k.moved ? fs * 0.34 : fs * 0.22}
              className={`dr-key${k.moved ? ' dr-key--moved' : ''}`}
            />
          );
        })}

        {sc.arrows.map((a, i) => {
          const p = arrowPath(f, a.from, a.to, a.kind !== 'back');
          return (
            <g key={i} className={`dr-arrow dr-arrow--${a.kind}`}>
              <path d={p.line} />
              <path d={p.head} className="dr-arrow__head" />
            </g>
          );
        })}

        {slice && <Text l={slice} className="dr-slice" />}
        {cutNote && <Text l={cutNote} className="dr-cut__label" />}
        {sc.cuts.map((c) => {
          const a = point(f, c, f.r - fs * 1.1);
          const b = point(f, c, f.r + fs * 0.9);
          return <line key={c} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="dr-cut" />;
        })}

        {sc.nodes.map((n) => {
          const p = point(f, n.at, f.r);
          const isDown = down.has(n.id);
          const l = labels.get(n.id);
          return (
            <g
              key={n.id}
              className={`dr-node${isDown ? ' dr-node--down' : ''}${sc.joined.includes(n.id) ? ' dr-node--joined' : ''}`}
            >
              {sc.holders.includes(n.id) && (
                <circle cx={p.x} cy={p.y} r={f.nodeR + fs * 0.32} className="dr-holder" />
              )}
              {sc.joined.includes(n.id) && sc.scene === 'join' && (
                <circle cx={p.x} cy={p.y} r={f.nodeR + fs * 0.32} className="dr-new" />
              )}
              <circle cx={p.x} cy={p.y} r={f.nodeR} className="dr-node__dot" />
              {isDown && (
                <path
                  d={`M${p.x - f.nodeR * 0.55},${p.y - f.nodeR * 0.55}l${f.nodeR * 1.1},${f.nodeR * 1.1}m0,${-f.nodeR * 1.1}l${-f.nodeR * 1.1},${f.nodeR * 1.1}`}
                  className="dr-node__x"
                />
              )}
              {l && <Text l={l} className="dr-node__label" />}
            </g>
          );
        })}

        <g className="fig-fade" style={{ opacity: product ? 0 : 1 }}>
          <path
            d={`M${keyPt.x},${keyPt.y - km}L${keyPt.x + km},${keyPt.y}L${keyPt.x},${keyPt.y + km}L${keyPt.x - km},${keyPt.y}Z`}
            className="dr-cart"
          />
          <Text l={kl} className="dr-cart__label" />
        </g>
      </g>
      {product && <ProductName f={f} />}

      <g className="dr-panel">
        {panel.headline.map((l, i) => (
          <Text key={i} l={l} className="dr-headline" />
        ))}
        {panel.note.map((l, i) => (
          <Text key={i} l={l} className="dr-note" />
        ))}
        {panel.trace.map((t, i) => (
          <g key={i}>
            <Text l={t.name} className="fig-label--muted" />
            <Text l={t.value} className="dr-trace__value" />
          </g>
        ))}
        {panel.rows.map((row, i) => (
          <g key={i} className={`dr-row dr-row--${row.tone}`}>
            <g data-label-group>
              <circle cx={row.cx} cy={row.cy} r={fs * 0.75} className="dr-chip" />
              <Text l={row.letter} className="dr-chip__letter" />
            </g>
            <Text l={row.items} />
            <Text l={row.note} className="dr-row__note" />
          </g>
        ))}
        {panel.legend.map((item) => (
          <g key={item.kind} className="dr-legend">
            <LegendMark kind={item.kind} x={item.x + fs * 0.6} y={item.y - fs * 0.3} fs={fs} />
            <Text l={item.label} className="fig-label--muted" />
          </g>
        ))}
        {panel.bars.map((b, i) => (
          <g key={i} className={`dr-bar dr-bar--${i}`}>
            <Text l={b.label} />
            <Text l={b.value} />
            <rect x={b.x} y={b.y} width={b.full} height={b.h} rx={2} className="dr-bar__bg" />
            <rect
              x={b.x}
              y={b.y}
              width={Math.max(b.w, 1)}
              height={b.h}
              rx={2}
              className="dr-bar__fg"
            />
          </g>
        ))}
      </g>
    </svg>
  );
}
