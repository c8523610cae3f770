import { describe, expect, test } from 'vitest';
import { languageName } from '../../src/lib/locales.ts';
import { STARLIGHT_CONTENT_CONFIG, STARLIGHT_VERSION, starlightConfig, starlightPackage } from '../../tools/lib/starlight-site.ts';

describe('the bare Starlight site of the build benchmark', () => {
  test('pins Starlight, and the Astro and Pagefind versions it is given, exactly', () => {
    const manifest = JSON.parse(starlightPackage({ astro: '7.3.5', pagefind: '1.6.0' }));
    expect(manifest.dependencies).toEqual({ astro: '7.3.5', '@astrojs/starlight': STARLIGHT_VERSION, pagefind: '1.6.0' });
    expect(STARLIGHT_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('has the site’s languages, each under its own path, the first the default', () => {
    const config = starlightConfig(['ka', 'en']);
    expect(config).toContain('defaultLocale: "ka"');
    expect(config).toContain(`"ka":{"label":${JSON.stringify(languageName('ka', 'ka'))},"lang":"ka"}`);
    expect(config).toContain(`"en":{"label":${JSON.stringify(languageName('en', 'en'))},"lang":"en"}`);
    expect(config).not.toContain('root');
  });

  test('reads the pages with Starlight’s own loader and schema', () => {
    expect(STARLIGHT_CONTENT_CONFIG).toContain('docsLoader()');
    expect(STARLIGHT_CONTENT_CONFIG).toContain('docsSchema()');
  });
});
