/**
 * The safe Markdown subset of event descriptions, read into tokens that a
 * template renders: paragraphs, lists, **bold**, *italic*, [links](…). No
 * HTML is ever produced or read: `<b>` stays the text "<b>". Links keep only
 * `http:`, `https:` and `mailto:` targets; others become their text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const BULLET = /^\s{0,3}[-*+]\s+/;
const NUMBER = /^\s{0,3}\d{1,9}[.)]\s+/;

/** The blocks of `text`: paragraphs split by blank lines, lists by their markers. */
export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = BULLET.exec(line) ?? NUMBER.exec(line);
    if (!line.trim()) {
      flush();
    } else if (marker) {
      const ordered = !BULLET.test(line);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(line.slice(marker[0].length).trim());
    } else if (list && /^\s/.test(line)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** Inline tokens of one block's text. Unclosed markers stay as typed. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const pushText = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith('**') || rest.startsWith('__')) {
      const close = text.indexOf(rest.slice(0, 2), i + 2);
      if (close > i + 2) {
        pushText();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    } else if ((rest[0] === '*' || rest[0] === '_') && rest[1] && rest[1] !== ' ') {
      const close = findClosing(text, rest[0], i + 1);
      if (close > i + 1) {
        pushText();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    } else if (rest[0] === '[') {
      const link = /^\[([^\]]+)\]\(\s*([^)\s]+)\s*\)/.exec(rest);
      if (link) {
        pushText();
        const children = parseInline(link[1]!);
        const href = safeHref(link[2]!);
        if (href) out.push({ type: 'link', href, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    plain += text[i];
    i++;
  }
  pushText();
  return out;
}

/** A single `marker` closing an emphasis: not doubled, not after a space. */
function findClosing(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === marker && text[i + 1] !== marker && text[i - 1] !== ' ') return i;
    if (text[i] === marker && text[i + 1] === marker) i++;
  }
  return -1;
}

/** The link's absolute URL when its scheme is allowed, else null. */
export function safeHref(target: string): string | null {
  try {
    const url = new URL(target);
    return LINK_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * `text` as plain text, for places that show no formatting (calendar apps):
 * emphasis markers dropped, links as `text (URL)` or just the URL when the
 * text is the URL, list items on lines of their own, blank lines between blocks.
 */
export function markdownToText(text: string): string {
  return parseMarkdown(text)
    .map((block) =>
      block.type === 'paragraph'
        ? inlineText(block.children)
        : block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inlineText(item)}`).join('\n'),
    )
    .join('\n\n');
}

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.type === 'text') return inline.text;
      const text = inlineText(inline.children);
      if (inline.type !== 'link') return text;
      // A URL or an address shown as the text of its own link needs no repeating.
      return safeHref(text) === inline.href || inline.href === `mailto:${text}` ? text : `${text} (${inline.href})`;
    })
    .join('');
}
