import { describe, expect, test } from 'vitest';
import { splitLangRuns } from '../../src/lib/lang-runs.ts';

const marked = (text: string, locale: 'ka' | 'en') =>
  splitLangRuns(text, locale)
    .filter((run) => run.lang)
    .map((run) => `${run.lang}:${run.text}`);

describe('splitLangRuns', () => {
  test('marks English names inside Georgian text as one run each', () => {
    expect(marked('პროექტის EUROMED Migration IV მიზანია', 'ka')).toEqual(['en:EUROMED Migration IV']);
    expect(marked('ცენტრის (ICMPD) მიერ', 'ka')).toEqual(['en:ICMPD']);
    expect(marked('EUROMED Migration-ის ოფიციალური საიტი', 'ka')).toEqual(['en:EUROMED Migration']);
  });

  test('marks Georgian inside English text', () => {
    expect(marked('The word მიგრაცია means migration', 'en')).toEqual(['ka:მიგრაცია']);
    expect(marked('ᲛᲘᲒᲠᲐᲪᲘᲐ in capitals', 'en')).toEqual(['ka:ᲛᲘᲒᲠᲐᲪᲘᲐ']);
  });

  test('leaves roman numerals, digits and punctuation in the page language', () => {
    expect(marked('ქვეყნებს შორის IV (2004–2015 წწ.)', 'ka')).toEqual([]);
  });

  test('text in the page’s own script is one unmarked run', () => {
    expect(splitLangRuns('Mobility Partnership', 'en')).toEqual([{ text: 'Mobility Partnership' }]);
  });

  test('the runs put back together are the original text', () => {
    const text = 'ევროკავშირის (EU) და ICMPD-ის პროექტი, http://www.euromed-migration.eu/';
    expect(
      splitLangRuns(text, 'ka')
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
