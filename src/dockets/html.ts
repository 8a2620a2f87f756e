/**
 * Small helpers over the DOM that htmlparser2 builds. PACER pages are old, loose HTML (unclosed cells,
 * `</tr></td>` in the wrong order); htmlparser2 parses them without complaint and quickly.
 */
import {
  type AnyNode,
  type ChildNode,
  type Document,
  DomHandler,
  type Element,
  type ParentNode,
} from 'domhandler';
import { Parser, type ParserOptions, parseDocument } from 'htmlparser2';

export type { Document, Element };

/**
 * htmlparser2's stack of open elements with its top first, as the parser uses it (`[0]`, `unshift`, `shift`,
 * `indexOf`, `includes`), but kept top-last in an array and counted by name: every operation O(1) except
 * `indexOf` of a name on the stack, which the pops that follow pay for. htmlparser2's own array shifts every
 * element on each open tag, so a page nested 100,000 deep took minutes; with this stack it takes one pass.
 */
class TopFirstStack<T> {
  private items: T[] = [];
  private counts = new Map<T, number>();
  /**
   * The top, as an own data property that every push and pop keeps current: the parser reads `[0]` on every
   * tag, and an indexed getter on the prototype is read through V8's slow path (it cost 15–25% of an import).
   */
  0: T | undefined = undefined;
  constructor(...initial: T[]) {
    for (const x of initial) this.unshift(x);
  }
  get length(): number {
    return this.items.length;
  }
  set length(n: number) {
    while (this.items.length > n) this.shift();
  }
  at(index: number): T | undefined {
    return this.items[this.items.length - 1 - index];
  }
  unshift(x: T): number {
    this.items.push(x);
    this.counts.set(x, (this.counts.get(x) ?? 0) + 1);
    this[0] = x;
    return this.items.length;
  }
  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const x = this.items.pop() as T;
    this[0] = this.items[this.items.length - 1];
    const n = (this.counts.get(x) ?? 1) - 1;
    if (n === 0) this.counts.delete(x);
    else this.counts.set(x, n);
    return x;
  }
  includes(x: T): boolean {
    return this.counts.has(x);
  }
  indexOf(x: T): number {
    if (!this.counts.has(x)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--)
      if (this.items[i] === x) return this.items.length - 1 - i;
    return -1;
  }
}

/** htmlparser2's parser with the linear stacks above (its behavior otherwise unchanged). */
class LinearParser extends Parser {
  constructor(cbs: DomHandler, options: ParserOptions) {
    super(cbs, options);
    const self = this as unknown as { stack: unknown; foreignContext: unknown };
    self.stack = new TopFirstStack<string>();
    self.foreignContext = new TopFirstStack<number>(0);
  }
  override onend(): void {
    const self = this as unknown as {
      stack: TopFirstStack<string>;
      cbs: { onclosetag?: (name: string, implied: boolean) => void; onend?: () => void };
    };
    if (self.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let i = 0; i < self.stack.length; i++) self.cbs.onclosetag(self.stack.at(i)!, true);
    }
    self.cbs.onend?.();
  }
}

const HTML_OPTIONS: ParserOptions & { withStartIndices: boolean } = {
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  decodeEntities: true,
  withStartIndices: true,
};

/**
 * How deep a page may nest its elements. PACER's pages nest about 10 deep (13 at most in the development
 * dockets, 11 in a 10 MB docket); a page nested thousands deep is not a page PACER served, and reading it is
 * refused at once instead of building a DOM of millions of levels.
 */
export const MAX_DEPTH = 5000;

/** Thrown by `parseHtml` when a page nests deeper than its limit. */
export class TooDeep extends Error {
  constructor(
    readonly depth: number,
    readonly at: number,
  ) {
    super(`the page nests its elements more than ${depth} levels deep`);
  }
}

/**
 * How many elements a page may have. PACER's docket pages have one element per 70–100 bytes (ned: 1,046 in
 * 102 kB; nysd_475766: 924 in 65 kB), so a docket at the 20 MB input limit has about 300,000; a page with
 * twice that many is not a page PACER served, and it is refused when the parser reaches that many instead of
 * being read whole.
 */
