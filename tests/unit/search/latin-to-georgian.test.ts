import { describe, expect, test } from 'vitest';
import { KEYBOARD, keyboardReading, latinToGeorgian, looksLikeKeyboardTyping } from '../../../src/lib/search/latin-to-georgian.ts';
import { Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const readings = (word: string, vocabulary?: Vocabulary) => latinToGeorgian(word, { vocabulary }).map((c) => c.text);

describe('the Georgian keyboard layout', () => {
  test('covers all 33 letters, each once', () => {
    const letters = Object.values(KEYBOARD);
    expect(new Set(letters).size).toBe(33);
    expect(letters.every((letter) => /^[\u10d0-\u10f0]$/.test(letter))).toBe(true);
  });

  test.each([
    ['saqarTvelo', 'საქართველო'],
    ['evrokavSiri', 'ევროკავშირი'],
    ['Tbilisi', 'თბილისი'],
    ['WaRma', 'ჭაღმა'],
    ['Jurnali', 'ჟურნალი'],
    ['Zma', 'ძმა'],
    ['Cemi', 'ჩემი'],
    ['xelfasi', 'ხელფასი'],
    ['yvela', 'ყველა'],
    ['wyali', 'წყალი'],
  ])('%s is %s key by key', (typed, georgian) => expect(keyboardReading(typed)).toBe(georgian));

  test('a Shift letter inside a word betrays keyboard typing; a capital first letter or all caps does not', () => {
    expect(looksLikeKeyboardTyping('saqarTvelo')).toBe(true);
    expect(looksLikeKeyboardTyping('Migracia')).toBe(false);
    expect(looksLikeKeyboardTyping('ICMPD')).toBe(false);
    expect(readings('saqarTvelo')).toEqual(['საქართველო']);
  });
});

describe('romanisations', () => {
  test.each([
    ['migracia', 'მიგრაცია'],
    ['partnioroba', 'პარტნიორობა'],
    ['shroma', 'შრომა'],
    ['tbilisi', 'თბილისი'],
    ['qalaqi', 'ქალაქი'],
    ['kalaki', 'ქალაქი'],
    ['uflebebi', 'უფლებები'],
    ['tavshesapari', 'თავშესაფარი'],
    ['sakartvelo', 'საქართველო'],
    ['diaspora', 'დიასპორა'],
    ['evrokavshiri', 'ევროკავშირი'],
    ['dasaqmeba', 'დასაქმება'],
    ['khelshekruleba', 'ხელშეკრულება'],
    ['xelshekruleba', 'ხელშეკრულება'],
    ['ghonisdzieba', 'ღონისძიება'],
    ['zhurnali', 'ჟურნალი'],
    ['tsentri', 'ცენტრი'],
    ['ch\'ad', 'ჭად'],
    ['ts\'yali', 'წყალი'],
    ['mobiluroba', 'მობილურობა'],
    ['Migracia', 'მიგრაცია'], // a phone's automatic capital
    ['MIGRACIA', 'მიგრაცია'], // Caps Lock
  ])('%s can be read as %s', (typed, georgian) => expect(readings(typed)).toContain(georgian));

  test('at most the requested number of readings, cheapest first', () => {
    const candidates = latinToGeorgian('kalaki', { limit: 3 });
    expect(candidates).toHaveLength(3);
    expect(candidates.map((c) => c.cost)).toEqual([...candidates.map((c) => c.cost)].sort((a, b) => a - b));
  });

  test.each([
    ['shroma', 'შრომა'], // sh is შ, not ს+ჰ
    ['dzalian', 'ძალიან'], // dz is ძ, not დ+ზ
    ['ghonisdzieba', 'ღონისძიება'],
    ['migracia', 'მიგრაცია'],
    ['qalaqi', 'ქალაქი'],
    ['xelshekruleba', 'ხელშეკრულება'],
    ['tbilisi', 'თბილისი'],
  ])('the first reading of %s is %s', (typed, georgian) => expect(readings(typed)[0]).toBe(georgian));

  test('a capital first letter on the keyboard layout is read both as Shift and as an automatic capital', () => {
    expect(readings('SaqarTvelo')).toEqual(['შაქართველო', 'საქართველო']);
  });

  test('a vocabulary prefers readings that lead to real words', () => {
    const vocabulary = new Vocabulary(['პარტნიორობა', 'პარტნიორობის', 'ქალაქი', 'ქალაქის']);
    expect(readings('partnioroba', vocabulary)[0]).toBe('პარტნიორობა');
    expect(readings('kalaki', vocabulary)[0]).toBe('ქალაქი');
  });

  test.each(['', '123', 'მიგრაცია', 'a-b', 'ü'])('%j has no Latin reading', (word) => expect(readings(word)).toEqual([]));

  test('a long word is read quickly', () => {
    const started = performance.now();
    latinToGeorgian('chchchchtststststskhkhkhkh'.repeat(8));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
