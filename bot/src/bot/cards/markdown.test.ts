// No text from TeamFlame can make a link, an image or formatting on a card: every card of the gallery, in
// both languages, is drawn by the official renderer with every TeamFlame string set to hostile markdown.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { cardGallery } from '../../test-support/cards/card-gallery.js';
import { findNodes } from '../../test-support/cards/card-nodes.js';
import { escapeCardMarkdown } from './markdown.js';
import { renderOfficially } from '../../test-support/cards/official-parser.js';
import type { AdaptiveCardJson } from './render.js';
import { samples, type CardSamples } from '../../test-support/cards/sample-data.js';

/** Ways a line can start a markdown block; each hostile string starts with one of them. */
const BLOCK_STARTS = ['# ', '- ', '1. ', '> ', '+ ', '* ', '2) ', '---\n', '    ', '```\n', '|a|\n|-|\n'];
/** Short enough to be quoted whole in a notification (200 characters). */
const INLINE =
  '[confirm your login](https://evil.example) ![x](http://e.x/i.png) **b** _i_\n- ~~s~~ `c` <b>b</b> ' +
  '&amp; <http://e.x> www.evil.com x@evil.com 10.0.0.1 {{DATE(2017-02-14T06:08:00Z)}} \\';
/** Sample fields that are not text: identifiers and the bot's own links. */
const NOT_TEXT = new Set(['id', 'url', 'boardId', 'columnId', 'taskId', 'dueDate', 'kind', 'priority']);

/**
 * The samples with every string a card may show replaced by hostile markdown, each with its own marker, and
 * the field each came from (array positions left out). Empty strings stay empty: they mean "none".
 */
function hostileSamples(): { data: CardSamples; hostile: string[]; fields: string[] } {
  const hostile: string[] = [];
  const fields: string[] = [];
  const replace = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') {
      if (!value || NOT_TEXT.has(path.at(-1) ?? '')) return value;
      const i = hostile.length;
      hostile.push(`${BLOCK_STARTS[i % BLOCK_STARTS.length]}${INLINE} ⟦${i}⟧`);
      fields.push(path.join('.'));
      return hostile[i];
    }
    if (Array.isArray(value)) return value.map((item) => replace(item, path));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, [...path, k])]));
    return value;
  };
  return { data: replace(samples, []) as CardSamples, hostile, fields };
}

/** Every plain-text string of a card: all but TextBlock text and facts, which Teams reads as markdown. */
function plainStrings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(plainStrings);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return Object.entries(record).flatMap(([key, value]) =>
    (record.type === 'TextBlock' && key === 'text') || (record.type === 'FactSet' && key === 'facts')
      ? []
      : plainStrings(value),
  );
}

const ZERO_WIDTH = /\u200b/g;
/** Whitespace as a reader sees it: runs of it are one space (line breaks are checked on their own below). */
const normal = (text: string) => text.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'BR', 'BUTTON', 'OPTION', 'LABEL', 'SELECT']);

/** The words on the drawn card, blocks apart. */
function visibleText(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
  const inner = Array.from(node.childNodes, visibleText).join('');
  return BLOCK_TAGS.has((node as Element).tagName) ? `\n${inner}\n` : inner;
}

