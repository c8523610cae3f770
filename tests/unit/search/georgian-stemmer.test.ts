import { describe, expect, test } from 'vitest';
import { MIN_STEM, georgianStems, privativeForms, verbNounPrefixes } from '../../../src/lib/search/georgian-stemmer.ts';

/**
 * Each row: word forms of one noun, and the stem every form must share. The
 * first stem returned for a form must be a prefix of the dictionary form or
 * of the form itself, so that prefix search finds both.
 */
const PARADIGMS: Array<[string, string[]]> = [
  // a-stems: final ა drops in the genitive, instrumental and adverbial
  ['მიგრაცი', ['მიგრაცია', 'მიგრაციამ', 'მიგრაციას', 'მიგრაციის', 'მიგრაციით', 'მიგრაციად', 'მიგრაციაში', 'მიგრაციაზე', 'მიგრაციისთვის', 'მიგრაციისათვის', 'მიგრაციასთან', 'მიგრაციიდან', 'მიგრაციამდე', 'მიგრაციები', 'მიგრაციების', 'მიგრაციაც']],
  ['დიასპორ', ['დიასპორა', 'დიასპორის', 'დიასპორაში', 'დიასპორასთან', 'დიასპორისთვის', 'დიასპორები', 'დიასპორებთან']],
  ['პარტნიორობ', ['პარტნიორობა', 'პარტნიორობის', 'პარტნიორობისთვის', 'პარტნიორობისათვის', 'პარტნიორობაში', 'პარტნიორობით']],
  ['შრომ', ['შრომა', 'შრომის', 'შრომით', 'შრომაზე', 'შრომისთვის']],
  ['ინიციატივ', ['ინიციატივა', 'ინიციატივის', 'ინიციატივით', 'ინიციატივები', 'ინიციატივების', 'ინიციატივებისთვის']],
  ['პლატფორმ', ['პლატფორმა', 'პლატფორმის', 'პლატფორმაზე', 'პლატფორმებზე']],
  ['ვიზ', ['ვიზა', 'ვიზის', 'ვიზით', 'ვიზისთვის']],
  ['ოჯახ', ['ოჯახი', 'ოჯახის', 'ოჯახისთვის', 'ოჯახისთვისაც', 'ოჯახებთან', 'ოჯახებიც']],
  ['ბავშვ', ['ბავშვი', 'ბავშვები', 'ბავშვებთან', 'ბავშვებთანაც', 'ბავშვისთვის']],
  ['ჯანდაცვ', ['ჯანდაცვა', 'ჯანდაცვის', 'ჯანდაცვით', 'ჯანდაცვაზე']],
  ['კვლევ', ['კვლევა', 'კვლევის', 'კვლევით', 'კვლევები', 'კვლევებში']],
  ['უცხოეთ', ['უცხოეთი', 'უცხოეთში', 'უცხოეთიდან', 'უცხოეთის']],
  ['გერმანეთ', ['გერმანეთი', 'გერმანეთში', 'გერმანეთთან', 'გერმანეთიდან']],
  ['ნორმ', ['ნორმა', 'ნორმის', 'ნორმები', 'ნორმებით']],
  ['პრეს', ['პრესა', 'პრესის', 'პრესაში']],
  // consonant stems
  ['ევროკავშირ', ['ევროკავშირი', 'ევროკავშირს', 'ევროკავშირის', 'ევროკავშირით', 'ევროკავშირად', 'ევროკავშირში', 'ევროკავშირთან', 'ევროკავშირზე', 'ევროკავშირისთვის', 'ევროკავშირიდან', 'ევროკავშირამდე', 'ევროკავშირიც']],
  ['მიგრანტ', ['მიგრანტი', 'მიგრანტის', 'მიგრანტები', 'მიგრანტებს', 'მიგრანტების', 'მიგრანტებისთვის', 'მიგრანტთა', 'მიგრანტებთან']],
  ['რეგიონ', ['რეგიონი', 'რეგიონის', 'რეგიონში', 'რეგიონები', 'რეგიონებში', 'რეგიონიდან']],
  ['ბრიუსელ', ['ბრიუსელი', 'ბრიუსელში', 'ბრიუსელის', 'ბრიუსელიდან', 'ბრიუსელთან']],
  ['დოკუმენტ', ['დოკუმენტი', 'დოკუმენტის', 'დოკუმენტები', 'დოკუმენტების', 'დოკუმენტებით']],
  ['ლტოლვილ', ['ლტოლვილი', 'ლტოლვილის', 'ლტოლვილები', 'ლტოლვილთა', 'ლტოლვილებისთვის']],
  ['უფლებ', ['უფლება', 'უფლების', 'უფლებები', 'უფლებებს', 'უფლებების', 'უფლებათა']],
  ['ორგანიზაცი', ['ორგანიზაცია', 'ორგანიზაციის', 'ორგანიზაციები', 'ორგანიზაციებთან']],
  // o- and u-stems keep their vowel
  ['საქართველო', ['საქართველო', 'საქართველომ', 'საქართველოს', 'საქართველოთი', 'საქართველოდ', 'საქართველოში', 'საქართველოსთან', 'საქართველოდან', 'საქართველომდე', 'საქართველოსთვის', 'საქართველოსაც']],
  ['ბიურო', ['ბიურო', 'ბიუროს', 'ბიუროში', 'ბიუროდან']],
];

describe('georgianStems: every form of a noun shares a searchable prefix', () => {
  for (const [stem, forms] of PARADIGMS) {
    test.each(forms)(`%s → ${stem}…`, (form) => {
      const stems = georgianStems(form);
      // The first stem is exactly the shared stem: a prefix of every form, and no shorter than it needs to be.
      expect(stems[0], `${form} → ${stems.join(', ')}`).toBe(stem);
      expect(stems.every((candidate) => candidate.length >= MIN_STEM)).toBe(true);
    });
  }
});

