import type { ComponentPropsWithoutRef } from 'react';
import Link from 'next/link';
import type { MDXComponents } from 'mdx/types';
import { Figure } from '@/components/mdx/Figure';
import { Claim } from '@/components/mdx/Claim';
import { Note } from '@/components/mdx/Note';
import { Step } from '@/components/mdx/Step';
import { Term } from '@/components/mdx/Term';
import { When } from '@/components/mdx/When';

const components = {
  Claim,
  Note,
  Term,
  When,
  Figure,
  Step,
  // Links between chapters are written site-absolute (/chapters/slug/#id); Link adds BASE_PATH.
  a: ({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) =>
    href.startsWith('/') ? (
      <Link href={href} prefetch={false} {...props} />
    ) : (
      <a href={href} {...props} />
    ),
  table: (props: ComponentPropsWithoutRef<'table'>) => (
    <div className="table-wrap">
      <table {...props} />
    </div>
  ),
} satisfies MDXComponents;

declare global {
  type MDXProvidedComponents = typeof components;
}

/** Components every MDX file can use; <Cite> is bound per chapter (see ChapterBody). */
export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
