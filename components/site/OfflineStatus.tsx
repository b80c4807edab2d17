'use client';

import { useEffect, useRef, useState } from 'react';
import { withBase } from '@/lib/site/paths';

type State = 'idle' | 'ready' | 'update';

/**
 * Registers the Workbox service worker, says when the book is available offline, and offers
 * to reload when a new build has been deployed (the waiting worker takes over on request).
 */
export function OfflineStatus() {
  const [state, setState] = useState<State>('idle');
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const updateRequested = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    // The first install also takes control (clientsClaim); only a reader-requested update reloads.
    const onController = () => {
      if (!updateRequested.current) return;
      updateRequested.current = false;
      location.reload();
    };
    const register = () =>
      navigator.serviceWorker
        .register(withBase('/sw.js'), { scope: withBase('/') })
        .then((reg) => {
          const offerUpdate = (w: ServiceWorker | null) => {
            if (w && navigator.serviceWorker.controller) {
              setWaiting(w);
              setState('update');
            }
          };
          offerUpdate(reg.waiting);
          reg.addEventListener('updatefound', () => {
            const w = reg.installing;
            w?.addEventListener('statechange', () => {
              if (w.state === 'installed') offerUpdate(w);
            });
          });
          return navigator.serviceWorker.ready;
        })
        .then(() => setState((s) => (s === 'update' ? s : 'ready')))
        .catch(() => setState('idle'));
    // Precaching the book is megabytes: start it once the page has loaded and the main thread
    // is idle, so it never competes with the page the reader asked for.
    // Safari has no requestIdleCallback: a second after load stands in for it.
    const hasIdle = typeof requestIdleCallback === 'function';
    let idle = 0;
    const schedule = () => {
      idle = hasIdle
        ? requestIdleCallback(() => void register(), { timeout: 4000 })
        : window.setTimeout(() => void register(), 1000);
    };
    if (document.readyState === 'complete') schedule();
    else window.addEventListener('load', schedule, { once: true });
    navigator.serviceWorker.addEventListener('controllerchange', onController);
    return () => {
      window.removeEventListener('load', schedule);
      if (hasIdle) cancelIdleCallback(idle);
      else clearTimeout(idle);
      navigator.serviceWorker.removeEventListener('controllerchange', onController);
    };
  }, []);

  if (state === 'update') {
    return (
      <p className="offline-status offline-status--update" role="status">
        A new edition of the book is available.{' '}
        <button
          type="button"
          onClick={() => {
            updateRequested.current = true;
            waiting?.postMessage({ type: 'SKIP_WAITING' });
          }}
        >
          Reload
        </button>
      </p>
    );
  }
  return (
    <p className="offline-status" role="status" data-state={state}>
      {state === 'ready' ? '✓ Available offline' : ''}
    </p>
  );
}
