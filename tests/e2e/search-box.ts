/**
 * Searching from the search page's own box, as a reader does after a first search: the page, its
 * script and the index it has fetched stay loaded, so a list of a hundred queries costs one visit
 * rather than a hundred. What a first, cold search does is tested apart (tests/e2e/search.spec.ts).
 */
import { expect, type Page } from '@playwright/test';

/** Waits until the search under way has shown its results and the status says so. */
export async function searchDone(page: Page): Promise<void> {
  await expect(page.locator('[data-search-status]')).not.toBeEmpty();
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
}

/** Submits the query and waits until its results are shown and the status says so. */
export async function searchInBox(page: Page, query: string): Promise<void> {
  const box = page.locator('[data-search-page] input[name="q"]');
  await box.fill(query);
  // The submit handler marks the results busy before it returns, so the wait that follows is for this query.
  await box.press('Enter');
  await searchDone(page);
}

/** The addresses of the results shown, best first. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
