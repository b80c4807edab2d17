'use client';

import { useState } from 'react';
import { pct } from '@/lib/charts/format';
import { remainder } from '@/lib/charts/shares';
import { chartData } from './data';
import { Segmented } from '../charts/Segmented';
import type { FigureProps } from '../types';
import { ShareSvg, shareRows } from './ShareSvg';
import { describeShares } from './View';

const TOOLBAR = 46;
const views = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
] as const;

/** Market shares by measurer: the host's steps add AWS's lead; a table view lists every number. */
export default function MarketShare({ width, height, step, reducedMotion, mode }: FigureProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const ms = chartData.shares;
  const rows = shareRows(ms);
  const k = mode === 'embed' ? 1.5 : 1;
  return (
    <div className={`ch ${reducedMotion ? 'ch-still' : ''}`} data-chart="market-share">
      <div className="ch-toolbar">
        <span>Who measured, what, and when</span>
        <span className="ch-spacer" />
        <Segmented label="Show as" options={views} value={view} onChange={setView} />
      </div>
      <div className="ch-body">
        {view === 'chart' ? (
          <ShareSvg
            measurements={ms}
            width={width}
            height={Math.max(200, height - TOOLBAR)}
            step={step}
            k={k}
            svgProps={{ role: 'img', 'aria-label': `Cloud market shares. ${describeShares()}` }}
          />
        ) : (
          <div className="ch-tablewrap" tabIndex={0} role="region" aria-label="Market share table">
            <table className="ch-table">
              <caption>Shares in percent. Each column is one measurer, scope and period.</caption>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  {ms.map((m) => (
                    <th scope="col" key={m.id}>
                      {m.measurer}, {m.scope}, {m.periodLabel}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c}>
                    <th scope="row">{c}</th>
                    {ms.map((m) => {
                      const s = m.shares.find((v) => v.company === c);
                      return <td key={m.id}>{s ? pct(s.share) : 'not in our sources'}</td>;
                    })}
                  </tr>
                ))}
                <tr>
                  <th scope="row">Others (not named)</th>
                  {ms.map((m) => (
                    <td key={m.id}>{pct(remainder(m))}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
