/**
 * Dates as editors write them and readers see them. Editors may give a year
 * ('2016'), a month ('2016-03') or a day ('2010-02-16'); we show only the
 * precision they gave, so a year is never printed as "1 January".
 */
import { locales, type DateContext, type DatePrecision, type Locale } from './locales.ts';

export type { DateContext, DatePrecision };

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

/**
 * One formatter per language and kind for the whole build: making an
 * Intl.DateTimeFormat costs far more than using one, and a site of thousands
 * of pages formats dates tens of thousands of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: Locale, kind: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const fields = kind === 'day' ? ({ day: 'numeric', month: 'long', year: 'numeric' } as const) : ({ month: 'long', year: 'numeric' } as const);
    formatter = new Intl.DateTimeFormat(locales[locale].intl, { ...fields, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * '2007 წლის 16 მაისი' / '16 May 2007', at the precision the editor gave.
 * Month names come from the platform's locale data (Intl); their order and
 * the words around them are each language's date style, in its profile
 * (src/lib/locales.ts).
 */
export function formatDate(value: PartialDate | Date, locale: Locale, context: DateContext = 'standalone'): string {
  const { date, precision } = value instanceof Date ? { date: value, precision: 'day' as const } : value;
  const parts = Object.fromEntries(dateFormatter(locale, 'day').formatToParts(date).map((part) => [part.type, part.value]));
  const alone = dateFormatter(locale, 'month').formatToParts(date);
  const monthAlone = alone.find((part) => part.type === 'month')?.value ?? '';
  return locales[locale].date[precision]({ day: parts['day'] ?? '', month: parts['month'] ?? '', monthAlone, year: parts['year'] ?? '' }, context);
}
