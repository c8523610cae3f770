import { describe, expect, test } from 'vitest';
import { graph, serializeJsonLd, webPageNode } from '../../../src/lib/structured-data.ts';
import { definedTermNode, definedTermSetNode, glossaryId, termCitations, termId } from '../../../src/page-types/term/term-structured-data.ts';

const SITE = 'https://migration.example.ge';
const pages = new Map([
  ['programmes/mobility-partnership', { url: `${SITE}/programmes/mobility-partnership/`, name: 'პარტნიორობა მობილურობისთვის' }],
]);
const lookup = (slug: string) => pages.get(slug);

describe('DefinedTerm', () => {
  test('the term with its definition, in the glossary of its language', () => {
    expect(
      definedTermNode({
        url: `${SITE}/glossary/readmission/`,
        name: 'რეადმისია',
        definition: 'ქვეყანაში ნებართვის გარეშე მცხოვრები პირის დაბრუნება.',
        glossaryUrl: `${SITE}/glossary/`,
      }),
    ).toEqual({
      '@type': 'DefinedTerm',
      '@id': `${SITE}/glossary/readmission/#term`,
      name: 'რეადმისია',
      description: 'ქვეყანაში ნებართვის გარეშე მცხოვრები პირის დაბრუნება.',
      url: `${SITE}/glossary/readmission/`,
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': `${SITE}/glossary/#glossary`, url: `${SITE}/glossary/` },
    });
  });

  test('other names of the term are its alternateName', () => {
    const node = definedTermNode({
      url: `${SITE}/en/glossary/irregular-migration/`,
      name: 'Irregular migration',
      definition: 'Movement of people outside the rules.',
      glossaryUrl: `${SITE}/en/glossary/`,
      alternateNames: ['illegal migration'],
    });
    expect(node).toMatchObject({ alternateName: ['illegal migration'], inDefinedTermSet: { '@id': `${SITE}/en/glossary/#glossary` } });
  });
});

describe('DefinedTermSet', () => {
  test('the glossary of one language names each term by the @id its own page gives it', () => {
    const node = definedTermSetNode({
      url: `${SITE}/en/glossary/`,
      name: 'Glossary',
      description: 'Migration terms used on this site.',
      lang: 'en',
      termUrls: [`${SITE}/en/glossary/circular-migration/`, `${SITE}/en/glossary/diaspora/`],
    });
    expect(node).toEqual({
      '@type': 'DefinedTermSet',
      '@id': `${SITE}/en/glossary/#glossary`,
      url: `${SITE}/en/glossary/`,
      name: 'Glossary',
      description: 'Migration terms used on this site.',
      inLanguage: 'en',
      hasDefinedTerm: [{ '@id': `${SITE}/en/glossary/circular-migration/#term` }, { '@id': `${SITE}/en/glossary/diaspora/#term` }],
    });
    expect(node.hasDefinedTerm).toEqual([{ '@id': termId(`${SITE}/en/glossary/circular-migration/`) }, { '@id': termId(`${SITE}/en/glossary/diaspora/`) }]);
    expect(node['@id']).toBe(glossaryId(`${SITE}/en/glossary/`));
  });
});

describe('the term’s source', () => {
  test('the client’s page: the term page is based on that page, named by its @id', () => {
    expect(termCitations({ page: 'programmes/mobility-partnership' }, lookup)).toEqual({
      citation: [],
      isBasedOn: {
        '@type': 'WebPage',
        '@id': `${SITE}/programmes/mobility-partnership/#webpage`,
        url: `${SITE}/programmes/mobility-partnership/`,
        name: 'პარტნიორობა მობილურობისთვის',
      },
    });
  });

  test('a page that does not exist is an error naming it', () => {
    expect(() => termCitations({ page: 'programmes/nowhere' }, lookup)).toThrow('the term\'s source names the page "programmes/nowhere", which does not exist');
  });

  test('a published glossary is a citation with its publisher, edition and year', () => {
    expect(
      termCitations(
        {
          title: 'Glossary on Migration',
          edition: 'International Migration Law No. 34',
          publisher: 'International Organization for Migration (IOM)',
          published: '2019',
          url: 'https://publications.iom.int/books/international-migration-law-ndeg34-glossary-migration',
        },
        lookup,
      ),
    ).toEqual({
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Glossary on Migration',
          url: 'https://publications.iom.int/books/international-migration-law-ndeg34-glossary-migration',
          publisher: { '@type': 'Organization', name: 'International Organization for Migration (IOM)' },
          version: 'International Migration Law No. 34',
          datePublished: '2019',
        },
      ],
    });
  });

  test('no date or edition is sent that the source does not give', () => {
    const { citation } = termCitations({ title: 'Asylum and Migration Glossary', publisher: 'European Migration Network (EMN)', url: 'https://home-affairs.ec.europa.eu/' }, lookup);
    expect(citation[0]).not.toHaveProperty('datePublished');
    expect(citation[0]).not.toHaveProperty('version');
  });

  test('the nodes fit the site’s page description and serialise safely', () => {
    const url = `${SITE}/glossary/readmission/`;
    const page = webPageNode({
      url,
      name: 'რეადმისია',
      description: 'რას ნიშნავს რეადმისია.',
      lang: 'ka',
      homeUrl: `${SITE}/`,
      hasBreadcrumb: false,
      aboutId: termId(url),
      citations: termCitations({ page: 'programmes/mobility-partnership' }, lookup),
    });
    const term = definedTermNode({ url, name: 'რეადმისია', definition: '</script> არ წყვეტს ბლოკს', glossaryUrl: `${SITE}/glossary/` });
    const json = serializeJsonLd(graph([page, term]));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)['@graph'][0]).toMatchObject({ about: { '@id': `${url}#term` }, isBasedOn: { '@id': `${SITE}/programmes/mobility-partnership/#webpage` } });
    expect(JSON.parse(json)['@graph'][1].description).toBe('</script> არ წყვეტს ბლოკს');
  });
});
