/**
 * The components a page may use by name (the registry and its prop rules
 * are in src/lib/content-components.ts), passed to every page's content as
 * MDX's `components` mapping: pages never import them. The type requires an
 * entry for every registered name, so the two lists cannot drift apart.
 */
import type { ContentComponentName } from '../lib/content-components.ts';

export const mdxComponents: Readonly<Record<ContentComponentName, unknown>> = {};
