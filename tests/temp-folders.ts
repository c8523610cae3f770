/**
 * Folders of files written for a test file's tests, removed when the file is done:
 *
 *   const folders = tempFolders('inventory');
 *   afterAll(folders.remove);
 *   const dir = folders.make({ 'en/guide.mdx': '…' });
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempFolders(prefix: string): { make(files: Record<string, string>): string; remove(): void } {
  const made: string[] = [];
  return {
    /** A new folder holding `files` (path from the folder → text), with the folders they need. */
    make(files) {
      const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
      made.push(dir);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      return dir;
    },
    remove() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
