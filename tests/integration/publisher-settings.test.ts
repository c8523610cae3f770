/**
 * The real build command, while the shipped publisher settings are placeholders
 * (src/settings/site.ts): a build for a real address is refused by the config
 * before anything is built. The rules themselves: tests/unit/site-settings.test.ts.
 */
import { expect, test } from 'vitest';
import { isPreview } from '../../src/lib/site-settings.ts';
import { siteSettings } from '../../src/settings/site.ts';
import { scratchSite } from './scratch-site.ts';

test.runIf(isPreview(siteSettings))('astro build with a real SITE_URL stops at once, naming the settings file and a field', async () => {
  const site = scratchSite('publisher');
  const result = await site.astro(['build'], { SITE_URL: 'https://owner.github.io' });
  expect(result.failed).toBe(true);
  expect(result.output).toContain('src/settings/site.ts: publisher.name.ka');
  expect(result.output).toContain('SITE_URL=https://owner.github.io');
});