export const MAX_ELEMENTS = 600_000;

/** Thrown by `parseHtml` when a page has more elements than its limit. */
export class TooManyElements extends Error {
  constructor(
    readonly limit: number,
    readonly at: number,
  ) {
    super(`the page has more than ${limit.toLocaleString('en-US')} elements`);
  }
}

/**
 * Called as each element ends, with the element complete and the elements still open (the document first):
 * a reader may take what it needs of the element there and drop its content (see `Summarized`), so that a
 * large table is read row by row without the whole tree of the page being kept.
 */
export type OnClose = (el: Element, open: readonly ParentNode[]) => void;

/**
 * An element whose content was read while the page was parsed and then dropped: `summaryLines` are the
 * lines `linesOf` read from that content, and stand for it.
 */
export interface Summarized extends Element {
  summaryLines?: string[];
}

class DepthLimitedHandler extends DomHandler {
  private source: { startIndex: number } | null = null;
  constructor(
    options: ParserOptions,
    private readonly maxDepth: number,
    private readonly onClose?: OnClose,
    private readonly maxElements = MAX_ELEMENTS,
  ) {
    super(undefined, options);
  }
  override onclosetag(): void {
    const el = this.tagStack[this.tagStack.length - 1] as Element;
    super.onclosetag();
    this.onClose?.(el, this.tagStack);
  }
  override onparserinit(parser: { startIndex: number; endIndex: number }): void {
    this.source = parser;
    super.onparserinit(parser as never);
  }
  private elements = 0;
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > this.maxDepth) throw new TooDeep(this.maxDepth, this.source?.startIndex ?? 0);
    if (++this.elements > this.maxElements)
      throw new TooManyElements(this.maxElements, this.source?.startIndex ?? 0);
  }
}

/**
 * Parse a page, in time linear in its size however deep it nests; throws `TooDeep` past `maxDepth` levels and
 * `TooManyElements` past `maxElements` elements.
 */
export function parseHtml(
  html: string,
  maxDepth = MAX_DEPTH,
  onClose?: OnClose,
  maxElements = MAX_ELEMENTS,
): Document {
  const handler = new DepthLimitedHandler(HTML_OPTIONS, maxDepth, onClose, maxElements);
  new LinearParser(handler, HTML_OPTIONS).end(html);
  return handler.root;
}

/** An XML document (the RECAP archive's `docket.xml`): names kept as written, no HTML rules. */
export function parseXml(xml: string): Document {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true });
}

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}
export function isTag(n: AnyNode, name: string): n is Element {
  return isElement(n) && n.name === name;
}

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

/**
 * Elements named `name` under `root`, not looking inside nested tables: what a cell of a PACER table holds
 * itself. Linear over the cell, however deep the tables inside it are nested.
 */
