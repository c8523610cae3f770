/**
 * The files `npm run new` writes: one page in every language, with each
 * required field holding a placeholder the build rejects until an editor
 * replaces it, so a half-made page can never be published by accident.
 */
import { localeCodes, locales, type Locale } from '../../src/lib/locales.ts';
import { PLACEHOLDER } from '../../src/lib/content-schema.ts';
import type { PageData } from '../../src/lib/content-schema.ts';

/** Per language; a site language without hints here cannot get new pages from `npm run new` until it has them. */
const HINTS: Partial<Record<Locale, { title: string; summary: string; body: string; published: string }>> = {
  ka: {
    title: 'გვერდის სათაური',
    summary: 'ერთი წინადადება, არაუმეტეს 160 სიმბოლოსი',
    body: 'აქ დაწერეთ გვერდის ტექსტი. ქვესათაურები: ## სათაური.',
    published: 'გვერდი გამოქვეყნდა',
  },
  en: {
    title: 'the page title',
    summary: 'one sentence, at most 160 characters',
    body: 'Write the page text here. Section headings: ## Heading.',
    published: 'Page published',
  },
};

export function newPageFiles(slug: string, type: PageData['type']): Array<{ locale: Locale; path: string; text: string }> {
  return localeCodes.map((locale) => {
    const hint = HINTS[locale];
    if (!hint) throw new Error(`tools/lib/page-template.ts has no placeholder hints in ${locales[locale].name} (${locale}); add them to HINTS`);
    const facts =
      type === 'programme'
        ? [
            'facts:',
            `  shortName: "${PLACEHOLDER}: short name"`,
            '  # fundedBy, implementedBy, partners (lists), period (start, end), budget, status with statusAsOf, website:',
            '  # give only what a source says, and name each one\'s source below.',
            '  period:',
            `    start: "${PLACEHOLDER}: YYYY, YYYY-MM or YYYY-MM-DD"`,
            '  source:',
            '    period: copy # copy = the page text says it; or the id of an entry in references',
            'timeline:',
            `  - date: "${PLACEHOLDER}: YYYY-MM-DD"`,
            `    label: "${PLACEHOLDER}: what happened"`,
            '    source: copy',
            '# references:',
            '#   - id: short-id',
            '#     title: the source\'s own title',
            '#     publisher: who published it',
            '#     url: https://…',
            '#     accessed: "YYYY-MM-DD"',
          ]
        : [];
    const text = [
      '---',
      `title: "${PLACEHOLDER}: ${hint.title}"`,
      `summary: "${PLACEHOLDER}: ${hint.summary}"`,
      `type: ${type}`,
      'history:',
      `  - date: "${PLACEHOLDER}: YYYY-MM-DD, the day the page is published"`,
      `    change: "${PLACEHOLDER}: ${hint.published}"`,
      ...facts,
      '---',
      '',
      `${PLACEHOLDER}: ${hint.body}`,
      '',
    ].join('\n');
    return { locale, path: `${locale}/${slug}.mdx`, text };
  });
}
