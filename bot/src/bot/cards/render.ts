// Expands a card template with its data. Templates are plain Adaptive Card JSON with ${...} bindings; data
// values are inserted as they are (a task named "${x}" stays "${x}", it is never expanded again), and the
// markdown fields of the result are escaped here, once, so no text on any card can make a link.
import { randomUUID } from 'node:crypto';
import * as ACData from 'adaptivecards-templating';
import { WRITE_VERBS } from './actions.js';
import { escapeMarkdownFields } from './markdown.js';

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

export function renderCard(template: object, root: object): AdaptiveCardJson {
  const card = parsedTemplate(template).expand({ $root: root }) as AdaptiveCardJson;
  escapeMarkdownFields(card);
  stampActionIds(card);
  return card;
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
