import { describe, expect, test } from 'vitest';
import type { FileHistory } from '../../src/lib/git-dates.ts';
import { translationStates } from '../../src/lib/translation-status.ts';

const files = [
  { locale: 'ka' as const, slug: 'about', file: 'content/ka/about.mdx' },
  { locale: 'en' as const, slug: 'about', file: 'content/en/about.mdx' },
  { locale: 'ka' as const, slug: 'news', file: 'content/ka/news.mdx' },
];
const at = (lastSubstantive: number): FileHistory => ({ lastChanged: '2026-11-01', lastSubstantive });

describe('translationStates', () => {
  test('a translation changed after its original is current; one changed before is outdated', () => {
    const current = translationStates(files, new Map([['content/ka/about.mdx', at(100)], ['content/en/about.mdx', at(200)], ['content/ka/news.mdx', at(50)]]));
    expect(current.find((p) => p.slug === 'about')).toEqual({ slug: 'about', source: 'ka', states: { ka: 'original', en: 'current' } });
    const outdated = translationStates(files, new Map([['content/ka/about.mdx', at(300)], ['content/en/about.mdx', at(200)]]));
    expect(outdated.find((p) => p.slug === 'about')!.states.en).toBe('outdated');
  });

  test('a page without a translation is missing it', () => {
    expect(translationStates(files, new Map()).find((p) => p.slug === 'news')!.states).toEqual({ ka: 'original', en: 'missing' });
  });

  test('without history the state is unknown, never outdated', () => {
    expect(translationStates(files, undefined).find((p) => p.slug === 'about')!.states.en).toBe('unknown');
    // A file git does not know yet (not committed) is unknown too.
    expect(translationStates(files, new Map([['content/ka/about.mdx', at(100)]])).find((p) => p.slug === 'about')!.states.en).toBe('unknown');
  });

  test('an English-only page is its own original', () => {
    const states = translationStates([{ locale: 'en', slug: 'glossary', file: 'content/en/glossary.mdx' }], new Map());
    expect(states[0]).toEqual({ slug: 'glossary', source: 'en', states: { ka: 'missing', en: 'original' } });
  });
});
