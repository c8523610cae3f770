import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { headerPolicy, inlineCode, readyPagePolicy, securePage, mergePolicies, metaPolicy, parsePolicy, placePolicyMeta, prunePolicy, formatPolicy, unlistedInline } from '../../src/lib/security-policy.ts';
import { renderHeadersFile, renderNginxHeaders, renderNginxLanguages, renderNginxRedirects, renderRedirectsFile } from '../../src/integrations/host-config/host-files.ts';
import { editorError } from '../../src/lib/editor-error.ts';
import { brotliQuality, compress, shouldPrecompress } from '../../src/integrations/precompress/compress.ts';
import { withBase } from '../../src/integrations/mdx/base-links-plugin.ts';
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
    // Text that only looks like the tag is not the tag.
    expect(metaPolicy('<head><title>&lt;meta http-equiv="content-security-policy" content="x"&gt;</title></head>')).toBeUndefined();
  });

  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  test('inline scripts and styles a page does not list are found; listed ones, external scripts and JSON-LD are not', () => {
    const script = 'console.log(1)';
    const policy = `script-src 'self' ${hash(script)}; style-src 'self'`;
    expect(unlistedInline(`<script>${script}</script><script src="/a.js"></script><script type="application/ld+json">{}</script>`, policy)).toEqual([]);
    expect(unlistedInline('<script>alert(1)</script>', policy)).toEqual([`an inline script (${hash('alert(1)')}) that script-src does not list`]);
    expect(unlistedInline('<style>p{}</style>', policy)).toEqual([`an inline style (${hash('p{}')}) that style-src does not list`]);
    expect(unlistedInline('<SCRIPT TYPE="module">alert(1)</SCRIPT>', policy)).toHaveLength(1);
  });

  test('escaped text that reads like a script or style is never taken for one', () => {
    const policy = "script-src 'self'; style-src 'self'";
    const page = [
      '<head><title>Visa rules &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
      '<meta name="description" content="&lt;style&gt;p{}&lt;/style&gt; <script>x</script>"></head>',
      '<body><h1>What &lt;script&gt; means</h1><pre>&lt;style&gt;</pre><p>a </script> b</p>',
      '<!-- <script>alert(2)</script> --></body>',
    ].join('');
    expect(unlistedInline(page, policy)).toEqual([]);
  });

  test('a script whose text holds "</style>" or a comment is hashed whole, as the browser runs it', () => {
    const text = 'var s = "<style>"; /* <!-- */';
    expect(inlineCode(`<script>${text}</script>`)).toEqual([{ kind: 'script', text, hash: hash(text) }]);
  });

  test("a page's policy keeps only the hashes of code the page contains", () => {
    const boot = 'boot()';
    const font = '@font-face{}';
    const policy = `default-src 'self'; script-src 'self' ${hash(boot)} ${hash('island()')} 'sha384-abc'; style-src 'self' ${hash(font)} ${hash('')}`;
    const page = `<head><script>${boot}</script><style>${font}</style></head>`;
    expect(prunePolicy(policy, inlineCode(page))).toBe(`default-src 'self'; script-src 'self' ${hash(boot)}; style-src 'self' ${hash(font)}`);
    expect(prunePolicy(policy, [])).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  test('the policy <meta> is moved to right after <meta charset>, and nothing else changes', () => {
    const page =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>boot()</script><title>A &amp; B</title>' +
      '<meta http-equiv="content-security-policy" content="old"><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>';
    expect(placePolicyMeta(page, "script-src 'self' \"&")).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src \'self\' &quot;&amp;">' +
        '<script>boot()</script><title>A &amp; B</title><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>',
    );
    expect(() => placePolicyMeta('<head><meta charset="utf-8"></head>', 'x')).toThrow('has 0 Content-Security-Policy <meta> tags');
    expect(() => placePolicyMeta('<head><meta http-equiv="content-security-policy" content="a"></head>', 'x')).toThrow('no <meta charset>');
  });

  describe('each built page', () => {
    const boot = 'boot()';
    const meta = (scriptSources: string) =>
      `<meta http-equiv="content-security-policy" content="default-src 'self';script-src ${scriptSources} ${hash(boot)} ${hash('island()')};style-src 'self' ${hash('')}">`;
    const page = (scriptSources: string, body = '') =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${boot}</script><title>T</title>${meta(scriptSources)}</head><body>${body}</body></html>`;

    test('gets its policy first, with only its own hashes', () => {
      expect(securePage(page("'self'"), { where: 'content/en/about.mdx', isSearch: false })).toEqual({
        html: `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(boot)}; style-src 'self'"><script>${boot}</script><title>T</title></head><body></body></html>`,
        policy: `default-src 'self'; script-src 'self' ${hash(boot)}; style-src 'self'`,
      });
    });

    test('with code its policy does not allow, is refused in one sentence naming the source file', () => {
      expect(() => securePage(page("'self'", '<script>alert(1)</script>'), { where: 'content/en/about.mdx', isSearch: false })).toThrow(
        `content/en/about.mdx: the page has an inline script (${hash('alert(1)')}) that script-src does not list; served with the CSP header it would be blocked. Inline code belongs in the site's code, hashed in astro.config.mjs (security.csp), not in a page.`,
      );
    });

    test("allows WebAssembly on the search pages and nowhere else", () => {
      expect(securePage(page("'self' 'wasm-unsafe-eval'"), { where: 'search/index.html', isSearch: true }).policy).toContain("script-src 'self' 'wasm-unsafe-eval' ");
      expect(() => securePage(page("'self' 'wasm-unsafe-eval'"), { where: 'content/en/about.mdx', isSearch: false })).toThrow(
        "content/en/about.mdx: 'wasm-unsafe-eval' belongs in the policy of the search pages and no other, and this page has it.",
      );
      expect(() => securePage(page("'self'"), { where: 'search/index.html', isSearch: true })).toThrow('and this page lacks it.');
    });

    test('without a policy, is refused', () => {
      expect(() => securePage('<head><meta charset="utf-8"></head>', { where: 'content/ka/a.mdx', isSearch: false })).toThrow(
        'content/ka/a.mdx: the built page has no Content-Security-Policy <meta>; every page needs one.',
      );
    });

    test('once made ready, gives the host files its policy without being parsed again', () => {
      // An ampersand in the policy, escaped in the attribute.
      const quoted = page("'self' https://example.org/?a=1&amp;b=2");
      const ready = securePage(quoted, { where: 'content/en/about.mdx', isSearch: false });
      expect(ready.policy).toContain('?a=1&b=2');
      expect(readyPagePolicy(ready.html, { where: 'content/en/about.mdx', isSearch: false })).toBe(ready.policy);
      const search = securePage(page("'self' 'wasm-unsafe-eval'"), { where: 'search/index.html', isSearch: true });
      expect(readyPagePolicy(search.html, { where: 'search/index.html', isSearch: true })).toBe(search.policy);
      expect(() => readyPagePolicy(search.html, { where: 'content/en/about.mdx', isSearch: false })).toThrow("'wasm-unsafe-eval' belongs in the policy of the search pages");
      // A page not made ready: its policy is not where securePage puts it.
      expect(() => readyPagePolicy(quoted, { where: 'content/ka/a.mdx', isSearch: false })).toThrow(
        'content/ka/a.mdx: the built page has no Content-Security-Policy <meta> right after its <meta charset>; every page needs one.',
      );
    });
  });

  test('a refusal carries no stack trace unless DEBUG is set', () => {
    const debug = process.env['DEBUG'];
    try {
      delete process.env['DEBUG'];
      expect(editorError('content/en/a.mdx: wrong').stack).toBe('');
      process.env['DEBUG'] = '1';
      expect(editorError('content/en/a.mdx: wrong').stack).toMatch(/^Error: content\/en\/a\.mdx: wrong\n\s+at /);
    } finally {
      if (debug === undefined) delete process.env['DEBUG'];
      else process.env['DEBUG'] = debug;
    }
  });

  test('the boot script hash is the hash of the bytes the pages carry', () => {
    expect(PAGE_BOOT_HASH).toBe(`sha256-${createHash('sha256').update(PAGE_BOOT_SCRIPT).digest('base64')}`);
    expect(PAGE_BOOT_SCRIPT).not.toContain('</script');
  });
});

