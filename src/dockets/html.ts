/**
 * Small helpers over the DOM that htmlparser2 builds. PACER pages are old, loose HTML (unclosed cells,
 * `</tr></td>` in the wrong order); htmlparser2 parses them without complaint and quickly.
 */
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Document, Element };

export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
}

export const isElement = (n: AnyNode): n is Element =>
  n.type === 'tag' || n.type === 'script' || n.type === 'style';
export const isTag = (n: AnyNode, name: string): n is Element => isElement(n) && n.name === name;

/** All elements named `name` under `root`, in document order (iterative: deep pages do not overflow). */
export function findAll(root: AnyNode, name: string): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.name === name && node !== root) out.push(node);
    if ('children' in node) {
      const kids = (node as { children: ChildNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

export function findFirst(root: AnyNode, name: string): Element | undefined {
  return findAll(root, name)[0];
}

/** The element's direct children that are elements named `name`. */
export function childrenNamed(el: Element, name: string): Element[] {
  return el.children.filter((c): c is Element => isTag(c, name));
}

/** The cells (`td` and `th`) of a row, not those of tables nested inside it. */
export function cells(row: Element): Element[] {
  return row.children.filter((c): c is Element => isTag(c, 'td') || isTag(c, 'th'));
}

/**
 * The rows of a table: direct `tr` children, and those under `tbody`/`thead`, not those of nested tables.
 * htmlparser2 does not move stray rows, so rows directly inside a table are taken as they come.
 */
export function rows(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of table.children) {
    if (isTag(c, 'tr')) out.push(c);
    else if (isTag(c, 'tbody') || isTag(c, 'thead') || isTag(c, 'tfoot')) out.push(...childrenNamed(c, 'tr'));
  }
  return out;
}

/** Concatenated text of a node (scripts and styles excluded). */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as { data: string }).data;
  if (node.type === 'script' || node.type === 'style' || node.type === 'comment') return '';
  if (!('children' in node)) return '';
  let out = '';
  for (const c of (node as { children: ChildNode[] }).children) out += textContent(c);
  return out;
}

/** Collapse runs of whitespace (incl. no-break spaces) to one space and trim. */
export const clean = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Docket text as the reference parse keeps it: whitespace collapsed, and no space before a comma (the
 * HTML breaks lines there; the words and punctuation are unchanged).
 */
export const cleanText = (s: string): string => clean(s).replace(/ ,/g, ',');

const BLOCK = new Set(['br', 'tr', 'p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'li', 'center', 'hr']);

/**
 * Text with line breaks where the page breaks lines (`<br>`, rows, blocks) and a space between cells:
 * the shape to read "Label: value" pairs from.
 */
export function linesOf(node: AnyNode): string[] {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      parts.push((n as { data: string }).data);
      return;
    }
    if (n.type === 'root') {
      for (const c of (n as Document).children) walk(c);
      return;
    }
    if (!isElement(n) || n.type === 'script' || n.type === 'style') return;
    const block = BLOCK.has(n.name);
    if (block) parts.push('\n');
    if (n.name === 'td' || n.name === 'th') parts.push(' ');
    for (const c of n.children) walk(c);
    if (block) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((l) => clean(l))
    .filter((l) => l.length > 0);
}

export const attr = (el: Element, name: string): string | undefined => el.attribs[name];
