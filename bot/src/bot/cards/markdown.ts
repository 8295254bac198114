// The one place where text is made safe for the markdown of Adaptive Cards. Teams reads TextBlock text and
// both sides of a fact as markdown, so a task named "[confirm your login](https://evil.example)" would be a
// link that the bot appears to send. The bot's cards use no markdown of their own (emphasis is weight and
// colour, links are Action.OpenUrl buttons), so every markdown field of every card is escaped, whoever
// wrote it: what TeamFlame stored is shown exactly as written, and the bot's buttons are its only links.
// Every other field (button titles, input values, choice titles, labels) is plain text and left alone:
// escaping it would show the backslashes.

/** Invisible, and breaks what a linkifier would otherwise recognise as a URL, a domain or an address. */
const ZERO_WIDTH_SPACE = '\u200b';
/** A paragraph that shows as an empty line: not blank to markdown, invisible to the reader. */
const BLANK_LINE = ZERO_WIDTH_SPACE;

/**
 * `text` as Adaptive Card markdown that shows exactly `text` and makes no link, image, emphasis, heading,
 * list, quote or code. Backslash escapes are CommonMark's (what the official renderer's markdown-it and
 * Teams honour); they are used only where a character would otherwise mean something, as some clients
 * are known to show them. Teams also turns bare URLs, domains and email addresses into links, so those
 * get a zero-width space: after each "/" of "//", after a dot between letters or digits, before "@".
 * Line breaks are kept: each line is a paragraph of its own ("\n\n", what Teams documents; one "\n" would
 * be joined), and a blank line between lines is a paragraph holding only a zero-width space (markdown
 * drops empty ones), so paragraphs a person typed stay apart where Teams shows paragraphs without a gap.
 * Blank lines at either end are dropped, runs of them are one. (Also how a card's @mention text is found.)
 */
export function escapeCardMarkdown(text: string): string {
  const paragraphs: string[] = [];
  for (const line of text.split(/\r\n?|\n/).map((l) => l.trim())) {
    if (line) paragraphs.push(escapeLine(line));
    else if (paragraphs.length > 0 && paragraphs.at(-1) !== BLANK_LINE) paragraphs.push(BLANK_LINE);
  }
  if (paragraphs.at(-1) === BLANK_LINE) paragraphs.pop();
  return paragraphs.join('\n\n');
}

function escapeLine(line: string): string {
  return (
    line
      // Anywhere in a line: escapes themselves, emphasis, code, strikethrough, link and image brackets,
      // autolinks and HTML.
      .replace(/[\\`*_~[\]<]/g, '\\$&')
      // "&amp;" would show as "&".
      .replace(/&(?=#?[\da-z]+;)/gi, '\\&')
      // "{{DATE(...)}}" and "{{TIME(...)}}" would be shown as a formatted date.
      .replace(/(?<=\{)\{(?=(?:DATE|TIME)\()/g, '\\{')
      // At the start of a line: a heading, a list, a quote, a thematic break (trimmed lines cannot be code).
      .replace(/^[#>+-]/, '\\$&')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      // What Teams would turn into a link: "scheme://", "//host", "host.tld", "1.2.3.4", "name@host".
      .replace(/\/(?=\/)/g, `/${ZERO_WIDTH_SPACE}`)
      .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, `.${ZERO_WIDTH_SPACE}`)
      .replace(/@/g, `${ZERO_WIDTH_SPACE}@`)
  );
}

/**
 * Escapes every field of a rendered card that Teams reads as markdown: TextBlock text, fact titles and
 * values. Called once, by `renderCard`, on every card the bot sends.
 */
export function escapeMarkdownFields(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) escapeMarkdownFields(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'TextBlock' && typeof record.text === 'string')
    record.text = escapeCardMarkdown(record.text);
  if (record.type === 'FactSet' && Array.isArray(record.facts))
    for (const fact of record.facts as Record<string, unknown>[]) {
      if (typeof fact.title === 'string') fact.title = escapeCardMarkdown(fact.title);
      if (typeof fact.value === 'string') fact.value = escapeCardMarkdown(fact.value);
    }
  for (const value of Object.values(record)) escapeMarkdownFields(value);
}
