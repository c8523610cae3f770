/**
 * The components editors may use in a page, by name, without importing them,
 * and the props each takes. A page cannot import anything (see safe-mdx.ts),
 * so this registry is the whole list; src/components/mdx-components.ts maps
 * each name to the component that draws it, and the type below keeps the two
 * in step.
 *
 * Props are literal text only (`<Glossary term="visa">`), never `{…}`: each
 * is checked here against its rule at build time, with the page's file and
 * line when it is wrong.
 *
 * None are needed today. To add one: describe it here, add it to
 * mdx-components.ts, and list it in docs/editing.md.
 */

export type PropRule =
  /** Any text, shown as text. */
  | { kind: 'text'; required?: boolean; maxLength?: number }
  /** One of a few words. */
  | { kind: 'choice'; values: readonly string[]; required?: boolean }
  /** An address, judged like a link in the page (src/lib/safe-urls.ts). */
  | { kind: 'url'; required?: boolean }
  /** Written alone, without a value: `<Note important>`. */
  | { kind: 'flag' };

export interface ContentComponent {
  /** One line for the editors' guide and for the message when it is misused. */
  description: string;
  props: Readonly<Record<string, PropRule>>;
  /** Whether text may go between its opening and closing tag. */
  children: boolean;
}

export const CONTENT_COMPONENTS = {} as const satisfies Readonly<Record<string, ContentComponent>>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

export type ComponentRegistry = Readonly<Record<string, ContentComponent>>;
