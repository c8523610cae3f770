/**
 * The translation status of every page, for maintainers: /translations.json.
 * `fromGit: false` means the build had no git history (a shallow clone), so
 * every existing translation is "unknown" rather than guessed.
 */
import type { APIRoute } from 'astro';
import { pageInventory } from '../lib/page-inventory.ts';

export const GET: APIRoute = () => Response.json(pageInventory().translations());
