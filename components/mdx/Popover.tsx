import type { ReactNode } from 'react';

interface Props {
  /** The inline trigger's content (a citation number, a term). */
  label: ReactNode;
  /** Where the trigger leads without JavaScript (the reference, the glossary entry). */
  href: string;
  className: string;
  /** Accessible name of the trigger. */
  name: string;
  children: ReactNode;
}

/**
 * An inline card behind a link. This is markup only: components/site/popovers.ts opens and closes every
 * card on the page from one set of listeners. Without JavaScript the link leads to the
 * reference or the glossary entry.
 */
export function Popover({ label, href, className, name, children }: Props) {
  return (
    <span className={`pop ${className}`}>
      <a href={href} className="pop__trigger" aria-label={name}>
        {label}
      </a>
      <span className="pop__card sans" role="group" aria-label={name} hidden>
        {children}
      </span>
    </span>
  );
}
