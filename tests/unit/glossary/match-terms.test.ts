import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  compileTerm,
  createPageLinker,
  findFirstOccurrences,
  findTermsInText,
  splitAtMatches,
  termSpecProblem,
  type TermSpec,
} from '../../../src/page-types/term/match-terms.ts';
import { glossaryTerms } from './glossary-files.ts';

/** The terms as literal data, so these tests do not depend on the content files. */
const KA: TermSpec[] = [
  { slug: 'readmission', title: 'რეადმისია' },
  { slug: 'reintegration', title: 'რეინტეგრაცია' },
  { slug: 'diaspora', title: 'დიასპორა' },
  { slug: 'circular-migration', title: 'ცირკულარული მიგრაცია' },
  { slug: 'labour-migration', title: 'შრომითი მიგრაცია', forms: ['მიგრაცია დასაქმების მიზნით'] },
  { slug: 'document-security', title: 'დოკუმენტების უსაფრთხოება' },
  { slug: 'civil-society', title: 'სამოქალაქო საზოგადოება' },
  { slug: 'international-protection', title: 'საერთაშორისო დაცვა' },
  { slug: 'legal-migration', title: 'ლეგალური მიგრაცია' },
  { slug: 'irregular-migration', title: 'არარეგულარული მიგრაცია', forms: ['არალეგალური მიგრაცია'] },
  { slug: 'mobility-partnership', title: 'პარტნიორობა მობილურობისთვის' },
  { slug: 'european-neighbourhood-instrument', title: 'ევროპის სამეზობლო ინსტრუმენტი' },
];
const EN: TermSpec[] = [
  { slug: 'readmission', title: 'Readmission' },
  { slug: 'reintegration', title: 'Reintegration' },
  { slug: 'diaspora', title: 'Diaspora' },
  { slug: 'circular-migration', title: 'Circular migration' },
  { slug: 'mobility-partnership', title: 'Mobility partnership' },
  { slug: 'civil-society', title: 'Civil society' },
  { slug: 'legal-migration', title: 'Legal migration' },
  { slug: 'irregular-migration', title: 'Irregular migration', forms: ['illegal migration'] },
  { slug: 'labour-migration', title: 'Labour migration', forms: ['migration for employment'] },
];
const ka = KA.map(compileTerm);
const en = EN.map(compileTerm);

/** What links in a text: each match as "slug: text as written". */
const links = (text: string, terms = ka) => findTermsInText(text, terms).map((m) => `${m.slug}: ${m.text}`);

