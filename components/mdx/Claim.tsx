import type { ReactNode } from 'react';

const verdicts = {
  myth: { word: 'Myth', icon: '✕' },
  contested: { word: 'Contested', icon: '?' },
  confirmed: { word: 'Confirmed', icon: '✓' },
} as const;

interface Props {
  verdict: keyof typeof verdicts;
  title: string;
  children: ReactNode;
}

/** A popular story, judged: the verdict is given by word and icon as well as colour. */
export function Claim({ verdict, title, children }: Props) {
  const v = verdicts[verdict];
  return (
    <aside className={`claim claim--${verdict}`} aria-label={`${v.word}: ${title}`}>
      <p className="claim__head sans">
        <span className="claim__badge">
          <span aria-hidden="true" className="claim__icon">
            {v.icon}
          </span>
          {v.word}
        </span>
        <span className="claim__title">{title}</span>
      </p>
      <div className="claim__body">{children}</div>
    </aside>
  );
}
