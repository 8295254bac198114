// How the changes of a followed board should arrive, from the words after "subscribe", in English or
// Russian: nothing or "instant" (every change at once), "every 30 min", "hourly", "daily 09:00".
import { MAX_DIGEST_MINUTES, MIN_DIGEST_MINUTES, timeOfDay, type Delivery } from '../../boards/index.js';

const INSTANT = /^(?:instant|instantly|at once|now|сразу|мгновенно)$/u;
const EVERY =
  /^(?:every|каждые|каждый|каждую)\s+(\d{1,4})\s*(min|mins|minutes?|m|мин|минут[аы]?|h|hours?|час|часа|часов)\.?$/u;
const HOURLY = /^(?:hourly|every hour|ежечасно|каждый час)$/u;
const DAILY = /^(?:daily|every day|ежедневно|каждый день)(?:\s+(?:at\s+|в\s+)?(\S+))?$/u;
/** A daily digest with no time given comes at the start of a working day. */
const DEFAULT_DAILY_AT = '09:00';

/** Undefined when the words say no delivery this knows, or a period out of range. */
export function parseDeliveryWords(words: string): Delivery | undefined {
  const text = words.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || INSTANT.test(text)) return { mode: 'instant' };
  if (HOURLY.test(text)) return { mode: 'every', minutes: 60 };
  const every = EVERY.exec(text);
  if (every) {
    const hours = /^(h|hours?|час|часа|часов)$/u.test(every[2]!);
    return digestEvery(Number(every[1]) * (hours ? 60 : 1));
  }
  const daily = DAILY.exec(text);
  if (daily) {
    const at = daily[1] === undefined ? DEFAULT_DAILY_AT : timeOfDay(daily[1]);
    return at ? { mode: 'daily', at } : undefined;
  }
  return undefined;
}

/** The board card's form: its choice ("instant", "every:30", "daily") and time of day. */
export function deliveryFromForm(
  choice: string | undefined,
  dailyAt: string | undefined,
): Delivery | undefined {
  if (!choice || choice === 'instant') return { mode: 'instant' };
  if (choice === 'daily') {
    const at = timeOfDay(dailyAt || DEFAULT_DAILY_AT);
    return at ? { mode: 'daily', at } : undefined;
  }
  const every = /^every:(\d{1,4})$/.exec(choice);
  return every ? digestEvery(Number(every[1])) : undefined;
}

function digestEvery(minutes: number): Delivery | undefined {
  return minutes >= MIN_DIGEST_MINUTES && minutes <= MAX_DIGEST_MINUTES
    ? { mode: 'every', minutes }
    : undefined;
}
