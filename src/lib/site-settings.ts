/**
 * The schema of src/settings/site.ts, and what follows from it: whether the
 * site may be published, and the preview state while it may not.
 */
import { z } from 'astro/zod';
import { localeCodes, profileCodes, type Locale } from './locales.ts';

/** What a field holds until the publisher confirms it. */
export const NOT_CONFIRMED = 'NOT CONFIRMED';
/** The origin builds use when SITE_URL is not set: a preview, never a published site. */
export const PLACEHOLDER_ORIGIN = 'https://migration.example.ge';
/** Where the settings live, for messages. */
export const SETTINGS_FILE = 'src/settings/site.ts';

const text = z.string().trim().min(1, 'must not be empty; write NOT CONFIRMED until the value is known');
// A value per language with a profile. A site language without one is not confirmed in that language
// (unconfirmedFields names it), so the settings file needs no entry for a language the site does not use.
const perLocale = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(profileCodes.map((code) => [code, schema.optional()])) as Record<Locale, z.ZodOptional<T>>).strict();

export const siteSettingsSchema = z
  .object({
    publisher: z
      .object({
        name: perLocale(text),
        email: z.union([z.literal(NOT_CONFIRMED), z.email('must be an e-mail address, or NOT CONFIRMED')]),
        address: perLocale(z.array(text).min(1, 'needs at least one line')),
      })
      .strict(),
  })
  .strict();

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Checks the settings when the file is loaded, so a mistake stops every build and test with the field named. */
export function defineSiteSettings(settings: SiteSettings): SiteSettings {
  const parsed = siteSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${SETTINGS_FILE}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The dotted names of the fields still NOT CONFIRMED ('publisher.name.en', 'publisher.address.ka.0'). */
export function unconfirmedFields(settings: SiteSettings): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      if (value.trim() === NOT_CONFIRMED) found.push(path.join('.'));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(settings, []);
  for (const field of ['name', 'address'] as const) {
    for (const code of localeCodes) if (settings.publisher[field][code] === undefined) found.push(`publisher.${field}.${code}`);
  }
  return found;
}

/** True while any field is unconfirmed: pages then say they are a preview. */
export function isPreview(settings: SiteSettings): boolean {
  return unconfirmedFields(settings).length > 0;
}

/**
 * Refuses a build for a real address while the publisher is not confirmed:
 * a public body's site must say who publishes it. Builds for the placeholder
 * origin (the default, used by the tests and CI) are previews and may go on.
 */
export function assertPublishable(settings: SiteSettings, siteUrl: string): void {
  if (new URL(siteUrl).origin === PLACEHOLDER_ORIGIN) return;
  const missing = unconfirmedFields(settings);
  if (missing.length === 0) return;
  throw new Error(
    `${SETTINGS_FILE}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} still "${NOT_CONFIRMED}". ` +
      `A build for SITE_URL=${siteUrl} publishes the site, and a published site must name its publisher and a contact. ` +
      `Fill in the confirmed values, or build without SITE_URL (or with SITE_URL=${PLACEHOLDER_ORIGIN}) for a preview.`,
  );
}

/** The publisher's details in one language, with undefined for what is not confirmed. */
export function publisherIn(settings: SiteSettings, locale: Locale) {
  const known = (value: string) => (value.trim() === NOT_CONFIRMED ? undefined : value);
  const address = settings.publisher.address[locale]?.map(known);
  const name = settings.publisher.name[locale];
  return {
    name: name === undefined ? undefined : known(name),
    email: known(settings.publisher.email),
    address: address?.every((line) => line !== undefined) ? (address as string[]) : undefined,
  };
}
