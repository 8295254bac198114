// Every card, in English and Russian, through the official parser, and the promises every button keeps.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/index.js';
import { parseActionData, parseDialogOpen, parseDialogSubmit, WRITE_VERBS, type Verb } from './actions.js';
import { cardGallery } from '../../test-support/cards/card-gallery.js';
import { executeActions, findNodes, inputs, type CardNode } from '../../test-support/cards/card-nodes.js';
import * as cards from './index.js';
import { officialProblems } from '../../test-support/cards/official-parser.js';
import type { AdaptiveCardJson } from './render.js';

/** Teams refuses card messages over about 28 KB. */
const TEAMS_CARD_LIMIT = 28 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What Teams sends with a button: its data plus the card's inputs, required ones filled in as a user must. */
function submittedData(card: AdaptiveCardJson, action: CardNode): Record<string, unknown> {
  const data = { ...(action.data as Record<string, unknown>) };
  if (action.associatedInputs === 'none') return data;
  for (const input of inputs(card)) {
    let value = typeof input.value === 'string' && input.value ? input.value : undefined;
    if (!value && input.isRequired) {
      const choices = input.choices as { value: string }[] | undefined;
      value = choices?.[0]?.value ?? (input.type === 'Input.Date' ? '2026-12-31' : 'filled in');
    }
    // A password is typed, never drawn: a sign-in form's submit carries one.
    if (input.style === 'Password') value = 'typed';
    if (value !== undefined) data[input.id as string] = value;
  }
  return data;
}

describe.each(['en-US', 'ru-RU'])('every card in %s', (locale) => {
  const gallery = cardGallery(translatorFor(locale));

  it('draws a card with every card builder the module exports, and with no other builder', () => {
    // Compared by function identity, not by name in a source text: a builder that nothing but this gallery
    // uses is still reported by the unused-export check (`npm run lint:unused`).
    const exported = new Map<string, unknown>(
      Object.entries(cards).filter(
        ([name, value]) => typeof value === 'function' && /Card(For)?$/.test(name),
      ),
    );
    const drawn = new Set<unknown>(gallery.map(([, , builder]) => builder));
    expect(exported.size).toBeGreaterThan(15);
    expect([...exported].filter(([, builder]) => !drawn.has(builder)).map(([name]) => name)).toEqual([]);
    expect([...drawn].filter((builder) => ![...exported.values()].includes(builder))).toEqual([]);
  });

  it.each(gallery)('%s: zero parse or validation errors from the official parser', (_name, json) => {
    expect(json.version).toBe('1.5');
    expect(officialProblems(json)).toEqual([]);
    expect(JSON.stringify(json)).not.toMatch(/\$\{|\$when|\$data/); // every binding was filled
    expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThan(TEAMS_CARD_LIMIT);
    // A missing translation shows up as its key.
    const shown = findNodes(json, () => true).flatMap((n) =>
      ['text', 'title', 'label', 'placeholder', 'errorMessage', 'value'].map((k) => n[k]),
    );
    for (const words of shown.filter((v) => typeof v === 'string'))
      expect(words).not.toMatch(
        /^(app|welcome|help|signIn|boards|task|create|dialog|compose|working|error|errorHint|notify)\.[\w.-]+$/,
      );
  });

  it.each(gallery)('%s: every button is a known verb whose data its schema accepts', (_name, json) => {
    const actions = executeActions(json);
    const ids = new Set<string>();
    for (const action of actions) {
      const result = parseActionData(action.verb, submittedData(json, action));
      expect(result, `${String(action.verb)} ${JSON.stringify(result)}`).toMatchObject({ ok: true });
      const actionId = (action.data as { actionId?: unknown }).actionId;
      if (!WRITE_VERBS.has(action.verb as Verb)) {
        expect(actionId, String(action.verb)).toBeUndefined();
        continue;
      }
      // Each button that writes has its own key, so a resent invoke is recognised and never writes twice.
      expect(actionId, String(action.verb)).toMatch(UUID);
      expect(ids.has(actionId as string), `duplicate key on ${String(action.verb)}`).toBe(false);
      ids.add(actionId as string);
    }
    for (const link of findNodes(json, (n) => n.type === 'Action.OpenUrl'))
      expect(String(link.url)).toMatch(/^https?:\/\//);
  });

  it.each(gallery)(
    '%s: every Action.Submit opens a known dialog or submits a form its schema accepts',
    (_name, json) => {
      const keys = new Set<string>();
      for (const submit of findNodes(json, (n) => n.type === 'Action.Submit')) {
        const data = submittedData(json, submit);
        if ((data.msteams as { type?: unknown } | undefined)?.type === 'task/fetch') {
          // Opening a dialog writes nothing: no key.
          expect(parseDialogOpen(data)).toMatchObject({ ok: true });
          expect(data.actionId).toBeUndefined();
          continue;
        }
        expect(parseDialogSubmit(data), JSON.stringify(data)).toMatchObject({ ok: true });
        if (data.dialog !== 'signIn') {
          expect(data.actionId).toMatch(UUID);
          keys.add(String(data.actionId));
        }
      }
      // A form's buttons (due: set and clear) are one action: one key.
      expect(keys.size).toBeLessThanOrEqual(1);
    },
  );

  it.each(gallery)('%s: never holds a password', (_name, json) => {
    for (const input of inputs(json)) {
      if (input.style === 'Password' || input.id === 'password') {
        expect(input.style).toBe('Password');
        expect(input.value).toBeUndefined();
      }
    }
    for (const action of executeActions(json)) expect(action.data).not.toHaveProperty('password');
  });
});

describe('shared cards', () => {
  const t = translatorFor('en');
  const shared = cardGallery(t).filter(([name]) => /^(board( \(|$)|task detail)/.test(name));

  it.each(shared)(
    '%s: refreshes itself for the listed users (at most 60) and has a Refresh button',
    (_n, json) => {
      const refresh = json.refresh as { action: CardNode; userIds: string[] };
      expect(refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'refresh' });
      expect(Array.isArray(refresh.userIds)).toBe(true);
      expect(refresh.userIds.length).toBeLessThanOrEqual(60);
      const visible = executeActions({ ...json, refresh: undefined }).find((a) => a.verb === 'refresh');
      expect(visible?.title).toBe(t('boards.refresh'));
      expect((visible?.data as Record<string, unknown>).view).toBe(
        (refresh.action.data as Record<string, unknown>).view,
      );
    },
  );
});
