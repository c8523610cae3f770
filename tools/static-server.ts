/**
 * Serves a built site the way a static host does, for the page benchmark: the
 * build's precompressed `.br`/`.gz` files by the browser's Accept-Encoding,
 * content types, `index.html` for a folder, and each language's 404 page.
 * `sirv` does the serving; this file only adds the base path and the 404s.
 * (`astro preview` sends everything uncompressed, which would make page
 * weights meaningless.)
 *
 *   node tools/static-server.ts [dir] [--port 4400]     (default dist/, BASE_PATH respected)
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { defaultLocale, isKnownLocale } from '../src/lib/locales.ts';
import { normalizeBase } from '../src/lib/urls.ts';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic({ root, port, host = '127.0.0.1', base = '/' }: { root: string; port: number; host?: string; base?: string }): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = normalizeBase(base);
  const files = sirv(dir, { brotli: true, gzip: true, etag: true, extensions: ['html'], setHeaders: (res) => res.setHeader('cache-control', 'no-cache') });

  /** The 404 page of the language whose folder the path is in; the default language's at the root. */
  function notFound(path: string): Buffer | undefined {
    // Any language with a profile, not only this process's SITE_LOCALES: the server may serve a build made with other languages.
    const first = path.slice(prefix.length).split('/')[0];
    const locale = first && first !== defaultLocale && isKnownLocale(first) ? first : undefined;
    const page = [locale && join(dir, locale, '404', 'index.html'), join(dir, '404.html')].find((file) => file && existsSync(file));
    return page ? readFileSync(page) : undefined;
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const missing = () => {
      const page = notFound(path);
      response.writeHead(404, { 'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' }).end(page ?? 'Not found');
    };
    if (!path.startsWith(prefix)) return missing();
    request.url = request.url!.slice(prefix.length - 1);
    files(request, response, missing);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  return {
    origin: `http://${host}:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4400' } } });
  const root = positionals[0] ?? process.env['OUT_DIR'] ?? 'dist';
  const { origin } = await serveStatic({ root, port: Number(values.port), base: process.env['BASE_PATH'] ?? '/' });
  console.log(`Serving ${root} compressed at ${origin}${normalizeBase(process.env['BASE_PATH'])}`);
}
