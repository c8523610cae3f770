import { describe, expect, test } from 'vitest';
import { checkSite, formatFinding, type BuiltPage } from '../../tools/lib/site-checks.ts';

const page = (path: string, lang: 'ka' | 'en', body: string, source?: string): BuiltPage => ({
  path,
  file: `${path.slice(1)}index.html`,
  html: `<!doctype html><html lang="${lang}"><body><main id="main"><div class="page-body">${body}</div></main></body></html>`,
  ...(source ? { source: { file: `content/${lang}${path.replace(/^\/en/, '').replace(/\/$/, '')}.mdx`, text: source } } : {}),
});

const ENGLISH_TEXT = '<p>Plain English text about migration programmes, long enough to judge its script.</p>';
const GEORGIAN_TEXT = '<p>ქართული ტექსტი მიგრაციის პროგრამების შესახებ, საკმარისად გრძელი შესამოწმებლად.</p>';

function run(pages: BuiltPage[], assets: string[] = []) {
  return checkSite(pages, { base: '/', assetExists: (path) => assets.includes(path) }).map(formatFinding);
}

describe('checkSite', () => {
  test('a sound site has no findings', () => {
    const pages = [
      page('/en/about/', 'en', `<h1>About</h1>${ENGLISH_TEXT}<h2 id="privacy">Privacy</h2><a href="../programmes/">All</a><a href="#privacy">Privacy</a>`),
      page('/en/programmes/', 'en', `<h1>Programmes</h1>${ENGLISH_TEXT}<a href="/en/about/#privacy">About</a><img src="/map.png" alt="Map">`),
    ];
    expect(run(pages, ['/map.png'])).toEqual([]);
  });

  test('a link to a page that does not exist names the file, the line and the address', () => {
    const source = '---\ntitle: About\n---\n\nSee [the list](../programms/).\n';
    expect(run([page('/en/about/', 'en', `<h1>About</h1>${ENGLISH_TEXT}<a href="../programms/">the list</a>`, source)])).toEqual([
      'content/en/about.mdx:5: error: the link "../programms/" leads to /en/programms/, which does not exist on the site. How to fix: correct the address, or create the page it should lead to.',
    ]);
  });

  test('a missing anchor is reported', () => {
    const findings = run([
      page('/en/about/', 'en', `<h1>About</h1>${ENGLISH_TEXT}<a href="/en/programmes/#nowhere">x</a>`),
      page('/en/programmes/', 'en', `<h1>Programmes</h1>${ENGLISH_TEXT}`),
    ]);
    expect(findings.join('\n')).toMatch(/points to #nowhere, but \/en\/programmes\/ has no such anchor/);
  });

  test('a link into the other language is reported, unless it says so with hreflang or sits in text of that language', () => {
    const ka = page('/about/', 'ka', `<h1>შესახებ</h1>${GEORGIAN_TEXT}<a href="/en/programmes/">პროგრამები</a>`);
    const en = page('/en/programmes/', 'en', `<h1>Programmes</h1>${ENGLISH_TEXT}`);
    expect(run([ka, en]).join('\n')).toMatch(/leads to the English page \/en\/programmes\/ from a Georgian page/);
    const intended = page('/about/', 'ka', `<h1>შესახებ</h1>${GEORGIAN_TEXT}<a href="/en/programmes/" hreflang="en">English</a><div lang="en"><a href="/en/programmes/">Programmes</a></div>`);
    expect(run([intended, en])).toEqual([]);
  });

  test('an image without alt text, or missing, is reported', () => {
    const findings = run([page('/en/about/', 'en', `<h1>About</h1>${ENGLISH_TEXT}<img src="/photo.jpg">`)]);
    expect(findings.join('\n')).toMatch(/the image "\/photo.jpg" has no alt text/);
    expect(findings.join('\n')).toMatch(/the image "\/photo.jpg" does not exist/);
  });

  test('a second h1 and a skipped heading level are reported with the line', () => {
    const source = '---\ntitle: About\n---\n\n# Another title\n\n#### Deep\n';
    const findings = run([page('/en/about/', 'en', `<h1>About</h1>${ENGLISH_TEXT}<h1>Another title</h1><h4>Deep</h4>`, source)]);
    expect(findings).toContain(
      'content/en/about.mdx:5: error: the page has 2 main headings (h1); it needs exactly one. How to fix: the title in the frontmatter is the page’s h1: start sections in the text with ## (h2), not #.',
    );
    expect(findings.join('\n')).toMatch(/content\/en\/about.mdx:7: error: the heading "Deep" is level 4 right after a level 1 heading/);
  });

  test('a Georgian page in the English folder is reported, and the reverse', () => {
    expect(run([page('/en/about/', 'en', `<h1>About</h1>${GEORGIAN_TEXT}${GEORGIAN_TEXT}`)]).join('\n')).toMatch(
      /in the English folder \(content\/en\/\), but \d+% of its text is in Georgian script/,
    );
    expect(run([page('/about/', 'ka', `<h1>შესახებ</h1>${ENGLISH_TEXT}${ENGLISH_TEXT}`)]).join('\n')).toMatch(
      /in the Georgian folder \(content\/ka\/\), but \d+% of its text is in Latin script/,
    );
  });

  test('placeholder text left by npm run new is reported with its line', () => {
    const source = '---\ntitle: About\n---\n\nTODO: Write the page text here.\n';
    expect(run([page('/en/about/', 'en', `<h1>About</h1>${ENGLISH_TEXT}<p>TODO: Write the page text here.</p>`, source)])).toContain(
      'content/en/about.mdx:5: error: the page still has "TODO:" placeholder text. How to fix: replace it with the real text.',
    );
  });

  test('other-language text marked with its lang does not count against the page', () => {
    expect(run([page('/about/', 'ka', `<h1>შესახებ</h1><p>ტექსტი</p><div lang="en">${ENGLISH_TEXT}${ENGLISH_TEXT}</div>`)])).toEqual([]);
  });
});
