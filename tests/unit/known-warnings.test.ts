import { describe, expect, test } from 'vitest';
import { passBuildLog, type BuildLog } from '../../src/integrations/mdx/known-warnings.ts';

/** Rolldown's warning, as it arrives for a page file (withastro/astro#18087). */
const headInject: BuildLog = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/en/about.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  id: '/site/content/en/about.mdx?astroPropagatedAssets',
};

function passed(level: 'info' | 'debug' | 'warn', log: BuildLog): BuildLog[] {
  const seen: BuildLog[] = [];
  passBuildLog(level, log, (_level, passedLog) => seen.push(passedLog));
  return seen;
}

describe('build messages', () => {
  test("Astro's warning about its own directive in a page file's asset module is dropped", () => {
    expect(passed('warn', headInject)).toEqual([]);
  });

  test('any other warning is passed on, even of the same kind', () => {
    const otherDirective = { ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') };
    const otherModule = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "src/x.ts" may not be preserved when bundling.', id: '/site/src/x.ts' };
    const otherWarning = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
    for (const log of [otherDirective, otherModule, otherWarning]) expect(passed('warn', log)).toEqual([log]);
  });

  test('messages that are not warnings are passed on', () => {
    expect(passed('info', headInject)).toEqual([headInject]);
  });
});