describe('host files', () => {
  const entries = [
    { path: '_astro', isDirectory: true, hasPages: false },
    { path: 'about', isDirectory: true, hasPages: true },
    { path: 'index.html', isDirectory: false, hasPages: true },
    { path: 'search', isDirectory: true, hasPages: true, search: true },
    { path: 'en', isDirectory: true, hasPages: true, exact: true },
    { path: 'en/about', isDirectory: true, hasPages: true },
    { path: 'en/search', isDirectory: true, hasPages: true, search: true },
    { path: 'en/feed.xml', isDirectory: false, hasPages: false },
    { path: 'sitemap-index.xml', isDirectory: false, hasPages: false },
    { path: '_headers', isDirectory: false, hasPages: false },
  ];

  test('_headers: security headers everywhere; one CSP and one Cache-Control per rule, no overlapping rules; WebAssembly only for search', () => {
    const file = renderHeadersFile({ base: '/migration/', csp: "default-src 'self'", searchCsp: "default-src 'self'; script-src 'wasm-unsafe-eval'", entries });
    const rules = Object.fromEntries(
      file
        .trim()
        .split(/\n(?=\/)/)
        .map((rule) => {
          const [path, ...headers] = rule.split('\n');
          return [path!, headers.map((header) => header.trim())];
        }),
    );
    const page = (csp: string, cache = 'public, max-age=300, must-revalidate') => [`Content-Security-Policy: ${csp}`, `Cache-Control: ${cache}`];
    expect(rules).toEqual({
      '/migration/*': [
        'Strict-Transport-Security: max-age=63072000; includeSubDomains',
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        'Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
        'X-Frame-Options: DENY',
        'Cross-Origin-Opener-Policy: same-origin',
        'Cross-Origin-Resource-Policy: same-origin',
      ],
      '/migration/': page("default-src 'self'"),
      '/migration/_astro/*': page("default-src 'self'", 'public, max-age=31536000, immutable'),
      '/migration/about/*': page("default-src 'self'"),
      '/migration/en/': page("default-src 'self'"),
      '/migration/en/about/*': page("default-src 'self'"),
      '/migration/en/feed.xml': page("default-src 'self'", 'public, max-age=3600'),
      '/migration/en/search/*': page("default-src 'self'; script-src 'wasm-unsafe-eval'"),
      '/migration/index.html': page("default-src 'self'"),
      '/migration/search/*': page("default-src 'self'; script-src 'wasm-unsafe-eval'"),
      '/migration/sitemap-index.xml': page("default-src 'self'", 'public, max-age=3600'),
    });
  });

  test('redirects for static hosts and nginx', () => {
    const redirects = [{ from: '/old/', to: '/new/' }];
    expect(renderRedirectsFile(redirects)).toBe('/old/ /new/ 301\n');
    expect(renderNginxRedirects(redirects)).toBe(
      '# Written by the build from the pages\u2019 previousPaths; do not edit.\nlocation = /old/ { include /etc/nginx/migration/security-headers.conf; return 301 /new/; }\n',
    );
  });

  const HOSTILE_REDIRECTS: Array<[{ from: string; to: string }, string]> = [
    [{ from: '/old/', to: '//evil.example' }, 'its target "//evil.example" starts with //, which browsers read as the address of another website; write one /'],
    [{ from: '/old/', to: '/\\evil.example' }, 'its target "/\\\\evil.example" contains a backslash (\\), which browsers read as a slash; write / between the parts of a path'],
    [{ from: '/old/', to: 'https://x' }, 'its target "https://x" is a full web address; write only the path on this site, starting with /'],
    [{ from: '/old/', to: '/%2F%2Fevil' }, 'its target "/%2F%2Fevil" contains %2F, an encoded slash, backslash, dot or line break; write the path with plain letters'],
    [{ from: '/old/', to: '/a/../b' }, 'its target "/a/../b" contains a . or .. part, which would make it point elsewhere; write the path in full'],
    [{ from: '/a%0aLocation:', to: '/new/' }, 'its old address "/a%0aLocation:" contains %0a, an encoded slash, backslash, dot or line break; write the path with plain letters'],
    [{ from: '/a\nLocation: //evil', to: '/new/' }, 'its old address "/a\\nLocation: //evil" contains a space, tab, line break or invisible character (U+000A); write the path without it'],
    [{ from: '/old/\t', to: '/new/' }, 'its old address "/old/\\t" contains a space, tab, line break or invisible character (U+0009); write the path without it'],
    [{ from: '/old/', to: '/new/\u2028' }, 'its target "/new/\u2028" contains a space, tab, line break or invisible character (U+2028); write the path without it'],
    [{ from: '/old/', to: '/new/; return 302 //evil' }, 'its target "/new/; return 302 //evil" contains a space, tab, line break or invisible character (U+0020); write the path without it'],
    [{ from: '/old/', to: '/a;b' }, 'its target "/a;b" has characters other than Latin letters, digits, / . _ ~ and -'],
    [{ from: '/old/', to: '/old/' }, 'it leads to itself'],
  ];

  test.each(HOSTILE_REDIRECTS)('_redirects refuses %j', (redirect, problem) => {
    expect(() => renderRedirectsFile([redirect])).toThrow(
      `Refusing to write _redirects: the redirect ${JSON.stringify(redirect.from)} → ${JSON.stringify(redirect.to)} is not a plain move within this site: ${problem}.`,
    );
  });

  test.each(HOSTILE_REDIRECTS)('the nginx redirects refuse %j', (redirect, problem) => {
    expect(() => renderNginxRedirects([redirect])).toThrow(
      `Refusing to write _nginx/redirects.conf: the redirect ${JSON.stringify(redirect.from)} → ${JSON.stringify(redirect.to)} is not a plain move within this site: ${problem}.`,
    );
  });

  test('neither writes a redirect that takes over a page, or one old address twice', () => {
    const pages = new Set(['/about/', '/en/about/']);
    for (const render of [renderRedirectsFile, renderNginxRedirects]) {
      expect(() => render([{ from: '/en/about/', to: '/en/contact/' }], pages)).toThrow('/en/about/ is the address of a page that exists.');
      expect(() => render([{ from: '/old/', to: '/a/' }, { from: '/old/', to: '/b/' }], pages)).toThrow('/old/ is redirected twice.');
    }
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

  test('both encodings round-trip and are the same bytes every time', () => {
    const input = Buffer.from('<p>მიგრაციის პროგრამები საქართველოში</p>'.repeat(50));
    const first = compress(input);
    const second = compress(input);
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

describe('nginx language locations', () => {
  test('each prefixed language gets its 404 page, and the search pages of every language their CSP', () => {
    const conf = renderNginxLanguages(['en', 'ru']);
    expect(conf).toContain('location ~ ^/(?:(?:en|ru)/)?search/(?:index\\.html)?$ {\n    include /etc/nginx/migration/search-security-headers.conf;');
    expect(conf).toContain('location /ru/ {\n    include /etc/nginx/migration/security-headers.conf;\n    add_header Cache-Control "public, max-age=300, must-revalidate" always;\n    error_page 404 /ru/404/;\n    try_files $uri $uri/ =404;\n}\n');
    expect(conf.match(/^location \//gm)).toHaveLength(2);
  });

  test('the shipped file is the real site’s, Georgian at the root and English under /en/', () => {
    expect(readFileSync('deploy/nginx/languages.conf', 'utf8')).toBe(renderNginxLanguages(['en']));
    expect(renderNginxLanguages(['en'])).toContain('location ~ ^/(?:(?:en)/)?search/');
  });
});
