/**
 * The accessibility scan every spec uses: axe-core's WCAG 2.0, 2.1 and 2.2
 * rules at levels A and AA, none switched off, on the page as it is now.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The source AxeBuilder is given to put into the page: none, as `wcagViolations` has put axe there already. */
const AXE_ALREADY_IN_PAGE = 'void 0';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The violations, one line each (rule, help, the elements it found): an empty list is a pass.
 *
 * In axe's single-frame mode (`setLegacyMode`): the default mode scans each frame apart and joins
 * the results in a blank page it opens for every scan, which costs a page per scan and buys nothing
 * here, as no page of the site has a frame (and none may load another origin: tests/e2e/suite.ts).
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has a frame, which the single-frame scan would leave out`);
  // axe-core is put into each document once. AxeBuilder sends its 650 KB source with every scan, twice
  // in this mode, which was a third of a scan's time (550 ms a scan against 375 ms, measured on the
  // site's pages); a page scanned in both themes is one document. So the builder is given a source
  // that does nothing, and runs the axe already in the page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Only violations are reported with every element; passes and the rest are only counted.
  const results = await new AxeBuilder({ page, axeSource: AXE_ALREADY_IN_PAGE }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
