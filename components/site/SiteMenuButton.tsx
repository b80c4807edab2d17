'use client';

import { useEffect } from 'react';
import { usePathname } from 'next/navigation';

/**
 * The phone header's "Menu" button: it opens the site navigation as a native popover (so it
 * works before the page's code arrives), and closes it once a link in it has been followed.
 */
export function SiteMenuButton({ target }: { target: string }) {
  const path = usePathname();
  useEffect(() => {
    const nav = document.getElementById(target);
    if (nav?.matches(':popover-open')) nav.hidePopover();
  }, [path, target]);
  return (
    <button type="button" className="icon-button site-header__menu" popoverTarget={target}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      <span>Menu</span>
    </button>
  );
}
