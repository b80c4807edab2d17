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
    navigator.serviceWorker.addEventListener('controllerchange', onController);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', onController);
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
