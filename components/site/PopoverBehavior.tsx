'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { enhancePopovers } from '@/lib/ui/popovers';

/** Turns on the citation and glossary cards of whatever page is showing. */
export function PopoverBehavior() {
  const pathname = usePathname();
  useEffect(() => enhancePopovers(document), [pathname]);
  return null;
}
