import { expect, test } from 'vitest';
import { whatStops } from '../../src/integrations/content-guard/refuse.ts';

test('a refusal says what it stops, in the words of the command that was run', () => {
  expect(whatStops('build')).toBe('The site is not built');
  expect(whatStops('dev')).toBe('The development server does not start');
  expect(whatStops('sync')).toBe('The pages are not checked further');
  expect(whatStops('check')).toBe('The pages are not checked further');
  // Anything else (a build started another way) is a build.
  expect(whatStops(undefined)).toBe('The site is not built');
});