describe('Georgian: any inflected form links', () => {
  test.each([
    ['რეადმისია', 'readmission'],
    ['რეადმისიის', 'readmission'],
    ['რეადმისიისა', 'readmission'],
    ['რეადმისიას', 'readmission'],
    ['რეადმისიამ', 'readmission'],
    ['რეადმისიით', 'readmission'],
    ['რეადმისიად', 'readmission'],
    ['რეადმისიაზე', 'readmission'],
    ['რეადმისიაში', 'readmission'],
    ['რეადმისიისთვის', 'readmission'],
    ['რეადმისიისათვის', 'readmission'],
    ['რეადმისიასთან', 'readmission'],
    ['რეადმისიაც', 'readmission'],
    ['რეინტეგრაციის', 'reintegration'],
    ['რეინტეგრაციაზე', 'reintegration'],
    ['დიასპორასთან', 'diaspora'],
    ['დიასპორის', 'diaspora'],
    ['დიასპორაში', 'diaspora'],
    ['დიასპორებს', 'diaspora'],
    ['დიასპორების', 'diaspora'],
    ['დიასპორისთვის', 'diaspora'],
    ['ცირკულარული მიგრაცია', 'circular-migration'],
    ['ცირკულარულ მიგრაციას', 'circular-migration'],
    ['ცირკულარული მიგრაციის', 'circular-migration'],
    ['ცირკულარულმა მიგრაციამ', 'circular-migration'],
    ['ცირკულარული მიგრაციით', 'circular-migration'],
    ['ცირკულარული მიგრაციისთვის', 'circular-migration'],
    ['ცირკულარულ მიგრაციაზე', 'circular-migration'],
    ['შრომითი მიგრაციის', 'labour-migration'],
    ['შრომით მიგრაციას', 'labour-migration'],
    ['მიგრაცია დასაქმების მიზნით', 'labour-migration'],
    ['დოკუმენტების უსაფრთხოების', 'document-security'],
    ['დოკუმენტების უსაფრთხოებაზე', 'document-security'],
    ['სამოქალაქო საზოგადოების', 'civil-society'],
    ['სამოქალაქო საზოგადოებასთან', 'civil-society'],
    ['სამოქალაქო საზოგადოებამ', 'civil-society'],
    ['საერთაშორისო დაცვის', 'international-protection'],
    ['საერთაშორისო დაცვაზე', 'international-protection'],
    ['საერთაშორისო დაცვას', 'international-protection'],
    ['ლეგალური მიგრაციის', 'legal-migration'],
    ['ლეგალურ მიგრაციას', 'legal-migration'],
    ['არალეგალური მიგრაციის', 'irregular-migration'],
    ['არარეგულარულ მიგრაციასთან', 'irregular-migration'],
    ['პარტნიორობა მობილურობისათვის', 'mobility-partnership'],
    ['პარტნიორობის მობილურობისთვის', 'mobility-partnership'],
    ['ევროპის სამეზობლო ინსტრუმენტის', 'european-neighbourhood-instrument'],
    ['ევროპის სამეზობლო ინსტრუმენტით', 'european-neighbourhood-instrument'],
  ])('%s → %s', (text, slug) => {
    expect(links(text)).toEqual([`${slug}: ${text}`]);
  });

  test('capitals in Mtavruli, a soft hyphen or a no-break space inside the term do not hide it', () => {
    expect(links('ᲠᲔᲐᲓᲛᲘᲡᲘᲐ')).toEqual(['readmission: ᲠᲔᲐᲓᲛᲘᲡᲘᲐ']);
    expect(links('რეად\u00adმისიის')).toEqual(['readmission: რეად\u00adმისიის']);
    expect(links('ცირკულარული\u00a0მიგრაციის')).toEqual(['circular-migration: ცირკულარული\u00a0მიგრაციის']);
  });

  test('the span is the term as written, inside punctuation, in UTF-16 offsets of the text', () => {
    const text = 'ეგრეთ წოდებული „ცირკულარული მიგრაციის“ საშუალებით';
    const [match] = findTermsInText(text, ka);
    expect(match).toEqual({ slug: 'circular-migration', segment: 0, start: 16, end: 37, text: 'ცირკულარული მიგრაციის' });
    expect(text.slice(match!.start, match!.end)).toBe('ცირკულარული მიგრაციის');
  });
});

describe('Georgian look-alikes do not link', () => {
  const house = [compileTerm({ slug: 'name', title: 'სახელი' })];

  test('სახლი and its forms do not reach a term სახელი, which keeps its vowel', () => {
    expect(links('სახლი', house)).toEqual([]);
    expect(links('სახლის', house)).toEqual([]);
    expect(links('სახლში', house)).toEqual([]);
    expect(links('სახლებს', house)).toEqual([]);
    // The term's own forms still link.
    expect(links('სახელის', house)).toEqual(['name: სახელის']);
    expect(links('სახელით', house)).toEqual(['name: სახელით']);
  });

  test('a term that does lose a vowel gives both stems, and then both link', () => {
    const country = [compileTerm({ slug: 'country', title: 'ქვეყანა', stems: ['ქვეყან ქვეყნ'] })];
    expect(links('ქვეყანაში ქვეყნის', country)).toEqual(['country: ქვეყანაში']);
    expect(links('ქვეყნიდან', country)).toEqual(['country: ქვეყნიდან']);
    expect(links('ქვეყნები', country)).toEqual(['country: ქვეყნები']);
    // Without the stems the stemmer's own stem (ქვეყან-) cannot reach the forms without the vowel.
    expect(links('ქვეყნის', [compileTerm({ slug: 'country', title: 'ქვეყანა' })])).toEqual([]);
  });

  test('a word that only shares the beginning of a term is not the term', () => {
    // ინტეგრაცია (integration) is not რეინტეგრაცია, მიგრანტი is not მიგრაცია, დიასპორული is an adjective.
    expect(links('ევროპულ და ევროატლანტიკურ სტრუქტურებში ინტეგრაციის საკითხებში')).toEqual([]);
    expect(links('მიგრანტთა გაერთიანებები')).toEqual([]);
    expect(links('დიასპორული ორგანიზაციები')).toEqual([]);
    expect(links('რეადმისიონერი')).toEqual([]);
  });

  test('one word of a multi-word term alone, or its words apart, do not link', () => {
    // "legally" and "work" from the Mobility Partnership text; labour markets are not labour migration.
    expect(links('ლეგალურად იმუშაონ')).toEqual([]);
    expect(links('შრომის ბაზრები')).toEqual([]);
    expect(links('მიგრაციის მართვა')).toEqual([]);
    expect(links('ცირკულარული, მიგრაცია')).toEqual([]);
    expect(links('ცირკულარული და მიგრაცია')).toEqual([]);
    expect(links('საერთაშორისო ცენტრის')).toEqual([]);
  });

  test('legal and irregular migration are told apart by their whole first word', () => {
    expect(links('ლეგალური მიგრაცია, არალეგალური მიგრაცია')).toEqual(['legal-migration: ლეგალური მიგრაცია', 'irregular-migration: არალეგალური მიგრაცია']);
  });
});

