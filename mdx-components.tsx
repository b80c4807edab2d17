import type { ComponentPropsWithoutRef } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Figure } from '@/components/figures/Figure';
import { Claim } from '@/components/mdx/Claim';
import { Step } from '@/components/mdx/Step';
import { Term } from '@/components/mdx/Term';
import { When } from '@/components/mdx/When';

const components = {
  Claim,
  Term,
  When,
  Figure,
  Step,
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
