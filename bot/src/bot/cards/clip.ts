// Long TeamFlame text is cut on the card (the tab shows all of it). It is cut as written, before the card
// escapes it, so a cut never splits an escape or a surrogate pair.

/** `text` at most `max` characters long, ending in "…" when it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate without its pair
  return `${text.slice(0, end)}…`;
}