/** What markdown could make inside a TextBlock or a fact (the bot's cards use none of it). */
const FORMATTING = 'strong em b i h1 h2 h3 h4 h5 h6 ul ol li code pre blockquote hr s del table'
  .split(' ')
  .map((tag) => `.ac-textBlock ${tag}`)
  .join(', ');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe.each(['en-US', 'ru-RU'])(
  'every card in %s, with hostile markdown in every TeamFlame string',
  (locale) => {
    const { data, hostile, fields } = hostileSamples();
    const gallery = cardGallery(translatorFor(locale), data);
    const markers = hostile.map((_, i) => `⟦${i}⟧`);

    it.each(gallery)(
      '%s: only the bot’s own links, no formatting, the text as TeamFlame sent it',
      (_n, json) => {
        const drawn = renderOfficially(json);
        const botUrls = findNodes(json, (n) => n.type === 'Action.OpenUrl').map((n) => n.url);
        for (const link of drawn.querySelectorAll('a, img'))
          expect(botUrls, link.outerHTML).toContain(link.getAttribute('href') ?? link.getAttribute('src'));
        expect(Array.from(drawn.querySelectorAll(FORMATTING), (e) => e.outerHTML)).toEqual([]);

        // Wherever a hostile string's marker shows, all of the string shows, exactly as it was sent.
        const seen = normal(visibleText(drawn));
        markers.forEach((marker, i) => {
          expect(occurrences(seen, normal(hostile[i]!)), hostile[i]).toBe(occurrences(seen, marker));
        });

        // Plain-text fields (input values, choice and button titles) hold the string itself, never escaped.
        for (const value of plainStrings(json))
          markers.forEach((marker, i) => {
            if (value.includes(marker)) expect(value).toContain(hostile[i]);
          });
      },
    );

    it('puts every kind of TeamFlame string on some card, so the checks above saw each', () => {
      const everything = gallery
        .flatMap(([, json]) => [visibleText(renderOfficially(json)), ...plainStrings(json)])
        .join('\n');
      const shown = new Set(fields.filter((_, i) => everything.includes(markers[i]!)));
      expect(fields.filter((field) => !shown.has(field))).toEqual([]);
      expect(shown.size).toBeGreaterThan(20);
    });
  },
);

describe('escapeCardMarkdown', () => {
  const draw = (text: string) =>
    renderOfficially({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: escapeCardMarkdown(text), wrap: true }],
    } satisfies AdaptiveCardJson);

  it.each([
    'snake_case and 2*3 = 6',
    'C:\\temp\\new',
    'v1.2 on 20.11.2026, 50% done; see ticket #42',
    '1.5 kg',
    '[a] [b](c) ![d](e) <f> &lt; &#x41; &copy;',
    '***emphasis*** __strong__ ~~gone~~ ``code``',
    'mail me: a.b@example.com',
    'http://x.y https://[::1]/ ftp://host //host',
    '{{TIME(2017-02-14T06:08:00Z)}} {{DATE(2017-02-14T06:08:00Z, SHORT)}}',
    'Ünïcödé, Кириллица т.е. ёлка 😀',
  ])('shows %j exactly, with no link or formatting', (text) => {
    const drawn = draw(text);
    expect(drawn.querySelectorAll(`a, img, ${FORMATTING}`)).toHaveLength(0);
    expect(normal(visibleText(drawn))).toBe(normal(text));
  });

  it('keeps each line of a text a line of its own, whatever the line starts with', () => {
    const lines = ['# not a heading', '- not a list', '2. nor this', '> no quote', '---', '+ plus', '=== '];
    const drawn = draw(`  ${lines.join('\r\n')}\n\n`);
    const paragraphs = Array.from(drawn.querySelectorAll('p'), (p) => p.textContent?.replace(ZERO_WIDTH, ''));
    expect(paragraphs).toEqual(lines.map((line) => line.trim()));
    expect(drawn.querySelectorAll(FORMATTING)).toHaveLength(0);
  });

  it('keeps a blank line between paragraphs as an empty line: one for a run of them, none at the ends', () => {
    const drawn = draw('\n\nFirst <Button> & "q"\nsame paragraph\n\n\n\nSecond\n \n');
    const paragraphs = Array.from(drawn.querySelectorAll('p'), (p) => p.textContent?.replace(ZERO_WIDTH, ''));
    expect(paragraphs).toEqual(['First <Button> & "q"', 'same paragraph', '', 'Second']);
  });

  it('leaves empty text empty', () => {
    expect(escapeCardMarkdown('')).toBe('');
    expect(escapeCardMarkdown(' \n ')).toBe('');
  });
});
