import { describe, expect, test } from 'vitest';
import { createSpellChecker, proseOf } from '../../tools/lib/spelling.ts';

const checker = createSpellChecker(['EUROMED', 'რეადმისია']);
const page = (body: string, title = 'A page') => `---\ntitle: ${title}\nsummary: A summary.\ntype: page\n---\n\n${body}\n`;

describe('spelling', () => {
  test('catches the typos in the client’s Georgian copy, with their lines', () => {
    const source = page('ევროკავშირსა და საქართველოს შორის.\n\nევროკავშრის ტერიტორიაზე, შედეგზე ორინტრებული მიდგომა და ტექნიკური დამხმარების პაკეტი.');
    expect(checker.misspellings(source)).toEqual([
      { word: 'ევროკავშრის', line: 9, locale: 'ka' },
      { word: 'ორინტრებული', line: 9, locale: 'ka' },
      { word: 'დამხმარების', line: 9, locale: 'ka' },
    ]);
  });

  test('accepts correct Georgian and British English', () => {
    expect(checker.misspellings(page('მიგრაციის პოლიტიკის განვითარების საერთაშორისო ცენტრი.'))).toEqual([]);
    expect(checker.misspellings(page('The programme’s centre organised labour migration.'))).toEqual([]);
  });

  test('the project word list, acronyms, addresses and link targets are not spelling', () => {
    expect(checker.misspellings(page('EUROMED and ICMPD on რეადმისია: see [eu-nato.gov.ge](http://eu-nato.gov.ge/en/xyzzy) or https://example.org/qwxz.'))).toEqual([]);
  });

  test('reads the frontmatter a reader sees, not field names or addresses', () => {
    expect(proseOf('---\ntitle: Titel\nsummary: Ok\ntype: programme\nsource:\n  url: http://qwxz.example\n---\nBody')).toBe('Titel\nOk\n\nBody');
    expect(checker.misspellings(page('Fine text.', 'Teh title'))).toEqual([{ word: 'Teh', line: 2, locale: 'en' }]);
  });

  test('a language without a dictionary is skipped, and the checker says so', () => {
    const three = createSpellChecker(['EUROMED'], ['ka', 'en', 'ru']);
    expect(three.unchecked).toEqual([{ locale: 'ru', why: 'no Russian Hunspell dictionary (e.g. dictionary-ru) is installed' }]);
    // Cyrillic is not checked (not even a made-up word); Georgian and Latin words on the same page still are.
    expect(three.misspellings(page('Программы сотрудничества ЕС фывапр. The programme centre. Teh ევროკავშრის.'))).toEqual([
      { word: 'Teh', line: 7, locale: 'en' },
      { word: 'ევროკავშრის', line: 7, locale: 'ka' },
    ]);
    expect(checker.unchecked).toEqual([]);
  });

  test('a glossary term’s related terms, source page and stems are slugs and stems, not prose; its forms are prose', () => {
    const term = '---\ntitle: Readmission\nsummary: Fine summary.\ntype: term\ndefinition: Teh return.\nforms:\n  - readmissionz\nrelated:\n  - euromed-qwxz\nsource:\n  page: programmes/qwxz-yvv\nstems:\n  - რეადმისი\n---\nBody';
    expect(proseOf(term)).toBe('Readmission\nFine summary.\nTeh return.\nreadmissionz\n\nBody');
    expect(checker.misspellings(term).map((m) => m.word)).toEqual(['Teh', 'readmissionz']);
  });
});
