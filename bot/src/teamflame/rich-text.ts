// TeamFlame stores descriptions and comments as rich text (HTML). This is the one place that crosses that
// line in both directions: what a person types becomes HTML whose rendered text is exactly what they typed
// (typedTextToHtml), and TeamFlame's HTML becomes something safe to show: plain text (the cards escape it
// for their markdown) and sanitized HTML for the tab.
import { compile } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p',
  'br',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'code',
  'pre',
  'blockquote',
];

/** Compiled once: html-to-text builds its selector machinery per options object, which is most of its cost. */
const htmlToPlainText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '- ' } },
  ],
});

export function toPlainText(html: string | null | undefined): string {
  if (!html) return '';
  return htmlToPlainText(html).trim();
}

export function toSafeHtml(html: string | null | undefined): string {
  if (!html) return '';
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel', 'target'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
  });
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/giu;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One line of typed text as HTML: escaped, and web addresses made links (TeamFlame's editor does the same). */
function lineToHtml(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(line.slice(last, match.index)) + `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * What a person typed (a bot form, a tab field, a message-extension dialog) as the rich text TeamFlame
 * stores: every character shown as typed (`<`, `&` and quotes escaped), paragraphs where a blank line
 * separates them, `<br>` for a single line break. Empty or blank text stays "".
 */
export function typedTextToHtml(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (!normalized) return '';
  return normalized
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(lineToHtml).join('<br>')}</p>`)
    .join('');
}
