import type { Chapter } from '@/lib/content/load';

/** Chapter opener: number, title, subtitle, period, summary and reading time. */
export function ChapterHeader({ chapter }: { chapter: Chapter }) {
  const period =
    chapter.period.from === chapter.period.to
      ? `${chapter.period.from}`
      : `${chapter.period.from}–${chapter.period.to}`;
  return (
    <header className="chapter-header">
      <p className="chapter-header__kicker sans">
        <span>Chapter {chapter.order}</span>
        <span aria-hidden="true"> · </span>
        <span className="tabular">{period}</span>
        <span aria-hidden="true"> · </span>
        <span>{chapter.minutes} min read</span>
      </p>
      <h1 className="chapter-header__title">{chapter.title}</h1>
      <p className="chapter-header__subtitle">{chapter.subtitle}</p>
      <p className="chapter-header__summary">{chapter.summary}</p>
    </header>
  );
}
