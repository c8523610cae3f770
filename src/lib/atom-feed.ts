/**
 * The Atom feed of one language's page updates, for readers who follow the
 * site from a feed reader. Entries are the content pages, newest change
 * first; the feed's own `updated` is its newest entry's, never the build's
 * clock, so the same content gives the same feed.
 */
import { Feed } from 'feed';
import { parsePartialDate } from './dates.ts';

export interface FeedPage {
  title: string;
  summary: string;
  /** The page's absolute canonical URL: also the entry's id, stable as long as the page keeps its address. */
  url: string;
  /** When the page last changed in substance: the newest date of its page history (see latestChange in data/pages.ts). */
  updated: string;
  /** What that change was, from the page history: the entry's content, so a feed reader says what is new. */
  change?: string | undefined;
}

export interface FeedOptions {
  /** BCP 47 tag, written as the feed's xml:lang. */
  lang: string;
  title: string;
  subtitle: string;
  /** Who publishes the site: the feed's author, which Atom requires. */
  author: string;
  /** The home page in this language: the feed's alternate link. */
  homeUrl: string;
  /** Where the feed itself is: its id and self link. */
  feedUrl: string;
  iconUrl?: string;
  pages: FeedPage[];
}

/** Titles and summaries go out as type="html": text that looks like markup must stay text. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Newest first; pages changed on the same day in address order, so the order never depends on the build. */
export function feedOrder(pages: readonly FeedPage[]): Array<FeedPage & { date: Date }> {
  return pages
    .map((page) => {
      const date = parsePartialDate(page.updated)?.date;
      if (!date) throw new Error(`${page.url}: "${page.updated}" is not a date the feed can use`);
      return { ...page, date };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export function atomFeed(options: FeedOptions): string {
  const entries = feedOrder(options.pages);
  const feed = new Feed({
    id: options.feedUrl,
    title: options.title,
    description: options.subtitle,
    link: options.homeUrl,
    feed: options.feedUrl,
    ...(options.iconUrl ? { favicon: options.iconUrl } : {}),
    author: { name: options.author, link: options.homeUrl },
    // Atom requires an updated date; a feed with no dated page says the epoch rather than the build time.
    updated: entries[0]?.date ?? new Date(0),
    // Left out so the output does not change with the library's version.
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      title: escapeHtml(entry.title),
      id: entry.url,
      link: entry.url,
      date: entry.date,
      description: escapeHtml(entry.summary),
      ...(entry.change ? { content: escapeHtml(entry.change) } : {}),
    });
  }
  // The library has no option for the feed's language; Atom carries it as xml:lang on the root.
  const xml = feed.atom1();
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error('Unexpected Atom output from the feed library: cannot set its language');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(options.lang)}">`);
}
