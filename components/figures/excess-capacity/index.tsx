'use client';

import { useId, useState } from 'react';
import { format } from 'd3-format';
import { monthName } from '@/lib/models/excess-capacity';
import { yMaxFor } from '@/lib/charts/excess-layout';
import { TableToggle } from '../TableToggle';
import type { FigureProps } from '../types';
import { useAnimatedNumber } from '../useAnimatedNumber';
import { describeState, ExcessSvg, modelFor, type ExcessState } from './ExcessSvg';
import { excessData as data } from './data';
import { defaultState, presetFor } from './View';

const pct = format('.0%');

/** The excess-capacity explorable: the stepped argument, then free play with two sliders. */
export default function ExcessCapacity({
  meta,
  step,
  width,
  height,
  mode,
  reducedMotion,
  onStepChange,
}: FigureProps) {
  const [state, setState] = useState<ExcessState>(() => presetFor(step) ?? defaultState);
  // Each step of the argument sets the scene; free play keeps the reader's settings.
  const [shownStep, setShownStep] = useState(step);
  if (shownStep !== step) {
    setShownStep(step);
    const preset = presetFor(step);
    if (preset) setState(preset);
  }
  const [table, setTable] = useState(false);
  const id = useId();
  const narrow = width < 560;
  const big = mode === 'embed';
  // The controls take a strip at the bottom of the stage; the chart gets the rest.
  const controlsHeight = narrow ? 88 : big ? 72 : 50;
  const chartHeight = Math.max(160, height - controlsHeight);
  const { growth, launchMonth } = data.controls;

  const set = (patch: Partial<ExcessState>) => {
    setState((s) => ({ ...s, ...patch }));
    // Moving a control leaves the guided steps for free play, which keeps the reader's values.
    const last = meta.steps.length - 1;
    if (step !== last) onStepChange?.(last);
  };

  const r = modelFor(data, state);
  const readout = describeState(r);
  // The value axis makes room above capacity once customers arrive: the columns shrink to it.
  const yMax = useAnimatedNumber(yMaxFor(step), reducedMotion, 500);

  return (
    <div
      className={`xc${reducedMotion ? ' fig--still' : ''}${narrow ? ' xc--narrow' : ''}${big ? ' xc--big' : ''}`}
      style={{ width, height }}
    >
      <div className="xc-chart" style={{ height: chartHeight }}>
        {table ? (
          <div
            className="fig-table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Table of the model, month by month"
          >
            <table className="fig-table xc-table">
              <caption>
                Illustrative model: servers in use as a share of capacity. {readout}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Retail</th>
                  <th scope="col">Idle</th>
                  <th scope="col">AWS customers</th>
                  <th scope="col">No server</th>
                </tr>
              </thead>
              <tbody>
                {r.months.map((d) => (
                  <tr key={d.i} aria-current={d.i === r.crossing ? 'true' : undefined}>
                    <th scope="row">
                      {monthName(d.i, true)} {d.i < 12 ? 'Y1' : 'Y2'}
                    </th>
                    <td>{pct(d.retail)}</td>
                    <td>{pct(d.idle)}</td>
                    <td>{d.aws ? pct(d.aws) : '–'}</td>
                    <td>{d.short ? pct(d.short) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <ExcessSvg
            data={data}
            state={state}
            step={step}
            width={width}
            height={chartHeight}
            yMax={yMax}
            big={big}
          />
        )}
      </div>
      <div className="xc-controls sans" style={{ height: controlsHeight }}>
        <p className="visually-hidden" aria-live="polite">
          {readout}
        </p>
        <div className="xc-row">
          <label className="xc-control" htmlFor={`${id}-g`}>
            <span className="xc-control__name">Growth</span>
            <input
              id={`${id}-g`}
              type="range"
              min={growth.min}
              max={growth.max}
              step={growth.step}
              value={state.growth}
              aria-valuetext={`${state.growth}% a month`}
              onChange={(e) => set({ growth: Number(e.target.value) })}
            />
            <output className="xc-control__value tabular" htmlFor={`${id}-g`}>
              {state.growth}%/mo
            </output>
          </label>
          <label className="xc-control" htmlFor={`${id}-l`}>
            <span className="xc-control__name">Launch</span>
            <input
              id={`${id}-l`}
              type="range"
              min={launchMonth.min}
              max={launchMonth.max}
              step={launchMonth.step}
              value={state.launchMonth}
              aria-valuetext={monthName(state.launchMonth - 1)}
              onChange={(e) => set({ launchMonth: Number(e.target.value) })}
            />
            <output className="xc-control__value tabular" htmlFor={`${id}-l`}>
              {monthName(state.launchMonth - 1, true)}
            </output>
          </label>
          <TableToggle on={table} onToggle={() => setTable((t) => !t)} />
        </div>
      </div>
    </div>
  );
}
