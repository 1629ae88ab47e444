/**
 * `new Date(text)`, computed without the engine's general date parser when `text` has the
 * form `Date#toISOString` writes (`2024-05-01T12:00:00.000Z`), which is
 * how dates are stored; any other text goes to `new Date(text)`.
 */
export function parseIsoDate(text: string): Date {
  const time = isoTime(text);
  return time === undefined ? new Date(text) : new Date(time);
}

/**
 * The time of an ISO text in the canonical form, or `undefined` for any other text. A day up
 * to 31 in any month rolls over into the next, as the engine's parser does. (`Date.UTC`
 * would take as long as the parser, and reads years below 100 as 19xx.)
 */
function isoTime(text: string): number | undefined {
  if (text.length !== 24 || !separatorsAt(text)) return undefined;
  const year = digits2(text, 0) * 100 + digits2(text, 2);
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  const hours = digits2(text, 11);
  const minutes = digits2(text, 14);
  const seconds = digits2(text, 17);
  const ms = digits2(text, 20) * 10 + digit(text, 22);
  // A field with a non-digit is negative.
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || ms < 0) return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
    return undefined;
  }
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hours * 60 + minutes) * 60 + seconds) * 1000 +
    ms
  );
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
 * `days_from_civil`): years counted from March, so that leap days come last.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Whether `YYYY-MM-DDTHH:mm:ss.sssZ`'s separators are in place. */
function separatorsAt(text: string): boolean {
  return (
    text.charCodeAt(4) === 45 && // -
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(10) === 84 && // T
    text.charCodeAt(13) === 58 && // :
    text.charCodeAt(16) === 58 &&
    text.charCodeAt(19) === 46 && // .
    text.charCodeAt(23) === 90 // Z
  );
}

/** The number of the two decimal digits at `at`; below -1000 if one is not a digit. */
function digits2(text: string, at: number): number {
  return digit(text, at) * 10 + digit(text, at + 1);
}

/** The decimal digit at `at`, or -10000 for another character. */
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : -10_000;
}
