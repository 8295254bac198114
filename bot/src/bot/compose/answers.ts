// The shapes Teams expects back from message-extension invokes: a dialog (a form, or a line of text), a list
// of results (cards with their previews), a line of text under the search box, or the sign-in prompt.
import type { AdaptiveCardJson } from '../cards/index.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
/** Half the Teams window, like the task card's dialogs; the height follows the form. */
const DIALOG_WIDTH = 'medium';

export interface ResultAttachment {
  contentType: string;
  content: unknown;
  preview?: { contentType: string; content: unknown };
}

export type ComposeAnswer =
  | { task: { type: 'continue'; value: { title: string; width: string; card: ResultAttachment } } }
  | { task: { type: 'message'; value: string } }
  | {
      composeExtension:
        | { type: 'result'; attachmentLayout: 'list'; attachments: ResultAttachment[] }
        | { type: 'message'; text: string }
        | {
            type: 'auth';
            suggestedActions: { actions: { type: 'openUrl'; value: string; title: string }[] };
          };
    };

export function dialogForm(title: string, card: AdaptiveCardJson): ComposeAnswer {
  return {
    task: {
      type: 'continue',
      value: { title, width: DIALOG_WIDTH, card: { contentType: ADAPTIVE, content: card } },
    },
  };
}

export function dialogMessage(text: string): ComposeAnswer {
  return { task: { type: 'message', value: text } };
}

export function adaptive(card: AdaptiveCardJson, preview?: ResultAttachment['preview']): ResultAttachment {
  return { contentType: ADAPTIVE, content: card, ...(preview ? { preview } : {}) };
}

export function results(attachments: ResultAttachment[]): ComposeAnswer {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

export function searchMessage(text: string): ComposeAnswer {
  return { composeExtension: { type: 'message', text } };
}

/**
 * How Teams asks a person to sign in to a message extension: a sign-in link it opens in a window, after
 * which it sends the same invoke again.
 */
export function signInPrompt(url: string, title: string): ComposeAnswer {
  return {
    composeExtension: {
      type: 'auth',
      suggestedActions: { actions: [{ type: 'openUrl', value: url, title }] },
    },
  };
}
