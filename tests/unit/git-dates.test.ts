import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../src/lib/git-dates.ts';

const log = (...commits: Array<[number, string, string, string[]]>) =>
  commits.map(([seconds, date, subject, files]) => `\u0000${seconds}\t${date}\t${subject}\n\n${files.join('\n')}\n`).join('');

describe('parseGitLog', () => {
  test('takes each file’s newest commit date', () => {
    const history = parseGitLog(
      log(
        [300, '2026-11-20', 'Update about', ['content/en/about.mdx', 'content/ka/about.mdx']],
        [100, '2026-10-01', 'Add pages', ['content/en/about.mdx', 'content/en/programmes/mobility-partnership.mdx']],
      ),
    );
    expect(history.get('content/en/about.mdx')).toEqual({ lastChanged: '2026-11-20', lastSubstantive: 300 });
    expect(history.get('content/en/programmes/mobility-partnership.mdx')).toEqual({ lastChanged: '2026-10-01', lastSubstantive: 100 });
  });

  test('a [typo] or [skip translation] commit changes the date but not the substance', () => {
    const history = parseGitLog(
      log([300, '2026-11-20', 'Fix a letter [typo]', ['content/ka/about.mdx']], [200, '2026-11-01', 'Rewrite the privacy section', ['content/ka/about.mdx']]),
    );
    expect(history.get('content/ka/about.mdx')).toEqual({ lastChanged: '2026-11-20', lastSubstantive: 200 });
  });

  test('no history means nothing known', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
