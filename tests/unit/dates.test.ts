import { describe, expect, test } from 'vitest';
import { formatDate, parsePartialDate } from '../../src/lib/dates.ts';

const parse = (value: string) => {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`test date ${value} did not parse`);
  return parsed;
};

describe('formatDate', () => {
  test.each([
    ['2007-05-16', 'ka', '2007 წლის 16 მაისი'],
    ['2007-05-16', 'en', '16 May 2007'],
    ['2010-02-16', 'ka', '2010 წლის 16 თებერვალი'],
    ['2010-02-16', 'en', '16 February 2010'],
    ['2010-09-15', 'ka', '2010 წლის 15 სექტემბერი'],
    ['2012-01-30', 'ka', '2012 წლის 30 იანვარი'],
    ['2012-01-30', 'en', '30 January 2012'],
    ['2009-11-01', 'ka', '2009 წლის 1 ნოემბერი'],
    ['2016-03', 'ka', '2016 წლის მარტი'],
    ['2010-02', 'ka', '2010 წლის თებერვალი'],
    ['2016-03', 'en', 'March 2016'],
    ['2016', 'ka', '2016 წელი'],
    ['2019', 'en', '2019'],
  ] as const)('%s in %s is %s', (value, locale, expected) => {
    expect(formatDate(parse(value), locale)).toBe(expected);
  });

  test.each([
    ['2016', 'ka', '2016'],
    ['2019', 'en', '2019'],
    ['2010-02', 'ka', '2010 წლის თებერვალი'],
    ['2007-05-16', 'ka', '2007 წლის 16 მაისი'],
  ] as const)('as an end of a period, %s in %s is %s', (value, locale, expected) => {
    expect(formatDate(parse(value), locale, 'range')).toBe(expected);
  });

  test('a Date in Georgian is in the official style, with no comma', () => {
    expect(formatDate(new Date('2026-11-22T10:00:00Z'), 'ka')).toBe('2026 წლის 22 ნოემბერი');
  });

  test('a Date is formatted to the day, in UTC whatever the machine’s zone', () => {
    expect(formatDate(new Date('2010-02-16T23:30:00Z'), 'en')).toBe('16 February 2010');
  });
});

describe('parsePartialDate', () => {
  test('keeps the precision the editor gave', () => {
    expect(parse('2016').precision).toBe('year');
    expect(parse('2016-03').precision).toBe('month');
    expect(parse('2016-03-01').precision).toBe('day');
  });

  test.each(['', '16.05.2007', '2007/05/16', '2019-02-30', '2019-13', '2019-00-10', '07-05-16', '2007-5-16', 'soon'])(
    'rejects %j',
    (value) => expect(parsePartialDate(value)).toBeUndefined(),
  );
});
