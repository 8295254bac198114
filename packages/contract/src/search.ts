// How both the tab and the bot compare what people type with titles: as Russian users search.

/** Lower case, "ё" as "е", runs of spaces as one: the form both sides of a comparison are brought to. */
export function searchForm(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}
