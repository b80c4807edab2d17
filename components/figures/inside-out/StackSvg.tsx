import type { InsideOutData } from '@/lib/figures/inside-out/model';
import { layoutInsideOut, type Label } from '@/lib/figures/inside-out/layout';

interface Props {
  data: InsideOutData;
  width: number;
  height: number;
  step: number;
  big?: boolean;
  description: string;
}

function Text({ l }: { l: Label }) {
  return (
    <text
      x={l.x}
      y={l.y}
      textAnchor={l.anchor}
      className={`io-t io-t--${l.tone}${l.weight === 'bold' ? ' io-t--bold' : ''}`}
      style={{ fontSize: l.size }}
    >
      {l.text}
    </text>
  );
}

/** An arrowhead with its tip at (x, y), pointing right or left, `s` px long. */
function head(x: number, y: number, s: number, right: boolean): string {
  const b = right ? x - s : x + s;
  return `M${b},${y - s * 0.55}L${x},${y}L${b},${y + s * 0.55}Z`;
}

/**
 * The inside-out figure for one step: AWS's stack at the end of 2024, built from the middle out,
 * with who inside or outside Amazon needed each layer first. Layout in
 * lib/figures/inside-out/layout.ts; new layers and tags fade in.
 */
export function StackSvg({ data, width, height, step, big, description }: Props) {
  const l = layoutInsideOut(data, width, height, step, big);
  const s = l.fs * 0.55;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className="fig-svg io-svg"
      role="img"
      aria-label={description}
    >
      {l.headers.map((t) => (
        <Text key={t.text} l={t} />
      ))}
      {l.layers.map((layer) => (
        <g key={layer.id} data-layer={layer.id} data-state={layer.state}>
          <g data-label-group="">
            <rect
              x={layer.x}
              y={layer.y}
              width={layer.w}
              height={layer.h}
              rx={5}
              className={`io-band io-band--${layer.state}`}
            />
            {layer.labels.map((t) => (
              <Text key={`${t.text}${t.y}`} l={t} />
            ))}
          </g>
          {layer.tags.map((tag) => (
            <g key={tag.side} className="io-in" data-tag={tag.kind}>
              <g data-label-group="">
                <rect
                  x={tag.x}
                  y={tag.y}
                  width={tag.w}
                  height={tag.h}
                  rx={4}
                  className={`io-tag io-tag--${tag.side}${tag.stressed ? ' io-tag--stressed' : ''}`}
                />
                {tag.labels.map((t) => (
                  <Text key={`${t.text}${t.y}`} l={t} />
                ))}
              </g>
              {tag.arrow && (
                <g className={`io-arrow io-arrow--${tag.side}`}>
                  <line
                    x1={tag.arrow.x1}
                    x2={tag.arrow.x2 + (tag.arrow.x2 > tag.arrow.x1 ? -s : s)}
                    y1={tag.arrow.y}
                    y2={tag.arrow.y}
                  />
                  <path d={head(tag.arrow.x2, tag.arrow.y, s, tag.arrow.x2 > tag.arrow.x1)} />
                </g>
              )}
            </g>
          ))}
          {layer.link && (
            <g className="io-in io-link">
              <polyline
                points={layer.link.points
                  .map(([x, y], i, all) => (i === all.length - 1 ? [x + s, y] : [x, y]).join(','))
                  .join(' ')}
              />
              <path
                d={head(layer.link.points.at(-1)![0], layer.link.points.at(-1)![1], s, false)}
              />
              {layer.link.label && <Text l={layer.link.label} />}
            </g>
          )}
        </g>
      ))}
    </svg>
  );
}
