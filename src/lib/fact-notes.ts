/**
 * The numbered source notes of a page: which sources its facts cite, in the
 * order the page lists them, and each fact's note numbers. The page's own
 * text (`copy`) is note 1 when anything cites it; then every reference in
 * the order of `references`, cited or not, so the numbers never depend on
 * which facts a page happens to show.
 */
import { COPY, type PageData, type Reference } from './content-schema.ts';

export type Note = { number: number; kind: 'copy' } | { number: number; kind: 'reference'; reference: Reference };

export interface PageNotes {
  notes: Note[];
  /** Note numbers for the ids a fact cites, in ascending order. */
  numbersFor(ids: readonly string[] | undefined): number[];
}

export function pageNotes(data: Pick<PageData, 'facts' | 'timeline' | 'references'>): PageNotes {
  const cited = [...Object.values(data.facts?.source ?? {}), ...(data.timeline ?? []).map((event) => event.source ?? [])].flat();
  const notes: Note[] = [];
  if (cited.includes(COPY)) notes.push({ number: 1, kind: 'copy' });
  for (const reference of data.references ?? []) notes.push({ number: notes.length + 1, kind: 'reference', reference });
  const byId = new Map(notes.map((note) => [note.kind === 'copy' ? COPY : note.reference.id, note.number]));
  return {
    notes,
    numbersFor: (ids) =>
      [...new Set((ids ?? []).map((id) => byId.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b),
  };
}

/** The anchor of note `n` in the page's Sources list. */
export const noteId = (n: number) => `note-${String(n)}`;

/** Newest first, the order readers and feeds want; entries on one day keep the order the editor wrote them in. */
export function historyNewestFirst<T extends { date: string }>(history: readonly T[]): T[] {
  return history
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : a.i - b.i))
    .map(({ entry }) => entry);
}