describe('English', () => {
  test.each([
    ['readmission', 'readmission', 'readmission'],
    ['Readmission', 'readmission', 'Readmission'],
    ['readmissions', 'readmission', 'readmissions'],
    ['the diaspora’s', 'diaspora', 'diaspora’s'],
    ['diasporas', 'diaspora', 'diasporas'],
    ['Circular migration', 'circular-migration', 'Circular migration'],
    ['CIRCULAR MIGRATION', 'circular-migration', 'CIRCULAR MIGRATION'],
    ['the EU–Georgia mobility partnerships', 'mobility-partnership', 'mobility partnerships'],
    ['The Mobility Partnership initiative', 'mobility-partnership', 'Mobility Partnership'],
    ['civil societies', 'civil-society', 'civil societies'],
    ['combating illegal migration', 'irregular-migration', 'illegal migration'],
    ['migration for employment', 'labour-migration', 'migration for employment'],
  ])('%s links %s', (text, slug, written) => {
    expect(links(text, en)).toEqual([`${slug}: ${written}`]);
  });

  test('a term inside a longer word, or a different word, does not link', () => {
    // "Integration" in the State Minister's title is not reintegration; admission is not readmission.
    expect(links('the Office of the State Minister of Georgia on European and Euro-Atlantic Integration', en)).toEqual([]);
    expect(links('admission to the territory', en)).toEqual([]);
    expect(links('nonreadmission', en)).toEqual([]);
    expect(links('diasporic networks', en)).toEqual([]);
    expect(links('civil societal change', en)).toEqual([]);
    expect(links('partnership for mobility', en)).toEqual([]);
  });

  test('illegal migration links irregular migration, and does not also link legal migration inside it', () => {
    expect(links('combating illegal migration and promoting legal migration', en)).toEqual([
      'irregular-migration: illegal migration',
      'legal-migration: legal migration',
    ]);
  });
});

describe('first occurrence only, where linking is allowed', () => {
  test('each term links once, at its first occurrence', () => {
    expect(links('რეადმისია და რეადმისიის შემდეგ რეინტეგრაცია, შემდეგ კვლავ რეადმისიაზე')).toEqual(['readmission: რეადმისია', 'reintegration: რეინტეგრაცია']);
  });

  test('headings, links and code are passed over: the first linkable occurrence is used', () => {
    const matches = findFirstOccurrences(
      [
        { text: 'რეადმისია', linkable: false }, // a heading
        { text: 'ნახეთ რეადმისიის შესახებ', linkable: false }, // an existing link's text
        { text: 'ეს არის რეადმისიისთვის საჭირო', linkable: true },
      ],
      ka,
    );
    expect(matches).toEqual([{ slug: 'readmission', segment: 2, start: 8, end: 22, text: 'რეადმისიისთვის' }]);
  });

  test('a term is not linked on its own page, nor where the page opts out', () => {
    const text = 'რეადმისია და რეინტეგრაცია';
    expect(findTermsInText(text, ka, { skip: new Set(['readmission']) }).map((m) => m.slug)).toEqual(['reintegration']);
    expect(findTermsInText(text, ka, { skip: new Set(['readmission', 'reintegration']) })).toEqual([]);
  });

  test('overlapping terms: the one starting first wins; starting together, the longer', () => {
    const terms = [compileTerm({ slug: 'migration', title: 'migration' }), compileTerm({ slug: 'circular-migration', title: 'circular migration' })];
    expect(links('circular migration and migration', terms)).toEqual(['circular-migration: circular migration', 'migration: migration']);
    const nested = [compileTerm({ slug: 'short', title: 'legal' }), compileTerm({ slug: 'long', title: 'legal migration' })];
    expect(links('legal migration, legal', nested)).toEqual(['long: legal migration', 'short: legal']);
  });
});

