import { describe, expect, test } from 'vitest';
import { headerPolicy, mergePolicies, metaPolicy, parsePolicy, formatPolicy, unlistedInline } from '../../src/lib/security-policy.ts';
import { renderHeadersFile, renderNginxHeaders, renderNginxRedirects, renderRedirectsFile } from '../../src/lib/host-config.ts';
import { brotliQuality, compress, shouldPrecompress } from '../../src/lib/precompress.ts';
import { withBase } from '../../src/lib/base-links-plugin.ts';
import { PAGE_BOOT_HASH, PAGE_BOOT_SCRIPT } from '../../src/lib/page-boot.ts';
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const pageA = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1=';";
const pageB = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-S1=';";

describe('the CSP', () => {
  test('parses and formats a policy, keeping the order of sources', () => {
    expect(formatPolicy(parsePolicy(pageA))).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1='",
    );
  });

  test('the header allows what every page allows, once each, and adds frame-ancestors', () => {
    expect(mergePolicies([pageA, pageB]).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(mergePolicies([pageA, pageB]).get('style-src')).toEqual(["'self'", "'sha256-S1='"]);
    const header = headerPolicy([pageA, pageB]);
    expect(header).toMatch(/; frame-ancestors 'none'$/);
    expect(header).not.toContain('unsafe-inline');
  });

  test('a site without page policies is an error, not an empty header', () => {
    expect(() => headerPolicy([])).toThrow('security.csp');
  });

  test('reads the policy from a page, entities decoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x=&#39;"></head>`;
    expect(metaPolicy(html)).toBe("script-src 'self' 'sha256-x='");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  test('inline scripts and styles a page does not list are found; listed ones, external scripts and JSON-LD are not', () => {
    const script = 'console.log(1)';
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    const policy = `script-src 'self' ${hash}; style-src 'self'`;
    expect(unlistedInline(`<script>${script}</script><script src="/a.js"></script><script type="application/ld+json">{}</script>`, policy)).toEqual([]);
    expect(unlistedInline('<script>alert(1)</script>', policy)).toEqual([expect.stringMatching(/^an inline script \('sha256-.+'\) that script-src does not list$/)]);
    expect(unlistedInline('<style>p{}</style>', policy)).toHaveLength(1);
  });

  test('the boot script hash is the hash of the bytes the pages carry', () => {
    expect(PAGE_BOOT_HASH).toBe(`sha256-${createHash('sha256').update(PAGE_BOOT_SCRIPT).digest('base64')}`);
    expect(PAGE_BOOT_SCRIPT).not.toContain('</script');
  });
});

describe('host files', () => {
  const entries = [
    { name: '_astro', isDirectory: true, hasPages: false },
    { name: 'about', isDirectory: true, hasPages: true },
    { name: 'index.html', isDirectory: false, hasPages: true },
    { name: 'sitemap-index.xml', isDirectory: false, hasPages: false },
    { name: '_headers', isDirectory: false, hasPages: false },
  ];

  test('_headers: security headers everywhere, one Cache-Control per rule and no overlapping rules', () => {
    const file = renderHeadersFile({ base: '/migration/', csp: "default-src 'self'", entries });
    expect(file).toContain("/migration/*\n  Content-Security-Policy: default-src 'self'\n  Strict-Transport-Security:");
    expect(file).toContain('/migration/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/migration/about/*\n  Cache-Control: public, max-age=300, must-revalidate');
    expect(file).toContain('/migration/sitemap-index.xml\n  Cache-Control: public, max-age=3600');
    expect(file).not.toContain('_headers\n');
    // Only the catch-all rule carries anything but Cache-Control.
    const rules = file.trim().split(/\n(?=\/)/);
    expect(rules.slice(1).every((rule) => rule.split('\n').length === 2 && rule.includes('Cache-Control'))).toBe(true);
  });

  test('redirects for static hosts and nginx', () => {
    const redirects = [{ from: '/old/', to: '/new/' }];
    expect(renderRedirectsFile(redirects)).toBe('/old/ /new/ 301\n');
    expect(renderNginxRedirects(redirects)).toContain('location = /old/ { include /etc/nginx/migration/security-headers.conf; return 301 /new/; }\n');
    expect(() => renderNginxRedirects([{ from: '/a b/', to: '/c/' }])).toThrow('not a plain path');
  });

  test('nginx headers are sent on every response, errors included', () => {
    const conf = renderNginxHeaders("default-src 'self'");
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(() => renderNginxHeaders('default-src "self"')).toThrow();
  });
});

describe('precompression', () => {
  test('text files worth compressing; fonts, images and tiny files not', () => {
    expect(shouldPrecompress('index.html', 5000)).toBe(true);
    expect(shouldPrecompress('_astro/a.css', 5000)).toBe(true);
    expect(shouldPrecompress('index.html', 100)).toBe(false);
    expect(shouldPrecompress('_astro/fonts/a.woff2', 50_000)).toBe(false);
    expect(shouldPrecompress('og/about.png', 50_000)).toBe(false);
  });

  test('the shared bundles get the top brotli quality, the many pages one below', () => {
    expect(brotliQuality('_astro/BaseLayout.abc.css')).toBe(11);
    expect(brotliQuality('en/about/index.html')).toBe(10);
  });

  test('both encodings round-trip and are the same bytes every time', async () => {
    const input = Buffer.from('<p>მიგრაციის პროგრამები საქართველოში</p>'.repeat(50));
    const first = await compress(input);
    const second = await compress(input);
    expect(gunzipSync(first.gzip).equals(input)).toBe(true);
    expect(brotliDecompressSync(first.brotli).equals(input)).toBe(true);
    expect(first.gzip.equals(second.gzip) && first.brotli.equals(second.brotli)).toBe(true);
    expect(first.brotli.length).toBeLessThan(input.length / 5);
  });
});

describe('withBase', () => {
  test.each([
    ['/images/map.png', '/migration/', '/migration/images/map.png'],
    ['/en/about/', '/migration', '/migration/en/about/'],
    ['/images/map.png', '/', '/images/map.png'],
    ['../programmes/x/', '/migration/', '../programmes/x/'],
    ['https://example.org/', '/migration/', 'https://example.org/'],
    ['//cdn.example.org/x', '/migration/', '//cdn.example.org/x'],
    ['/migration/images/a.png', '/migration/', '/migration/images/a.png'],
    ['#facts', '/migration/', '#facts'],
    ['/migration', '/migration/', '/migration'],
  ])('%s under %s is %s', (url, base, expected) => {
    expect(withBase(url, base)).toBe(expected);
  });
});
