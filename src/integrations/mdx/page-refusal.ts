/**
 * A page the loader (./page-loader.ts) could not render is stored with its refusal in place of its
 * HTML. A build stops at the content sync, so this is only met in the dev server, after an edit broke a
 * page: where the page is drawn, the refusal is thrown, and the editor sees its message in the browser
 * rather than an empty page.
 */
import { quietError } from '../content-guard/mdx-errors.ts';

export function refusalOf(entry: { rendered?: { metadata?: Record<string, unknown> } }): Error | undefined {
  const refusal = entry.rendered?.metadata?.['refusal'];
  return typeof refusal === 'string' ? quietError(refusal, undefined) : undefined;
}
