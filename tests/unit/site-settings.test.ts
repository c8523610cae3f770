import { describe, expect, test } from 'vitest';
import {
  assertPublishable,
  defineSiteSettings,
  isPreview,
  publisherIn,
  unconfirmedFields,
  type SiteSettings,
} from '../../src/lib/site-settings.ts';

const placeholders: SiteSettings = {
  publisher: {
    name: { ka: 'NOT CONFIRMED', en: 'NOT CONFIRMED' },
    email: 'NOT CONFIRMED',
    address: { ka: ['NOT CONFIRMED'], en: ['NOT CONFIRMED'] },
  },
};

const confirmed: SiteSettings = {
  publisher: {
    name: { ka: 'სატესტო უწყება', en: 'Test Agency' },
    email: 'info@agency.example',
    address: { ka: ['თბილისი, სატესტო ქ. 1'], en: ['1 Test Street, Tbilisi'] },
  },
};

describe('site settings', () => {
  test('lists every field that is still a placeholder, by its dotted name', () => {
    expect(unconfirmedFields(placeholders)).toEqual([
      'publisher.name.ka',
      'publisher.name.en',
      'publisher.email',
      'publisher.address.ka.0',
      'publisher.address.en.0',
    ]);
    expect(isPreview(placeholders)).toBe(true);
    expect(unconfirmedFields(confirmed)).toEqual([]);
    expect(isPreview(confirmed)).toBe(false);
  });

  test('a half-confirmed publisher is still a preview, and names only what is missing', () => {
    const partly = { publisher: { ...confirmed.publisher, email: 'NOT CONFIRMED' } };
    expect(unconfirmedFields(partly)).toEqual(['publisher.email']);
    expect(isPreview(partly)).toBe(true);
  });

  test('a build for the placeholder origin (the default, tests and CI) may go on with placeholders', () => {
    expect(() => assertPublishable(placeholders, 'https://migration.example.ge')).not.toThrow();
    expect(() => assertPublishable(placeholders, 'https://migration.example.ge/')).not.toThrow();
  });

  test('a build for a real address is refused with placeholders, naming the file and the fields', () => {
    expect(() => assertPublishable(placeholders, 'https://owner.github.io')).toThrow(
      'src/settings/site.ts: publisher.name.ka, publisher.name.en, publisher.email, publisher.address.ka.0, publisher.address.en.0 are still "NOT CONFIRMED"',
    );
    const partly = { publisher: { ...confirmed.publisher, email: 'NOT CONFIRMED' } };
    expect(() => assertPublishable(partly, 'https://migration.gov.ge')).toThrow(
      /^src\/settings\/site\.ts: publisher\.email is still "NOT CONFIRMED"\. A build for SITE_URL=https:\/\/migration\.gov\.ge/,
    );
  });

  test('a confirmed publisher may be published anywhere', () => {
    expect(() => assertPublishable(confirmed, 'https://migration.gov.ge')).not.toThrow();
  });

  test('the pages get only confirmed values', () => {
    expect(publisherIn(placeholders, 'ka')).toEqual({ name: undefined, email: undefined, address: undefined });
    expect(publisherIn(confirmed, 'en')).toEqual({ name: 'Test Agency', email: 'info@agency.example', address: ['1 Test Street, Tbilisi'] });
  });

  test('a site language without a value is not confirmed in that language; a language the site does not use needs none', () => {
    const settings = defineSiteSettings({
      publisher: { name: { ka: 'სატესტო უწყება' }, email: 'info@agency.example', address: { ka: ['თბილისი'], en: ['Tbilisi'] } },
    });
    expect(unconfirmedFields(settings)).toEqual(['publisher.name.en']);
    expect(publisherIn(settings, 'en')).toEqual({ name: undefined, email: 'info@agency.example', address: ['Tbilisi'] });
  });

  test('a malformed value stops with the file and the field named', () => {
    expect(() => defineSiteSettings({ publisher: { ...confirmed.publisher, email: 'info at agency' } })).toThrow(
      'src/settings/site.ts: publisher.email: must be an e-mail address, or NOT CONFIRMED',
    );
    expect(() => defineSiteSettings({ publisher: { ...confirmed.publisher, name: { ka: ' ', en: 'Test Agency' } } })).toThrow(
      /src\/settings\/site\.ts: publisher\.name\.ka: must not be empty/,
    );
  });
});
