// Citation numbers, from the syntax tree that renders them. A plain ES module (with
// remark-citations.d.mts beside it) because Next's MDX loader imports remark plugins with Node.
import { visit } from 'unist-util-visit';

const isCite = (node) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite';

const sourceOf = (node) => {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source');
  return typeof attr?.value === 'string' ? attr.value : undefined;
};

/** Source ids in the order of their first <Cite> in the tree: a source's number is its index + 1. */
export function citationOrder(tree) {
  const order = [];
  visit(tree, isCite, (node) => {
    const id = sourceOf(node);
    if (id && !order.includes(id)) order.push(id);
  });
  return order;
}

/**
 * remark plugin (next.config.ts): gives every <Cite> its number as `n`, counted over the same
 * tree the chapter renders from, so markers and the references list cannot disagree.
 */
export default function remarkCitations() {
  return (tree) => {
    const order = citationOrder(tree);
    visit(tree, isCite, (node) => {
      const n = order.indexOf(sourceOf(node)) + 1;
      if (n > 0) node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(n) });
    });
  };
}
