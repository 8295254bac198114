// TeamFlame descriptions and comments may hold HTML. This is the one place that turns them into something
// safe: plain text, Adaptive Card text for the bot, and sanitized HTML for the tab.
import { convert } from 'html-to-text';
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

export function toPlainText(html: string | null | undefined): string {
  if (!html) return '';
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'ul', options: { itemPrefix: '- ' } },
    ],
  }).trim();
}

/**
 * Text for an Adaptive Card TextBlock: plain text with list bullets kept, and the markdown that could
 * fake a link or emphasis neutralised, so what TeamFlame stored is shown as written.
 */
export function toCardMarkdown(html: string | null | undefined, maxLength = 1500): string {
  const text = toPlainText(html)
    .replace(/\]\(/g, ']\u200b(')
    .replace(/([*_~`])/g, '\\$1');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
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
