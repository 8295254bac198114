// The official Adaptive Cards parser (what Teams' web client renders with), loaded for tests. In Node it
// loads only from its dist bundle and needs a DOM.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

type AdaptiveCardsModule = typeof AdaptiveCards;

let loaded: AdaptiveCardsModule | undefined;

function officialParser(): AdaptiveCardsModule {
  if (!loaded) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window, document: window.document, navigator: window.navigator });
    // Rendering checks element classes (HTMLButtonElement, ...): lend it the DOM's, never replacing Node's own.
    for (const name of Object.getOwnPropertyNames(window))
      if (/^(HTML|SVG)\w*Element$/.test(name) && !(name in globalThis))
        Object.assign(globalThis, { [name]: (window as unknown as Record<string, unknown>)[name] });
    loaded = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
    // Markdown as Teams shows it: markdown-it is the processor the renderer documents; linkify (with bare
    // domains, addresses and IPs) stands in for Teams turning URLs in text into links.
    const markdown = new MarkdownIt({ linkify: true });
    markdown.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
    loaded.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = markdown.render(text);
      result.didProcess = true;
    };
    // Teams reads markdown only in TextBlocks and facts; choice titles are plain text there.
    loaded.GlobalSettings.useMarkdownInRadioButtonAndCheckbox = false;
  }
  return loaded;
}

/** The card drawn by the official renderer, markdown processed as Teams does. */
export function renderOfficially(json: object): HTMLElement {
  const AC = officialParser();
  const card = new AC.AdaptiveCard();
  card.parse(json, new AC.SerializationContext());
  const element = card.render();
  if (!element) throw new Error('the official renderer drew nothing');
  return element;
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

/**
 * What each TextBlock of the card shows once drawn by the official renderer: one line per paragraph (Teams
 * shows each as a line), an invisible paragraph as an empty line, zero-width spaces left out.
 */
export function shownTextBlocks(json: object): string[] {
  return Array.from(renderOfficially(json).querySelectorAll('.ac-textBlock'), (block) => {
    const paragraphs = Array.from(block.querySelectorAll('p'), (p) => p.textContent ?? '');
    return (paragraphs.length ? paragraphs.join('\n') : (block.textContent ?? '')).replace(/\u200b/g, '');
  });
}
