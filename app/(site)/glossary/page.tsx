import type { Metadata } from 'next';
import { content } from '@/lib/content/load';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The terms a newcomer needs to follow the AWS story.',
};

export default function GlossaryPage() {
  const terms = [...content().glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <main className="page">
      <h1>Glossary</h1>
      <p className="page__lede">The words this book leans on, in plain language.</p>
      <dl className="glossary">
        {terms.map((t) => (
          <div key={t.id} id={t.id} className="glossary__entry">
            <dt>
              {t.term}
              {t.aka && <span className="glossary__aka sans"> also {t.aka.join(', ')}</span>}
            </dt>
            <dd>{t.definition}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
