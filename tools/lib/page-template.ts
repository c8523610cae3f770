/**
 * The files `npm run new` writes: one page in every language, with each
 * required field holding a placeholder the build rejects until an editor
 * replaces it, so a half-made page can never be published by accident.
 */
import { localeCodes, locales, type Locale } from '../../src/lib/locales.ts';
import { PLACEHOLDER } from '../../src/lib/content-schema.ts';
import type { PageData } from '../../src/lib/content-schema.ts';
import { pageType } from '../../src/page-types/index.ts';

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
    // The type's own fields (src/page-types/<type>/), after the ones every page has.
    const typeLines = pageType(type).template(locale);
    const text = [
      '---',
      `title: "${PLACEHOLDER}: ${hint.title}"`,
      `summary: "${PLACEHOLDER}: ${hint.summary}"`,
      `type: ${type}`,
      'history:',
      `  - date: "${PLACEHOLDER}: YYYY-MM-DD, the day the page is published"`,
      `    change: "${PLACEHOLDER}: ${hint.published}"`,
      ...typeLines,
      '---',
      '',
      `${PLACEHOLDER}: ${hint.body}`,
      '',
    ].join('\n');
    return { locale, path: `${locale}/${slug}.mdx`, text };
  });
}
