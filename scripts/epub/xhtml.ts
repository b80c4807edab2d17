// XHTML for EPUB content documents. The chapters arrive as the HTML Next rendered for the
// one-page book; an e-reader parses them as XML, so every element is written here from a short
// list of what EPUB 3 allows and what the book needs, and anything else is unwrapped or dropped.
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Elements written as they are (with the attributes below); anything else is unwrapped. */
const kept = new Set([
  'a',
  'abbr',
  'aside',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'header',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'ul',
]);
/** Interactive or drawn things that mean nothing on an e-reader: removed with their content. */
const dropped = new Set([
  'button',
  'canvas',
  'dialog',
  'form',
  'iframe',
  'input',
  'nav',
  'noscript',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
  'audio',
]);
const empty = new Set(['br', 'hr', 'img']);
const attributes = new Set([
  'id',
  'class',
  'href',
  'src',
  'alt',
  'title',
  'lang',
  'role',
  'epub:type',
  'aria-label',
  'aria-labelledby',
  'colspan',
  'rowspan',
  'scope',
  'datetime',
  'width',
  'height',
  'start',
]);

/** Serializes a parsed HTML subtree as well-formed XHTML limited to the lists above. */
export function toXhtml(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return escapeText(node.text);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const el = node as HTMLElement;
  const tag = el.rawTagName?.toLowerCase();
  const inner = () => el.childNodes.map(toXhtml).join('');
  if (!tag) return inner();
  if (dropped.has(tag) || el.hasAttribute('hidden')) return '';
  if (!kept.has(tag)) return inner();
  const attrs = Object.entries(el.attributes)
    .filter(([name]) => attributes.has(name))
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('');
  return empty.has(tag) ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${inner()}</${tag}>`;
}

/** A complete EPUB content document around a body. */
export function xhtmlDocument({
  title,
  body,
  lang = 'en',
  bodyType,
}: {
  title: string;
  body: string;
  lang?: string;
  bodyType?: string;
}): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">`,
    '<head>',
    `<title>${escapeText(title)}</title>`,
    '<link rel="stylesheet" type="text/css" href="css/book.css"/>',
    '</head>',
    `<body${bodyType ? ` epub:type="${bodyType}"` : ''}>`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
