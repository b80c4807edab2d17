import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { PopoverBehavior } from '@/components/site/PopoverBehavior';

/** Chrome for the reading pages; embed pages (talk mode) live outside this group and have none. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <div id="main" tabIndex={-1} className="site-main">
        {children}
      </div>
      <SiteFooter />
      <PopoverBehavior />
    </>
  );
}