describe('term specs', () => {
  test('stems must give one entry per word', () => {
    expect(termSpecProblem({ slug: 'x', title: 'ცირკულარული მიგრაცია', stems: ['ცირკულარულ'] })).toBe(
      'stems gives 1 entries for the 2 words of "ცირკულარული მიგრაცია": give one entry per word, its stems separated by spaces',
    );
    expect(() => compileTerm({ slug: 'x', title: '„“' })).toThrow('the term "„“" has no words to look for');
    expect(termSpecProblem({ slug: 'x', title: 'რეადმისია', forms: ['—'] })).toBe('the form "—" has no words to look for');
  });
});

describe('the programme pages, with the glossary files', () => {
  /** The body of a programme page, one segment per paragraph. */
  const paragraphs = (lang: string, page: string) =>
    readFileSync(`content/${lang}/programmes/${page}.mdx`, 'utf8')
      .split(/^---\s*$/m)
      .slice(2)
      .join('---')
      .split(/\n\s*\n/)
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ text, linkable: true }));
  const found = (lang: 'ka' | 'en', page: string) =>
    findFirstOccurrences(paragraphs(lang, page), glossaryTerms(lang).map((term) => compileTerm(term))).map((m) => `${m.slug} ¶${String(m.segment + 1)}: ${m.text}`);

  test('Mobility Partnership, Georgian', () => {
    expect(found('ka', 'mobility-partnership')).toEqual([
      'circular-migration ¶1: ცირკულარული მიგრაცია',
      'mobility-partnership ¶1: პარტნიორობა მობილურობისათვის',
      'legal-migration ¶1: ლეგალური მიგრაციის',
      'irregular-migration ¶1: არალეგალური მიგრაციის',
      'diaspora ¶1: დიასპორის',
      'labour-migration ¶2: მიგრაცია დასაქმების მიზნით',
      'readmission ¶2: რეადმისია',
      'reintegration ¶2: რეინტეგრაცია',
      'document-security ¶2: დოკუმენტების უსაფრთხოება',
    ]);
  });

  test('EUROMED Migration IV, Georgian', () => {
    expect(found('ka', 'euromed-migration-iv')).toEqual([
      'european-neighbourhood-instrument ¶1: ევროპის სამეზობლო ინსტრუმენტის',
      'international-protection ¶1: საერთაშორისო დაცვის',
      'legal-migration ¶2: ლეგალური მიგრაცია',
      'irregular-migration ¶2: არალეგალური მიგრაცია',
      'civil-society ¶3: სამოქალაქო საზოგადოების',
    ]);
  });

  test('Mobility Partnership, English', () => {
    expect(found('en', 'mobility-partnership')).toEqual([
      'circular-migration ¶1: circular migration',
      'mobility-partnership ¶1: mobility partnerships',
      'legal-migration ¶1: legal migration',
      'irregular-migration ¶1: illegal migration',
      'diaspora ¶1: diaspora',
      'labour-migration ¶2: migration for employment',
      'readmission ¶2: readmission',
      'reintegration ¶2: reintegration',
      'document-security ¶2: document security',
    ]);
  });

  test('EUROMED Migration IV, English', () => {
    expect(found('en', 'euromed-migration-iv')).toEqual([
      'european-neighbourhood-instrument ¶1: European Neighbourhood Instrument',
      'international-protection ¶1: international protection',
      'legal-migration ¶2: legal migration',
      'irregular-migration ¶2: irregular migration',
      'civil-society ¶3: civil society',
    ]);
  });
});

