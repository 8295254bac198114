// The official Adaptive Cards parser (what Teams' web client renders with), loaded for tests. In Node it
// loads only from its dist bundle and needs a DOM.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { JSDOM } from 'jsdom';

export type AdaptiveCardsModule = typeof AdaptiveCards;

let loaded: AdaptiveCardsModule | undefined;

export function officialParser(): AdaptiveCardsModule {
  if (!loaded) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, {
      window,
      document: window.document,
      navigator: window.navigator,
      HTMLElement: window.HTMLElement,
    });
    loaded = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
  }
  return loaded;
}

/** Parse and validation messages of the official parser; empty when the card is clean. */
export function officialProblems(json: object): string[] {
  const AC = officialParser();
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const parse = Array.from(
    { length: context.eventCount },
    (_, i) => `parse: ${context.getEventAt(i).message}`,
  );
  const validation = card.validateProperties().validationEvents.map((e) => `validate: ${e.message}`);
  return [...parse, ...validation];
}