describe('endings that can be read two ways offer both readings', () => {
  test.each([
    ['ევროკავშირმა', 'ევროკავშირ'], // ergative, not a nominative like ნორმა
    ['ევროკავშირსა', 'ევროკავშირ'], // dative, not a nominative like პრესა
    ['ვიზები', 'ვიზ'], // a short plural stem: ვიზებ and ვიზ
    ['ვიზებზე', 'ვიზ'],
  ])('%s is also searched as %s', (form, stem) => expect(georgianStems(form)).toContain(stem));
});

describe('vowel loss (syncope)', () => {
  test.each([
    ['ქვეყანა', ['ქვეყან', 'ქვეყნ']],
    ['ქვეყნის', ['ქვეყნ', 'ქვეყან']],
    ['ქვეყნებს', ['ქვეყნ', 'ქვეყან']],
    ['ქვეყნებისთვის', ['ქვეყნ', 'ქვეყან']],
    ['ქვეყანაში', ['ქვეყან', 'ქვეყნ']],
    ['წყალი', ['წყალ', 'წყლ']],
    ['წყლის', ['წყლ', 'წყალ']],
    ['ფანჯარა', ['ფანჯარ', 'ფანჯრ']],
    ['ფანჯრები', ['ფანჯრ', 'ფანჯარ']],
    ['მეგობარი', ['მეგობარ', 'მეგობრ']],
    ['მეგობრის', ['მეგობრ', 'მეგობარ']],
    ['საზღვარი', ['საზღვარ', 'საზღვრ']],
    ['საზღვრებზე', ['საზღვრ', 'საზღვარ']],
  ])('%s is searched as %j', (word, expected) => {
    expect(georgianStems(word)).toEqual(expect.arrayContaining(expected));
    expect(georgianStems(word)[0]).toBe(expected[0]);
  });

  test('words that keep their vowel still get their own stem first', () => {
    expect(georgianStems('თვალის')[0]).toBe('თვალ');
    expect(georgianStems('სახელი')[0]).toBe('სახელ');
  });

  test('a verbal noun in -ვა also reaches the root its verb shares (დაკარგვა → დაკარგ-, as in დაკარგული)', () => {
    expect(georgianStems('დაკარგვა')).toEqual(['დაკარგვ', 'დაკარგ']);
    expect(georgianStems('მიმართვის')).toEqual(['მიმართვ', 'მიმართ']);
    // Never to fewer than four letters.
    expect(georgianStems('ზღვა')).toEqual(['ზღვ']);
    expect(georgianStems('ლოცვა')).toEqual(['ლოცვ']);
  });
});

describe('guards', () => {
  test.each([
    ['პრობლემა', 'პრობლემ'], // -მა is not an ergative after a vowel
    ['პრობლემის', 'პრობლემ'],
    ['რეგიონი', 'რეგიონ'], // -ნი is not the old plural after a vowel
    ['კომპონენტი', 'კომპონენტ'],
    ['ფაზა', 'ფაზ'],
  ])('%s → %s', (word, stem) => expect(georgianStems(word)[0]).toBe(stem));

  test.each(['და', 'ის', 'ან', 'ეს', 'ორი', 'ჩვენ'])('short word %s is left alone or kept at 3+ letters', (word) => {
    for (const stem of georgianStems(word)) expect(stem.length).toBeGreaterThanOrEqual(Math.min(word.length, MIN_STEM));
    if (word.length <= MIN_STEM) expect(georgianStems(word)).toEqual([word]);
  });

  test('never cuts a word below three letters', () => {
    for (const word of ['ისიც', 'მისი', 'ზედა', 'თვის', 'შიში', 'დანა', 'ზეზე']) {
      for (const stem of georgianStems(word)) expect(stem.length).toBeGreaterThanOrEqual(MIN_STEM);
    }
  });
});

describe('verbNounPrefixes: a first-person verb to the start of its verbal noun', () => {
  test('the preverb kept, ვ- and the version vowel out, up to three final letters cut, longest first', () => {
    expect(verbNounPrefixes('დავბრუნდე')).toEqual(['დაბრუნდე', 'დაბრუნდ', 'დაბრუნ', 'დაბრუ']);
    expect(verbNounPrefixes('გავაგზავნო')).toEqual(['გააგზავნო', 'გააგზავნ', 'გაგზავნო', 'გააგზავ', 'გაგზავნ', 'გააგზა', 'გაგზავ', 'გაგზა']);
    expect(verbNounPrefixes('მივმართო')).toEqual(['მიმართო', 'მიმართ', 'მიმარ']);
  });

  test('no preverb: ვ- and the version vowel out (ვისწავლო → სწავლ-)', () => {
    expect(verbNounPrefixes('ვისწავლო')).toContain('სწავლ');
  });

  test('nothing for words that are not first-person verbs', () => {
    expect(verbNounPrefixes('მიგრაცია')).toEqual([]);
    expect(verbNounPrefixes('საქართველოში')).toEqual([]);
  });
});

describe('privativeForms', () => {
  test('უ- and -ო around the stem: the one word for "without" a noun', () => {
    expect(privativeForms('ვიზის')).toEqual(['უვიზო']);
    expect(privativeForms('სამუშაოს')).toEqual(['უსამუშაო']);
    expect(privativeForms('წყლის')).toEqual(['უწყლო', 'უწყალო', 'უწყელო']);
  });
});
