// The command word a person most likely meant when what they typed is no command: a typo ("boadrs"), a
// letter from the other keyboard layout ("подпиcки" with a Latin "c"), the start of a word ("subscr"), or
// a command word followed by more ("help me"). Only close words are offered; anything further is no guess.

/** Typed text longer than this is a sentence, not a mistyped command word: only its first words count. */
const LONGEST_TYPO = 32;

/** The fewest edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // rows[i][j]: distance between the first i characters of x and the first j of y.
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/** How many edits still count as "meant this word": one for short words, two from six letters on. */
function editsAllowed(word: string): number {
  return [...word].length >= 6 ? 2 : 1;
}

/** How far `typed` is from `word`, or undefined when it is too far to suggest. */
function cost(typed: string, word: string): number | undefined {
  // The start of a command word, or a command word and more: as close as one typo.
  if ([...typed].length >= 3 && word.startsWith(typed)) return 1;
  if (typed.startsWith(`${word} `)) return 1;
  if (typed.length > LONGEST_TYPO) return undefined;
  const distance = editDistance(typed, word);
  return distance <= editsAllowed(word) ? distance : undefined;
}

/**
 * The closest command word to `typed` (lower case, without the bot's mention), or undefined when none is
 * close. Ties go to the word whose length is closest to what was typed, then to the earlier word.
 */
export function nearestWord<Name extends string>(
  typed: string,
  vocabulary: readonly { name: Name; word: string }[],
): { name: Name; word: string } | undefined {
  if ([...typed].length < 2) return undefined;
  let best: { entry: { name: Name; word: string }; cost: number; lengthGap: number } | undefined;
  for (const entry of vocabulary) {
    const found = cost(typed, entry.word);
    if (found === undefined) continue;
    const lengthGap = Math.abs(entry.word.length - typed.length);
    if (!best || found < best.cost || (found === best.cost && lengthGap < best.lengthGap))
      best = { entry, cost: found, lengthGap };
  }
  return best?.entry;
}
