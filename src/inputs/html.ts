import type { Element, Nodes } from 'hast';
import { OffsetMap } from './offset-map.js';
import { parser } from './parsers.js';

const skipped = new Set(['script', 'style', 'template', 'head', 'noscript', 'svg']);
const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'td',
  'th',
  'tbody',
  'thead',
  'body',
  'html',
]);

export interface ExtractedText {
  text: string;
  map: OffsetMap;
}

/**
 * The prose of an HTML document: text nodes only (markup, scripts and styles are never
 * linted), block elements separated by blank lines, `<br>` by a line break, and every
 * offset mapped back to the HTML source.
 */
export function extractHtmlText(html: string): ExtractedText {
  const tree = parser('html')(html, { fragment: !/<html[\s>]/i.test(html) });
  const map = new OffsetMap();
  let text = '';
  let lastSource = 0;
  const separate = (separator: string) => {
    if (text === '' || text.endsWith(separator)) return;
    const trimmed = text.replace(/[ \t]+$/, '');
    if (separator === '\n\n' && trimmed.endsWith('\n')) {
      text = `${trimmed}\n`;
    } else text = trimmed + separator;
    map.addExact(text.length - 1, 1, lastSource);
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      // Runs of white space in HTML are one space to a reader.
      const value = node.value.replace(/\s+/g, ' ');
      if (value.trim() === '') {
        if (text !== '' && !/\s$/.test(text)) {
          map.addExact(text.length, 1, start);
          text += ' ';
        }
        return;
      }
      const textStart = text.length;
      map.addAnchored(textStart, value, html, start, end);
      text += value;
      lastSource = end;
      return;
    }
    if (node.type === 'element') {
      const element = node as Element;
      if (skipped.has(element.tagName)) return;
      if (element.tagName === 'br') {
        separate('\n');
        return;
      }
      const isBlock = blocks.has(element.tagName);
      if (isBlock) separate('\n\n');
      for (const child of element.children) walk(child);
      if (isBlock) separate('\n\n');
      return;
    }
    if (node.type === 'root') for (const child of node.children) walk(child);
  };
  walk(tree);
  return { text: text.replace(/\s+$/, ''), map };
}
