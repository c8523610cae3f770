/**
 * The one script every page runs, inline in the head so it acts before the
 * first paint:
 * - the colour theme: the reader's stored choice, else the system's, kept
 *   in step with the system while no choice is stored, so the page never
 *   flashes the wrong theme;
 * - the theme toggle in the header, and the suggestion to read the page in
 *   the other language (for a browser that prefers that language over the
 *   page's, until it is dismissed). Both are controls only this script can
 *   work, so the page carries them as markup in an attribute (JsOnly.astro)
 *   and this script puts them in: without JavaScript (and in text browsers,
 *   which ignore CSS and the hidden attribute) they do not exist at all;
 *
 * It is a plain string, not a bundled module, so the text the page carries
 * and the hash its Content-Security-Policy allows are the same bytes. It is
 * ES5 with no dependencies, and small: content pages carry no other script.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/** localStorage keys. */
export const THEME_KEY = 'theme';
export const SUGGESTION_KEY = 'language-suggestion';

const SOURCE = `(function () {
  var root = document.documentElement;
  function get(key) { try { return localStorage.getItem(key); } catch (e) {} }
  function put(key, value) {
    try { value ? localStorage.setItem(key, value) : localStorage.removeItem(key); } catch (e) {}
  }
  var system = matchMedia('(prefers-color-scheme: dark)');
  var chosen = get('${THEME_KEY}');
  if (chosen !== 'dark' && chosen !== 'light') chosen = null;
  // Also puts in the controls only this script can work, which arrive as markup in an empty template's
  // attribute (JsOnly.astro), and marks the theme toggle's state once it is there.
  function apply() {
    var slots = document.querySelectorAll('[data-js-only=boot]');
    for (var i = 0; i < slots.length; i++) slots[i].outerHTML = slots[i].getAttribute('data-html');
    var theme = chosen || (system.matches ? 'dark' : 'light');
    root.setAttribute('data-theme', theme);
    var toggles = document.querySelectorAll('[data-theme-toggle]');
    for (i = 0; i < toggles.length; i++) toggles[i].setAttribute('aria-pressed', theme === 'dark'); // as "true" or "false"
  }
  // The observer runs as the parser inserts nodes, before the browser paints anything after a control,
  // so the controls are laid out as if they had been in the HTML: nothing shifts. Every browser that runs
  // this script has MutationObserver (IE 11 included).
  var observer = new MutationObserver(apply);
  observer.observe(root, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    observer.disconnect();
    apply();
  });
  apply();
  // Safari before 14 has only the older addListener.
  if (system.addEventListener) system.addEventListener('change', apply);
  else if (system.addListener) system.addListener(apply);
  var other = root.getAttribute('data-other-lang');
  var preferred = navigator.languages || [navigator.language];
  if (other && !get('${SUGGESTION_KEY}')) {
    for (var i = 0; i < preferred.length; i++) {
      var lang = String(preferred[i]).toLowerCase().split('-')[0];
      if (lang === root.lang) break;
      if (lang === other) { root.setAttribute('data-suggest-lang', ''); break; }
    }
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!target || !target.closest) return;
    if (target.closest('[data-theme-toggle]')) {
      var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      // Choosing what the system shows anyway means following the system again.
      chosen = next === (system.matches ? 'dark' : 'light') ? null : next;
      put('${THEME_KEY}', chosen);
      apply();
    } else if (target.closest('[data-suggest-dismiss]')) {
      root.removeAttribute('data-suggest-lang');
      put('${SUGGESTION_KEY}', 'dismissed');
    }
  });
})();`;

/** What pages carry: the source above, minified (every page repeats it). */
export const PAGE_BOOT_SCRIPT = transformSync(SOURCE, { minify: true, target: 'es5' }).code.trim();

/** The hash the CSP lists for the script above (Astro's `sha256-…` form, without quotes). */
export const PAGE_BOOT_HASH = `sha256-${createHash('sha256').update(PAGE_BOOT_SCRIPT).digest('base64')}` as const;
