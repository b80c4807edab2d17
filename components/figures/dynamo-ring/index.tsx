'use client';

import { useId, useState } from 'react';
import { hash, ownerOf, preferenceList, ringDegrees } from '@/lib/figures/ring';
import { legendFits, ringFrame } from '@/lib/figures/ring-layout';
import {
  defaultScenes,
  defaultState,
  describeScene,
  ringScene,
  type RingState,
} from '@/lib/figures/ring-scene';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { RingSvg } from './RingSvg';
import { ringData as data } from './data';

const pct = (deg: number) => `${Math.round((deg / 360) * 100)}%`;

/**
 * Dynamo's ring, stepped by the host and pushed on by the reader: move the key, add or remove a
 * node, take one down. Each step starts from its own settings, which the static frame shows.
 */
export default function DynamoRing({ step, width, height, mode, reducedMotion }: FigureProps) {
  const [state, setState] = useState<RingState>(() => defaultState(data, step));
  const [shownStep, setShownStep] = useState(step);
  if (shownStep !== step) {
    setShownStep(step);
    setState(defaultState(data, step));
  }
  const [table, setTable] = useState(false);
  const id = useId();
  const narrow = width < 560;
  const big = mode === 'embed' && !narrow;
  const controlsHeight = narrow ? 84 : big ? 56 : 48;
  const svgHeight = Math.max(200, height - controlsHeight);
  const m = data.model;
  const scene = ringScene(data, step, state);
  const product = scene.scene === 'product';
  const onRing = m.nodes.slice(0, state.nodes);

  const setNodes = (next: number) =>
    setState((s) => {
      const nodes = Math.min(m.nodes.length, Math.max(m.minNodes, next));
      const kept = m.nodes.slice(0, nodes).map((x) => x.id);
      return {
        ...s,
        previous: s.nodes,
        nodes,
        down: s.down && kept.includes(s.down) ? s.down : null,
      };
    });
  const last = m.nodes[state.nodes - 1];
  const next = m.nodes[state.nodes];

  const keys = [
    { id: m.key, at: state.key },
    ...m.keys.map((k) => ({ id: k, at: ringDegrees(hash(k)) })),
  ];
  const moved = new Set(scene.moves.map((x) => x.key));

  return (
    <div
      className={`dr${reducedMotion ? ' dr--still' : ''}${narrow ? ' dr--narrow' : ''}${big ? ' dr--big' : ''}`}
      style={{ width, height }}
    >
      <div className="dr-stage" style={{ height: svgHeight }}>
        {table ? (
          <div
            className="fig-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of the keys and their nodes"
          >
            <table className="fig-table dr-table">
              <caption>
                Illustrative model: each key’s point on the ring, its node and its {m.replicas}{' '}
                copies, with {state.nodes} nodes on the ring.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Point</th>
                  <th scope="col">Node</th>
                  <th scope="col">Copies</th>
                  <th scope="col">Moved</th>
                </tr>
              </thead>
              <tbody>
                {[...keys]
                  .sort((a, b) => a.at - b.at)
                  .map((k) => (
                    <tr key={k.id} aria-current={k.id === m.key ? 'true' : undefined}>
                      <th scope="row">{k.id}</th>
                      <td className="tabular">{pct(k.at)}</td>
                      <td>{ownerOf(onRing, k.at).id}</td>
                      <td>
                        {preferenceList(onRing, k.at, m.replicas)
                          .map((x) => x.id)
                          .join(', ')}
                      </td>
                      <td>{moved.has(k.id) ? 'yes' : '–'}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ) : (
          <RingSvg
            scene={scene}
            zeroAt={m.zeroAt}
            width={width}
            height={svgHeight}
            legend={legendFits(ringFrame(width, svgHeight, m.zeroAt), defaultScenes(data))}
            svgProps={{ role: 'img', 'aria-label': `Illustrative model. ${describeScene(scene)}` }}
          />
        )}
      </div>
      <div className="dr-controls sans" style={{ height: controlsHeight }}>
        <p className="visually-hidden" aria-live="polite">
          {describeScene(scene)}
        </p>
        <label className="dr-control dr-control--key" htmlFor={`${id}-key`}>
          <span className="dr-control__name">{narrow ? 'Key' : 'Move the key'}</span>
          <input
            id={`${id}-key`}
            aria-label="Move the key"
            type="range"
            min={0}
            max={359.9}
            step={0.1}
            value={state.key}
            disabled={product}
            aria-valuetext={`${m.key} at ${pct(state.key)} of the ring, on ${scene.owner}`}
            onChange={(e) => setState((s) => ({ ...s, key: Number(e.target.value) }))}
          />
        </label>
        <div className="dr-row" role="group" aria-label="Nodes on the ring">
          <span className="dr-control__name">Nodes</span>
          <button
            type="button"
            className="dr-step"
            disabled={product || state.nodes <= m.minNodes}
            aria-label={last ? `Remove node ${last.id}` : 'Remove a node'}
            onClick={() => setNodes(state.nodes - 1)}
          >
            −
          </button>
          <output className="dr-count tabular" aria-live="off">
            {state.nodes}
          </output>
          <button
            type="button"
            className="dr-step"
            disabled={product || !next}
            aria-label={next ? `Add node ${next.id}` : 'Add a node'}
            onClick={() => setNodes(state.nodes + 1)}
          >
            +
          </button>
        </div>
        <label className="dr-control" htmlFor={`${id}-down`}>
          <span className="dr-control__name">Down</span>
          <select
            id={`${id}-down`}
            value={state.down ?? ''}
            disabled={product}
            onChange={(e) => setState((s) => ({ ...s, down: e.target.value || null }))}
          >
            <option value="">none</option>
            {onRing.map((n) => (
              <option key={n.id} value={n.id}>
                {n.id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="dr-reset"
          disabled={JSON.stringify(state) === JSON.stringify(defaultState(data, step))}
          onClick={() => setState(defaultState(data, step))}
        >
          Reset
        </button>
        <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
      </div>
    </div>
  );
}
