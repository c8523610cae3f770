import type { UiStrings } from './index.ts';

export const en = {
  'site.name': 'EU cooperation programmes on migration',
  'site.description':
    'Public information on migration cooperation programmes: the EU–Georgia Mobility Partnership and EUROMED Migration IV.',

  'a11y.skipToContent': 'Skip to main content',
  'a11y.opensExternal': '(external site)',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.about': 'About',
  'breadcrumbs.label': 'Breadcrumb',

  'language.label': 'Language',

  'theme.dark': 'Dark theme',
  'suggestion.label': 'Language suggestion',
  'suggestion.message': 'This page is also in {language}.',
  'suggestion.link': 'Read it in {language}',
  'suggestion.dismiss': 'Dismiss',

  'home.title': 'EU cooperation programmes on migration',
  'home.lead':
    'Plain information, in one place, about two migration cooperation programmes: the Mobility Partnership between the European Union and Georgia, and EUROMED Migration IV, an EU-funded project for the EU Member States and the Southern partner countries of the European Neighbourhood Instrument. Every fact comes with its source.',
  'home.aboutHeading': 'Where the information comes from',
  'home.aboutText':
    'The programme descriptions are based on official sources. See where the information comes from and how we keep the site accessible.',

  'home.aboutLink': 'About this site',

  'programmes.count': '{count} programmes',

  'status.label': 'Status',
  'status.active': 'Active',
  'status.completed': 'Completed',

  'facts.heading': 'Programme at a glance',
  'facts.shortName': 'Short name',
  'facts.fundedBy': 'Funded by',
  'facts.implementedBy': 'Implemented by',
  'facts.partners': 'Partners',
  'facts.period': 'Period',
  'facts.since': '{date} – present',
  'facts.status': 'Status',
  'facts.website': 'Official website',
  'timeline.heading': 'Key dates',

  'source.label': 'Source',
  'feed.title': 'EU cooperation programmes on migration: page updates',
  'feed.subtitle': 'New and updated pages of the site in {language}.',
  'moreInfo.label': 'More information',
  'moreInfo.text': 'For more information, visit',

  'outdated.notice': 'This translation may be out of date: the original has changed since it was translated.',
  'outdated.link': 'Read the original',
  'fallback.notice': 'This page has not been translated into {language} yet. The original, in {original}, is shown below.',

  'footer.sourcesNote':
    'Programme texts are based on official sources, named on each programme’s page.',
  'footer.about': 'About the site, its sources, accessibility and privacy',

  'search.fieldLabel': 'Search this site',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.description': 'Search the information on migration programmes, in {languages}.',
  'search.hint': 'Type in {anyLanguage}; {transliterated} in its own script or in Latin letters (for example, migracia).',
  'search.withoutScript': 'Search needs JavaScript, which is off or not working in this browser. Every page of the site, A to Z:',
  'search.loading': 'Searching…',
  'search.results.one': '{count} result',
  'search.results.other': '{count} results',
  'search.noResults': 'Nothing found for “{query}”.',
  'search.more': 'Show more results',
  'search.partial': 'No page has all the words; pages with most of them:',
  'search.tooShort': 'Type a word of at least two letters.',
  'search.nothingToSearch': 'The search has no letters or digits in it. Type a word.',
  'search.truncated': 'The search was too long: only its beginning was used.',
  'search.tryOtherLanguage': 'The same search on the {language} pages: {count} found',
  'search.inOtherLanguage': 'In {language}',
  'search.error': 'Search could not load. Reload the page, or use the site index.',

  'redirect.title': 'This page has moved',
  'redirect.link': 'Go to its new address',

  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at the requested address.',
  'notFound.lead': 'There is no page at this address. The link may be out of date, or the address may have been mistyped.',
  'notFound.tryHeading': 'Useful links',
  'notFound.home': 'Home page',
  'notFound.programmes': 'List of programmes',
  'notFound.about': 'About this site',

  // Sourced facts, page history and corrections.
  'facts.budget': 'Budget',
  'status.asOf': 'as of',
  'notes.heading': 'Sources',
  'notes.ref': 'Source {n}',
  'notes.copy': 'The text of this page',
  'notes.accessed': 'accessed',
  'inBrief.heading': 'In brief',
  'page.informationAsOf': 'Information as of',
  'history.lastChanged': 'Last updated:',
  'history.summary': 'See all updates ({count})',
  'corrections.heading': 'Corrections to the source texts',
  'corrections.intro':
    'The programme pages reproduce their {original} source texts word for word. These are all the corrections we made to those texts, and why; the {language} pages translate the corrected text.',
  'corrections.original': 'Source text',
  'corrections.corrected': 'Corrected',
  'corrections.why': 'Why',
  'notFound.siteIndex': 'Site index: every page',

  'siteIndex.title': 'Site index',
  'siteIndex.description': 'Every page of the site, A to Z by kind: title, summary and link.',
  'siteIndex.lead': 'Every page of the site, A to Z, grouped by kind.',
  'siteIndex.pages': 'Pages of the site index',
  'siteIndex.pageOf': 'Page {page} of {pages}',
  'siteIndex.previous': 'Previous page',
  'siteIndex.next': 'Next page',
  'siteIndex.continued': '(continued)',

  'publisher.preview': 'Preview: the publisher of this site is not yet confirmed.',
  'publisher.heading': 'Publisher and contact',
  'publisher.name': 'Publisher',
  'publisher.email': 'Email',
  'publisher.address': 'Postal address',
  'publisher.notConfirmed': 'Not yet confirmed',
  'footer.contact': 'Contact',
  'footer.siteIndex': 'Site index',
} as const satisfies UiStrings;
