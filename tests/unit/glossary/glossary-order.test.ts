import { describe, expect, test } from 'vitest';
import { groupByLetter, sortByTitle } from '../../../src/page-types/term/glossary-order.ts';
import { glossaryFiles } from './glossary-files.ts';

/** The 33 letters of the modern Georgian alphabet, in order. */
const ALPHABET = 'ა ბ გ დ ე ვ ზ თ ი კ ლ მ ნ ო პ ჟ რ ს ტ უ ფ ქ ღ ყ შ ჩ ც ძ წ ჭ ხ ჯ ჰ'.split(' ');
const title = (item: string) => item;

describe('Georgian order', () => {
  test('the collator sorts the 33 letters in the alphabet’s order, from any starting order', () => {
    expect(ALPHABET).toHaveLength(33);
    const shuffled = [...ALPHABET.slice(17), ...ALPHABET.slice(0, 17)].reverse();
    expect(sortByTitle(shuffled, 'ka', title)).toEqual(ALPHABET);
  });

  test('words sort letter by letter, a shorter word before its longer forms', () => {
    const words = ['ჰაერი', 'ცირკულარული მიგრაცია', 'დიასპორა', 'რეინტეგრაცია', 'რეადმისია', 'ევროპის სამეზობლო ინსტრუმენტი', 'ჯანდაცვა', 'ღია', 'ქალაქი', 'ბინა', 'ავტორი', 'ავი'];
    expect(sortByTitle(words, 'ka', title)).toEqual([
      'ავი',
      'ავტორი',
      'ბინა',
      'დიასპორა',
      'ევროპის სამეზობლო ინსტრუმენტი',
      'რეადმისია',
      'რეინტეგრაცია',
      'ქალაქი',
      'ღია',
      'ცირკულარული მიგრაცია',
      'ჯანდაცვა',
      'ჰაერი',
    ]);
  });

  test('a title in Mtavruli capitals or behind a quotation mark sorts with its letter', () => {
    expect(sortByTitle(['რეინტეგრაცია', 'ᲠᲔᲐᲓᲛᲘᲡᲘᲐ', '„დიასპორა“'], 'ka', title)).toEqual(['„დიასპორა“', 'ᲠᲔᲐᲓᲛᲘᲡᲘᲐ', 'რეინტეგრაცია']);
  });

  test('grouped by first letter, in order, with Georgian letters as written (no capitals)', () => {
    const groups = groupByLetter(['რეინტეგრაცია', 'დიასპორა', 'რეადმისია', 'ᲨᲠᲝᲛᲘᲗᲘ ᲛᲘᲒᲠᲐᲪᲘᲐ', 'ცირკულარული მიგრაცია'], 'ka', title);
    expect(groups).toEqual([
      { letter: 'დ', id: 'letter-დ', items: ['დიასპორა'] },
      { letter: 'რ', id: 'letter-რ', items: ['რეადმისია', 'რეინტეგრაცია'] },
      { letter: 'შ', id: 'letter-შ', items: ['ᲨᲠᲝᲛᲘᲗᲘ ᲛᲘᲒᲠᲐᲪᲘᲐ'] },
      { letter: 'ც', id: 'letter-ც', items: ['ცირკულარული მიგრაცია'] },
    ]);
  });
});

describe('English order', () => {
  test('case-insensitive alphabetical order, grouped under capital letters', () => {
    const terms = ['readmission', 'Civil society', 'circular migration', 'European Neighbourhood Instrument', 'diaspora', 'Document security', 'reintegration'];
    expect(groupByLetter(terms, 'en', title)).toEqual([
      { letter: 'C', id: 'letter-c', items: ['circular migration', 'Civil society'] },
      { letter: 'D', id: 'letter-d', items: ['diaspora', 'Document security'] },
      { letter: 'E', id: 'letter-e', items: ['European Neighbourhood Instrument'] },
      { letter: 'R', id: 'letter-r', items: ['readmission', 'reintegration'] },
    ]);
  });

  test('items of any shape, by the title the caller gives; the input is not changed', () => {
    const items = [{ slug: 'b', name: 'Beta' }, { slug: 'a', name: 'alpha' }];
    expect(sortByTitle(items, 'en', (item) => item.name).map((item) => item.slug)).toEqual(['a', 'b']);
    expect(items.map((item) => item.slug)).toEqual(['b', 'a']);
  });
});

describe('the glossary files, as the list pages will show them', () => {
  const letters = (lang: 'ka' | 'en') =>
    groupByLetter(
      glossaryFiles(lang).map((file) => file.data['title'] as string),
      lang,
      (item) => item,
    ).map((group) => `${group.letter}: ${group.items.join(', ')}`);

  test('Georgian', () => {
    expect(letters('ka')).toEqual([
      'ა: არარეგულარული მიგრაცია',
      'დ: დიასპორა, დოკუმენტების უსაფრთხოება',
      'ე: ევროპის სამეზობლო ინსტრუმენტი',
      'ლ: ლეგალური მიგრაცია',
      'პ: პარტნიორობა მობილურობისთვის',
      'რ: რეადმისია, რეინტეგრაცია',
      'ს: საერთაშორისო დაცვა, სამოქალაქო საზოგადოება',
      'შ: შრომითი მიგრაცია',
      'ც: ცირკულარული მიგრაცია',
    ]);
  });

  test('English', () => {
    expect(letters('en')).toEqual([
      'C: Circular migration, Civil society',
      'D: Diaspora, Document security',
      'E: European Neighbourhood Instrument',
      'I: International protection, Irregular migration',
      'L: Labour migration, Legal migration',
      'M: Mobility partnership',
      'R: Readmission, Reintegration',
    ]);
  });
});
