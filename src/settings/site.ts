/**
 * Who publishes the site and how to reach them: shown in every page's
 * footer, on the about page and in the pages' structured data (JSON-LD).
 *
 * Nothing here may be guessed. Until the publisher has confirmed a value,
 * the field says NOT CONFIRMED: the pages then show "not yet confirmed" in
 * its place and a preview notice at the top of every page, and a build for a
 * real address (SITE_URL set to anything but the placeholder origin) stops,
 * naming this file and the field. Checked by src/lib/site-settings.ts.
 */
import { defineSiteSettings } from '../lib/site-settings.ts';

export const siteSettings = defineSiteSettings({
  publisher: {
    /** The organisation that publishes the site, as it names itself in each language. */
    name: { ka: 'NOT CONFIRMED', en: 'NOT CONFIRMED' },
    /** An address that someone reads: readers write to it about the site's content. */
    email: 'NOT CONFIRMED',
    /** The postal address, one line per element of the array, in each language. */
    address: { ka: ['NOT CONFIRMED'], en: ['NOT CONFIRMED'] },
  },
});
