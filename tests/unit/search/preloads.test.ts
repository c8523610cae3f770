import { describe, expect, test } from 'vitest';
import { preloadLinks, preloadTemplateValue } from '../../../src/integrations/search-index/preloads.ts';

describe('search page preloads', () => {
  test("Pagefind's loader is preloaded as a module, the other files as CORS fetches of low priority, like the search script's", () => {
    expect(preloadLinks(['/pagefind/ka/pagefind.js', '/pagefind/ka/pagefind-entry.json?ts=ka_9dbe', '/pagefind/ka/words.json'])).toBe(
      '<link rel="modulepreload" href="/pagefind/ka/pagefind.js">' +
        '<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="/pagefind/ka/pagefind-entry.json?ts=ka_9dbe">' +
        '<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="/pagefind/ka/words.json">',
    );
  });

  test('as a data-html value, the markup is escaped once for the attribute, addresses included', () => {
    expect(preloadTemplateValue(['/a&b/pagefind.js', '/x"y.pf_meta'])).toBe(
      '&lt;link rel=&quot;modulepreload&quot; href=&quot;/a&amp;amp;b/pagefind.js&quot;&gt;' +
        '&lt;link rel=&quot;preload&quot; as=&quot;fetch&quot; crossorigin=&quot;anonymous&quot; fetchpriority=&quot;low&quot; href=&quot;/x&amp;quot;y.pf_meta&quot;&gt;',
    );
  });
});
