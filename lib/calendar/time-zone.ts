/**
 * Wall-clock arithmetic in an IANA time zone through `Intl`, so no offset is hard-coded:
 * Asia/Shanghai has had a fixed +08:00 since 1991, but a calendar may name any zone.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A local calendar date. */
export interface LocalDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError when `timeZone` is not a zone `Intl` knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function offsetMs(timeZone: string, epochMs: number): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(wholeSecond))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 0,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return wall - wholeSecond;
}

/** The local date of an instant in the zone (e.g. for the record-number year, §0.3). */
export function localDateOf(timeZone: string, at: Date): LocalDate {
  const wall = new Date(at.getTime() + offsetMs(timeZone, at.getTime()));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant at which the zone's wall clock shows `minuteOfDay` (0–1440) on `date`. */
export function instantAt(timeZone: string, date: LocalDate, minuteOfDay: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MS_PER_MINUTE;
  const firstGuess = wall - offsetMs(timeZone, wall);
  // A second pass corrects the guess when an offset change lies between wall and the guess.
  return wall - offsetMs(timeZone, firstGuess);
}

/** The next local date. */
export function nextDate(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day) + MS_PER_DAY);
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Orders local dates: negative when `a` is before `b`. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** Day of the week of a local date, 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** `YYYY-MM-DD`. */
export function formatDate(date: LocalDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real date. */
export function parseDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCMonth() + 1 !== date.month || check.getUTCDate() !== date.day) return undefined;
  return date;
}

/**
 * ISO 8601 with the zone's offset at that instant, e.g. `2026-10-10T16:00:00+08:00`
 * (§0.4: instants are stored in UTC and returned with the calendar's offset).
 */
export function formatInstant(timeZone: string, at: Date): string {
  const offset = offsetMs(timeZone, at.getTime());
  const wall = new Date(at.getTime() + offset);
  const sign = offset < 0 ? '-' : '+';
  const offsetMinutes = Math.abs(offset) / MS_PER_MINUTE;
  const millis = wall.getUTCMilliseconds();
  return (
    `${formatDate({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() })}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    (millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`) +
    `${sign}${pad(Math.floor(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
