'use client';

import { useSyncExternalStore } from 'react';
import { withBase } from '@/lib/site/paths';

const noop = () => () => {};

/** This site's origin, known only in the browser ('' while rendering on the server). */
export function useOrigin(): string {
  return useSyncExternalStore(
    noop,
    () => location.origin,
    () => '',
  );
}

/**
 * A recipe to paste. In the browser, `host` (the stand-in for this site's address) becomes the
 * site's real address, with its base path.
 */
export function HostedCode({ code, host }: { code: string; host: string }) {
  const origin = useOrigin();
  return (
    <pre>
      <code>{origin ? code.replaceAll(host, `${origin}${withBase('')}`) : code}</code>
    </pre>
  );
}