describe('for the build plugin, one text node at a time', () => {
  test('splitAtMatches cuts the text into plain runs and term runs', () => {
    const text = 'ეს სქემა მოიცავს რეადმისიას და რეინტეგრაციას.';
    expect(splitAtMatches(text, findTermsInText(text, ka))).toEqual([
      { text: 'ეს სქემა მოიცავს ' },
      { text: 'რეადმისიას', slug: 'readmission' },
      { text: ' და ' },
      { text: 'რეინტეგრაციას', slug: 'reintegration' },
      { text: '.' },
    ]);
    expect(splitAtMatches('რეადმისია', [{ slug: 'readmission', start: 0, end: 9 }])).toEqual([{ text: 'რეადმისია', slug: 'readmission' }]);
    expect(splitAtMatches('სხვა ტექსტი', [])).toEqual([{ text: 'სხვა ტექსტი' }]);
    expect(splitAtMatches('', [])).toEqual([{ text: '' }]);
  });

  test('the page linker links each term once across nodes, passing over nodes that may not be linked', () => {
    const linker = createPageLinker(ka, { skip: new Set(['diaspora']) });
    expect(linker.runs('რეადმისია', false)).toEqual([{ text: 'რეადმისია' }]);
    expect(linker.runs('დიასპორასთან და რეადმისიაზე', true)).toEqual([{ text: 'დიასპორასთან და ' }, { text: 'რეადმისიაზე', slug: 'readmission' }]);
    expect(linker.runs('კვლავ რეადმისიის და რეინტეგრაციის', true)).toEqual([{ text: 'კვლავ რეადმისიის და ' }, { text: 'რეინტეგრაციის', slug: 'reintegration' }]);
    expect(linker.runs('რეინტეგრაცია', true)).toEqual([{ text: 'რეინტეგრაცია' }]);
    expect(linker.linked()).toEqual(['readmission', 'reintegration']);
  });
});

describe('the glossary files: more forms a reader meets', () => {
  const terms = glossaryTerms('ka').map((term) => compileTerm(term));
  test.each([
    ['დიასპორებთან', 'diaspora'],
    ['დიასპორათა', 'diaspora'],
    ['დიასპორიდან', 'diaspora'],
    ['რეადმისიებს', 'readmission'],
    ['რეადმისიამდე', 'readmission'],
    ['რეადმისიისავე', 'readmission'],
    ['რეინტეგრაციისადმი', 'reintegration'],
    ['პარტნიორობას მობილურობისთვის', 'mobility-partnership'],
    ['მობილურობის პარტნიორობის', 'mobility-partnership'],
    ['ევროპის სამეზობლო ინსტრუმენტში', 'european-neighbourhood-instrument'],
    ['სამოქალაქო საზოგადოებაში', 'civil-society'],
    ['საერთაშორისო დაცვისთვის', 'international-protection'],
    ['ლეგალურმა მიგრაციამ', 'legal-migration'],
    ['რეგულარული მიგრაციის', 'legal-migration'],
    ['კანონიერი მიგრაციით', 'legal-migration'],
    ['არალეგალურ მიგრაციასთან', 'irregular-migration'],
    ['ცირკულარული მიგრაციაც', 'circular-migration'],
    ['შრომითმა მიგრაციამ', 'labour-migration'],
    ['დოკუმენტების უსაფრთხოებისთვის', 'document-security'],
  ])('%s → %s', (text, slug) => {
    expect(findTermsInText(text, terms).map((m) => `${m.slug}: ${m.text}`)).toEqual([`${slug}: ${text}`]);
  });

  test.each(['შრომითი მიგრანტები', 'საზოგადოება', 'მიგრაცია', 'ლეგალური', 'დაცვა', 'სამოქალაქო აქტივობა', 'საერთაშორისო ორგანიზაცია', 'ევროპის კავშირი'])(
    '%s: only part of a term, or a neighbour of one, links nothing',
    (text) => {
      expect(findTermsInText(text, terms)).toEqual([]);
    },
  );
});
