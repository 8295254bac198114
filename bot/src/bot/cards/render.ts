// Expands a card template with its data. Templates are plain Adaptive Card JSON with ${...} bindings; data
// values are inserted as they are (a task named "${x}" stays "${x}", it is never expanded again), and the
// markdown fields of the result are escaped here, once, so no text on any card can make a link.
import { randomUUID } from 'node:crypto';
import * as ACData from 'adaptivecards-templating';
import { WRITE_VERBS } from './actions.js';
import { escapeCardMarkdown, escapeMarkdownFields } from './markdown.js';
import type { MentionView } from './view-models.js';

export type AdaptiveCardJson = { type: 'AdaptiveCard'; version: string; [key: string]: unknown };

/**
 * Each template parsed once, on its first use: parsing every binding is most of the cost of a card, and a
 * template never changes. Expanding is synchronous, so one parsed template serves every turn.
 */
const parsed = new WeakMap<object, ACData.Template>();

function parsedTemplate(template: object): ACData.Template {
  let compiled = parsed.get(template);
  if (!compiled) {
    compiled = new ACData.Template(template);
    parsed.set(template, compiled);
  }
  return compiled;
}

/**
 * `mentions`: people the card @mentions. Teams notifies them when the card's text holds `<at>name</at>`
 * exactly as a mention entity of the card says it, so those tags (and only those) are left unescaped.
 */
export function renderCard(
  template: object,
  root: object,
  options: { mentions?: MentionView[] } = {},
): AdaptiveCardJson {
  const card = parsedTemplate(template).expand({ $root: root }) as AdaptiveCardJson;
  escapeMarkdownFields(card);
  stampActionIds(card);
  if (options.mentions?.length) addMentions(card, options.mentions);
  return card;
}

/**
 * The text of a mention: the name with letters, digits, spaces, hyphens and apostrophes only. It is left
 * unescaped (Teams matches it to the entity as written), so nothing in it may mean markdown or look like a
 * link or domain.
 */
export function mentionText(mention: MentionView): string {
  return `<at>${mention.name.replace(/[^\p{L}\p{M}\p{N} '-]/gu, '').trim()}</at>`;
}

function addMentions(card: AdaptiveCardJson, mentions: MentionView[]): void {
  const entities = mentions.map((m) => ({
    type: 'mention',
    text: mentionText(m),
    mentioned: { id: m.id, name: m.name },
  }));
  card.msteams = { ...(card.msteams as object | undefined), entities };
  let json = JSON.stringify(card);
  for (const { text } of entities) {
    const escaped = JSON.stringify(escapeCardMarkdown(text)).slice(1, -1);
    json = json.split(escaped).join(JSON.stringify(text).slice(1, -1));
  }
  Object.assign(card, JSON.parse(json) as AdaptiveCardJson);
}

/**
 * Gives every button that changes TeamFlame its own idempotency key, made when the card is rendered: Teams
 * resends an invoke with the same data, so the handler recognises the retry and never writes twice. A key
 * already present (a "Try again" button repeating an earlier action) is kept, so it stays the same action.
 * Buttons that only show something need no key and carry none.
 */
function stampActionIds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) stampActionIds(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'Action.Execute' && WRITE_VERBS.has(record.verb as never)) {
    const data = isPlainObject(record.data) ? record.data : {};
    record.data =
      typeof data.actionId === 'string' && data.actionId ? data : { ...data, actionId: randomUUID() };
  }
  for (const value of Object.values(record)) stampActionIds(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
