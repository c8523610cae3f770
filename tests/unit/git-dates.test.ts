import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../src/lib/git-dates.ts';

describe('parseGitLog', () => {
  test('takes each file’s newest commit date', () => {
    const output = [
      '\u00002026-11-20\n\ncontent/en/about.mdx\ncontent/ka/about.mdx\n',
      '\u00002026-10-01\n\ncontent/en/about.mdx\ncontent/en/programmes/mobility-partnership.mdx\n',
    ].join('');
    expect(Object.fromEntries(parseGitLog(output))).toEqual({
      'content/en/about.mdx': '2026-11-20',
      'content/ka/about.mdx': '2026-11-20',
      'content/en/programmes/mobility-partnership.mdx': '2026-10-01',
    });
  });

  test('no history means no dates', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
