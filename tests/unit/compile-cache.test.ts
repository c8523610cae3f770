import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileInputs } from '../../src/integrations/mdx/compile-cache.ts';

describe("the compile cache's shared inputs", () => {
  test('one content folder, however it is spelled, finds the same compiles', () => {
    const relative = compileInputs('./content', '/', false);
    expect(compileInputs('content', '/', false)).toBe(relative);
    expect(compileInputs(resolve('content'), '/', false)).toBe(relative);
    expect(compileInputs(`${resolve('content')}/`, '/', false)).toBe(relative);
  });

  test('another base path or source maps compile again', () => {
    const plain = compileInputs('content', '/', false);
    expect(compileInputs('content', '/migration/', false)).not.toBe(plain);
    expect(compileInputs('content', '/', true)).not.toBe(plain);
  });
});
