/**
 * A page as the server sends it, parsed: for checks of markup that no script on the page changes
 * (the head, the landmarks, the links), which need no browser's visit. What the reader sees after
 * scripts and styles have run is checked in a browser, by the other specs.
 */
import type { APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';

export async function servedPage(request: APIRequestContext, path: string): Promise<{ status: number; html: string; document: HTMLElement }> {
  const response = await request.get(path);
  const html = await response.text();
  return { status: response.status(), html, document: parse(html) };
}

/** An element's text as a browser lays it out, whitespace collapsed (what Playwright's toHaveText compares). */
export const shownText = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim();
