// Expands a card template with its data. Templates are plain Adaptive Card JSON with ${...} bindings.
import * as ACData from 'adaptivecards-templating';

export type AdaptiveCardJson = { type: 'AdaptiveCard'; version: string; [key: string]: unknown };

export function renderCard(template: object, root: object): AdaptiveCardJson {
  return new ACData.Template(template).expand({ $root: root }) as AdaptiveCardJson;
}