export function findAllShallow(root: AnyNode, name: string): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root && isElement(node)) {
      if (node.name === name) out.push(node);
      if (node.name === 'table') continue;
    }
    if ('children' in node) {
      const kids = (node as { children: ChildNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** A cell's own text: its text without that of tables nested inside it (iterative). */
export function cellText(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push((n as { data: string }).data);
      continue;
    }
    if (n.type === 'script' || n.type === 'style' || n.type === 'comment') continue;
    if (n !== node && isElement(n) && n.name === 'table') continue;
    if (!('children' in n)) continue;
    const kids = (n as { children: ChildNode[] }).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * The first element named `name` under `root` (in document order) for which `test` holds, if any: the walk
 * stops there instead of listing every such element of the page first.
 */
export function findFirst(
  root: AnyNode,
  name: string,
  test: (el: Element) => boolean = () => true,
): Element | undefined {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.name === name && node !== root && test(node)) return node;
    if ('children' in node) {
      const kids = (node as { children: ChildNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return undefined;
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

/**
 * Concatenated text of a node (scripts and styles excluded). Iterative and linear: a page nested 100,000
 * levels deep neither overflows the stack nor costs more than one pass.
 */
export function textContent(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push((n as { data: string }).data);
      continue;
    }
    if (n.type === 'script' || n.type === 'style' || n.type === 'comment') continue;
    if (!('children' in n)) continue;
    const kids = (n as { children: ChildNode[] }).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * The node's text, stopping once `limit` characters are collected (the result may run a little past it) or
 * `4 × limit` nodes are visited: for tests such as "is this row a short header?" that must not read a whole
 * nested page to answer. Tables nested inside the node are skipped: a row's own words are what is asked.
 */
export function textUpTo(node: AnyNode, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  let visits = 0;
  const maxVisits = limit * 4;
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && length < limit && visits++ < maxVisits) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const data = (n as { data: string }).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (n.type === 'script' || n.type === 'style' || n.type === 'comment') continue;
    if (n !== node && isElement(n) && n.name === 'table') continue;
    if (!('children' in n)) continue;
    const kids = (n as { children: ChildNode[] }).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * Collapse runs of whitespace (incl. no-break spaces) to one space and trim. Only what changes is matched (a
 * run of two or more, or one character other than a space): matching every single space between words made
 * this the costliest line of an import.
 */
const WHITESPACE_TO_COLLAPSE = /[\s\u00a0]{2,}|[^\S ]/g;
export function clean(s: string): string {
  return s.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/**
 * Docket text as the reference parse keeps it: whitespace collapsed, and no space before a comma (the
 * HTML breaks lines there; the words and punctuation are unchanged).
 */
export function cleanText(s: string): string {
  return clean(s).replace(/ ,/g, ',');
}

/** `linesOf`'s end of a line: the pieces of the line, joined and cleaned, become a line unless empty. */
function endLineOf(parts: string[], lines: string[]): void {
  if (parts.length === 0) return;
  const line = clean(parts.length === 1 ? parts[0]! : parts.join(''));
  if (line.length > 0) lines.push(line);
  parts.length = 0;
}

const BLOCK = new Set(['br', 'tr', 'p', 'div', 'table', 'h1', 'h2', 'h3', 'h4', 'li', 'center', 'hr']);

/**
 * Text with line breaks where the page breaks lines (`<br>`, rows, blocks) and a space between cells:
 * the shape to read "Label: value" pairs from. Line breaks and indentation inside the text itself are
 * spaces, as a browser shows them: a page that a browser saved re-indented ("Filed:⏎    04/05/2016") reads
 * the same as the page PACER served. Iterative, so depth costs no stack.
 */
export function linesOf(node: AnyNode): string[] {
  const lines: string[] = [];
  // The current line's pieces; a block boundary ends the line (kept when it has more than whitespace).
  const parts: string[] = [];
  // A stack of nodes to visit; `null` marks the end of a block element, after its children.
  const stack: Array<AnyNode | null> = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === null) {
      endLineOf(parts, lines);
      continue;
    }
    if (n.type === 'text') {
      parts.push((n as { data: string }).data);
      continue;
    }
    let kids: ChildNode[];
    if (n.type === 'root') kids = (n as Document).children;
    else if (!isElement(n) || n.type === 'script' || n.type === 'style') continue;
    else {
      const block = BLOCK.has(n.name);
      if (block) endLineOf(parts, lines);
      const summary = (n as Summarized).summaryLines;
      if (summary) {
        for (const line of summary) lines.push(line);
        continue;
      }
      if (n.name === 'td' || n.name === 'th') parts.push(' ');
      if (block) stack.push(null);
      kids = n.children;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  endLineOf(parts, lines);
  return lines;
}

/** The set of all elements under `root` (for "is this row inside that table?" in one pass, not per row). */
export function descendants(root: AnyNode): Set<AnyNode> {
  const out = new Set<AnyNode>();
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n !== root) out.add(n);
    if ('children' in n) for (const c of (n as { children: ChildNode[] }).children) stack.push(c);
  }
  return out;
}

export const attr = (el: Element, name: string): string | undefined => el.attribs[name];
