'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { popovers } from './popovers';

/** Turns on the citation and glossary cards of whatever page is showing. */
export function PopoverBehavior() {
  const pathname = usePathname();
  useEffect(() => popovers(document), [pathname]);
  return null;
}
