'use client';

import { withBase } from '@/lib/site/paths';
import { embedSnippet } from '@/lib/talk/options';
import { useOrigin } from './HostedCode';

/** An embed snippet with this site's own origin, known only in the browser. */
export function SnippetBox({ path, title }: { path: string; title: string }) {
  const origin = useOrigin();
  const snippet = embedSnippet(`${origin}${withBase(path)}`, title);
  return (
    <textarea
      className="talks__snippet"
      readOnly
      rows={3}
      value={snippet}
      aria-label={`Embed code for ${title}`}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
