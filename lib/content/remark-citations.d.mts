import type { Root } from 'mdast';

export function citationOrder(tree: Root): string[];
export default function remarkCitations(): (tree: Root) => void;
