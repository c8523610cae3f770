import { describe, expect, test } from 'vitest';
import { formatDate, parsePartialDate } from '../../src/lib/dates.ts';

const parse = (value: string) => {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`test date ${value} did not parse`);
  return parsed;
};

describe('formatDate', () => {
  test.each([
    ['2007-05-16', 'ka', '16 მაისი 2007'],
    ['2007-05-16', 'en', '16 May 2007'],
    ['2010-02-16', 'ka', '16 თებერვალი 2010'],
    ['2010-02-16', 'en', '16 February 2010'],
    ['2010-09-15', 'ka', '15 სექტემბერი 2010'],
    ['2012-01-30', 'ka', '30 იანვარი 2012'],
    ['2012-01-30', 'en', '30 January 2012'],
    ['2016-03', 'ka', 'მარტი 2016'],
    ['2016-03', 'en', 'March 2016'],
    ['2016', 'ka', '2016'],
    ['2019', 'en', '2019'],
  ] as const)('%s in %s is %s', (value, locale, expected) => {
    expect(formatDate(parse(value), locale)).toBe(expected);
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
