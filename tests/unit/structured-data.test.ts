import { describe, expect, test } from 'vitest';
import {
  breadcrumbNode,
  citationNodes,
  graph,
  programmeNode,
  publisherNode,
  serializeJsonLd,
  webPageNode,
  websiteNode,
} from '../../src/lib/structured-data.ts';

const SITE = 'https://migration.example.ge';

describe('WebSite', () => {
  test('names the site in its language and offers the search page, with the query in ?q=', () => {
    const node = websiteNode({
      url: `${SITE}/en/`,
      name: 'Migration programmes in Georgia',
      description: 'Public information.',
      lang: 'en',
      searchUrl: `${SITE}/en/search/`,
    });
    expect(node).toEqual({
      '@type': 'WebSite',
      '@id': `${SITE}/en/#website`,
      url: `${SITE}/en/`,
      name: 'Migration programmes in Georgia',
      description: 'Public information.',
      inLanguage: 'en',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/en/search/?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('publisher', () => {
  test('a confirmed publisher is an Organization with its contact, named by WebSite and WebPage', () => {
    expect(publisherNode(`${SITE}/en/`, { name: 'Test Agency', email: 'info@agency.example', address: ['1 Test Street', 'Tbilisi 0100'] })).toEqual({
      '@type': 'Organization',
      '@id': `${SITE}/en/#publisher`,
      name: 'Test Agency',
      email: 'info@agency.example',
      address: '1 Test Street, Tbilisi 0100',
    });
    const site = websiteNode({ url: `${SITE}/en/`, name: 'n', description: 'd', lang: 'en', searchUrl: `${SITE}/en/search/`, publisherId: `${SITE}/en/#publisher` });
    expect(site.publisher).toEqual({ '@id': `${SITE}/en/#publisher` });
    const page = webPageNode({ url: `${SITE}/en/about/`, name: 'n', description: 'd', lang: 'en', homeUrl: `${SITE}/en/`, hasBreadcrumb: false, publisherId: `${SITE}/en/#publisher` });
    expect(page.publisher).toEqual({ '@id': `${SITE}/en/#publisher` });
  });

  test('an unconfirmed publisher is not claimed at all', () => {
    const site = websiteNode({ url: `${SITE}/`, name: 'n', description: 'd', lang: 'ka', searchUrl: `${SITE}/search/` });
    expect(site).not.toHaveProperty('publisher');
    expect(publisherNode(`${SITE}/`, { name: 'უწყება' })).toEqual({ '@type': 'Organization', '@id': `${SITE}/#publisher`, name: 'უწყება' });
  });
});

describe('BreadcrumbList', () => {
  test('numbers the steps from 1, in the order shown', () => {
    const node = breadcrumbNode(`${SITE}/programmes/x/`, [
      { name: 'მთავარი', url: `${SITE}/` },
      { name: 'პროგრამები', url: `${SITE}/programmes/` },
      { name: 'X', url: `${SITE}/programmes/x/` },
    ]);
    expect(node['@id']).toBe(`${SITE}/programmes/x/#breadcrumb`);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'მთავარი', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'პროგრამები', item: `${SITE}/programmes/` },
      { '@type': 'ListItem', position: 3, name: 'X', item: `${SITE}/programmes/x/` },
    ]);
  });
});

describe('WebPage', () => {
  test('belongs to its site and points at its breadcrumbs and subject by @id', () => {
    const node = webPageNode({
      url: `${SITE}/about/`,
      name: 'საიტის შესახებ',
      description: 'ვინ აქვეყნებს.',
      lang: 'ka',
      homeUrl: `${SITE}/`,
      hasBreadcrumb: true,
      dateModified: '2025-01-15',
      aboutId: `${SITE}/about/#programme`,
    });
    expect(node).toMatchObject({
      '@type': 'WebPage',
      inLanguage: 'ka',
      isPartOf: { '@id': `${SITE}/#website` },
      breadcrumb: { '@id': `${SITE}/about/#breadcrumb` },
      dateModified: '2025-01-15',
      about: { '@id': `${SITE}/about/#programme` },
    });
  });

  test('says nothing it does not know', () => {
    const node = webPageNode({ url: `${SITE}/`, name: 'n', description: 'd', lang: 'ka', homeUrl: `${SITE}/`, hasBreadcrumb: false });
    expect(Object.keys(node).sort()).toEqual(['@id', '@type', 'description', 'inLanguage', 'isPartOf', 'name', 'url']);
  });
});

describe('a programme as a Project', () => {
  const euromed = {
    title: 'EUROMED Migration IV',
    summary: 'An EU-funded project implemented by ICMPD.',
    facts: {
      shortName: 'EUROMED Migration IV',
      fundedBy: ['European Union'],
      implementedBy: ['ICMPD'],
      partners: ['EU Member States', 'Southern Neighbourhood countries'],
      period: { start: '2016', end: '2019' },
      status: 'completed' as const,
      statusAsOf: '2020-12-11',
      website: 'http://www.euromed-migration.eu/',
      source: {},
    },
  };

  test('has its name, dates, funders, partners and implementer from the frontmatter', () => {
    const node = programmeNode(euromed, { url: `${SITE}/en/programmes/euromed-migration-iv/`, implementerRole: 'Implemented by' });
    expect(node).toEqual({
      '@type': 'Project',
      '@id': `${SITE}/en/programmes/euromed-migration-iv/#programme`,
      name: 'EUROMED Migration IV',
      description: 'An EU-funded project implemented by ICMPD.',
      url: `${SITE}/en/programmes/euromed-migration-iv/`,
      sameAs: 'http://www.euromed-migration.eu/',
      foundingDate: '2016',
      dissolutionDate: '2019',
      funder: [{ '@type': 'Organization', name: 'European Union' }],
      member: [
        { '@type': 'Organization', name: 'EU Member States' },
        { '@type': 'Organization', name: 'Southern Neighbourhood countries' },
        { '@type': 'OrganizationRole', roleName: 'Implemented by', member: { '@type': 'Organization', name: 'ICMPD' } },
      ],
    });
  });

  test('a running programme has no dissolution date, and a short name only when it differs from the title', () => {
    const node = programmeNode(
      {
        title: 'პარტნიორობა მობილურობისთვის',
        summary: 's',
        facts: { shortName: 'პარტნიორობა', partners: ['ევროკავშირი', 'საქართველო'], period: { start: '2010-02-16', end: '2030' }, status: 'active', statusAsOf: '2024', source: {} },
      },
      { url: `${SITE}/programmes/mobility-partnership/`, implementerRole: 'განმახორციელებელი' },
    );
    expect(node).toMatchObject({ foundingDate: '2010-02-16', alternateName: 'პარტნიორობა' });
    expect(node).not.toHaveProperty('dissolutionDate');
    expect(node).not.toHaveProperty('funder');
    expect(programmeNode(euromed, { url: SITE, implementerRole: 'r' })).not.toHaveProperty('alternateName');
  });
});

describe('a page\'s sources', () => {
  test('each reference is a cited CreativeWork with its publisher, and the text the page reproduces is what it is based on', () => {
    const cites = citationNodes({
      references: [
        {
          id: 'icmpd-emm5',
          title: 'Project News: EUROMED Migration enters its fifth phase',
          publisher: 'ICMPD',
          url: 'https://www.icmpd.org/news-centre/news-detail/project-news-euromed-migration-enters-its-fifth-phase/',
          published: '2020-12-11',
          accessed: '2026-11-30',
        },
        { id: 'icmpd-emm4', title: 'EUROMED Migration IV', publisher: 'ICMPD', url: 'https://www.icmpd.org/our-work/migration-dialogues/euromed-migration-iv/', accessed: '2026-11-30' },
      ],
      source: { text: 'Based on information from the Office of the State Minister', url: 'http://eu-nato.gov.ge/en/eu/mobility-partnership' },
    });
    expect(cites).toEqual({
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Project News: EUROMED Migration enters its fifth phase',
          url: 'https://www.icmpd.org/news-centre/news-detail/project-news-euromed-migration-enters-its-fifth-phase/',
          publisher: { '@type': 'Organization', name: 'ICMPD' },
          datePublished: '2020-12-11',
        },
        {
          '@type': 'CreativeWork',
          name: 'EUROMED Migration IV',
          url: 'https://www.icmpd.org/our-work/migration-dialogues/euromed-migration-iv/',
          publisher: { '@type': 'Organization', name: 'ICMPD' },
        },
      ],
      isBasedOn: { '@type': 'CreativeWork', name: 'Based on information from the Office of the State Minister', url: 'http://eu-nato.gov.ge/en/eu/mobility-partnership' },
    });
    const page = webPageNode({ url: `${SITE}/x/`, name: 'x', description: 'd', lang: 'en', homeUrl: `${SITE}/`, hasBreadcrumb: false, citations: cites });
    expect(page.citation).toEqual(cites.citation);
    expect(page.isBasedOn).toEqual(cites.isBasedOn);
  });

  test('a page without sources cites nothing', () => {
    expect(citationNodes({})).toEqual({ citation: [] });
    expect(webPageNode({ url: `${SITE}/x/`, name: 'x', description: 'd', lang: 'en', homeUrl: `${SITE}/`, hasBreadcrumb: false, citations: citationNodes({}) })).not.toHaveProperty('citation');
  });

  test('a programme with no period has no founding date', () => {
    expect(programmeNode({ title: 't', summary: 's', facts: { shortName: 't', partners: ['a'], source: { partners: ['copy'] } } }, { url: SITE, implementerRole: 'r' })).not.toHaveProperty('foundingDate');
  });
});

describe('serializeJsonLd', () => {
  test('no page text can close the script block, and the JSON reads back unchanged', () => {
    const value = graph([{ '@type': 'WebPage', name: '</script><script>alert(1)</script> & <!-- \u2028' }]);
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });

  test('Georgian stays as it is', () => {
    expect(serializeJsonLd({ name: 'მიგრაცია' })).toBe('{"name":"მიგრაცია"}');
  });
});
