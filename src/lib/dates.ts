/**
 * Dates as editors write them and readers see them. Editors may give a year
 * ('2016'), a month ('2016-03') or a day ('2010-02-16'); we show only the
 * precision they gave, so a year is never printed as "1 January".
 */
import { locales, type Locale } from './locales.ts';

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The original string, for `<time datetime>`. */
  iso: string;
  precision: DatePrecision;
  /** Midnight UTC of the first day the value covers. */
  date: Date;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; returns undefined for anything else, including 2019-02-30. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2019-02-30 over to March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { iso: value.trim(), precision, date };
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * '16 მაისი 2007' / '16 May 2007'. CLDR puts a comma before the year in
 * Georgian ('16 მაისი, 2007'); Georgian print style and the site's copy
 * write the date without it, so the parts are joined with plain spaces.
 */
export function formatDate(value: PartialDate | Date, locale: Locale): string {
  const { date, precision } = value instanceof Date ? { date: value, precision: 'day' as const } : value;
  const formatter = new Intl.DateTimeFormat(locales[locale].intl, { ...OPTIONS[precision], timeZone: 'UTC' });
  return formatter
    .formatToParts(date)
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}
