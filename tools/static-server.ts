/**
 * Serves a built site the way a static host does: compressed (precompressed
 * `.br`/`.gz` files if the build has them, else brotli or gzip on the fly,
 * whichever the browser accepts), with content types, directory redirects
 * to the trailing slash, and the 404 page. Astro's preview server sends
 * everything uncompressed, which would make the page weights meaningless.
 *
 *   node tools/static-server.ts [dir] [--port 4400]     (default dist/, BASE_PATH respected)
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isKnownLocale } from '../src/lib/locales.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Text compresses; fonts, images and Pagefind's index (gzipped already) do not. */
const compressible = (type: string) => /^text\/|json|xml|svg|javascript|wasm/.test(type);

type Encoding = 'br' | 'gzip' | 'identity';

function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';', 1)[0]!.toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic({ root, port, host = '127.0.0.1', base = '/' }: { root: string; port: number; host?: string; base?: string }): Promise<StaticServer> {
  const dir = resolve(root);
  const prefix = normalizeBase(base);
  const cache = new Map<string, Buffer>();

  /** The file body in an encoding: a precompressed sibling if there is one, else compressed once and kept. */
  function body(file: string, encoding: Encoding): Buffer {
    const key = `${encoding}:${file}`;
    let buffer = cache.get(key);
    if (buffer) return buffer;
    const sibling = { br: `${file}.br`, gzip: `${file}.gz`, identity: file }[encoding];
    if (existsSync(sibling)) buffer = readFileSync(sibling);
    else if (encoding === 'br') buffer = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    else buffer = gzipSync(readFileSync(file), { level: 9 });
    cache.set(key, buffer);
    return buffer;
  }

  // A missing address under a language's folder (/en/…) gets that language's 404 page, if the build has one.
  const notFoundPage = (path: string) => {
    const first = path.slice(prefix.length).split('/')[0];
    const own = isKnownLocale(first) ? join(dir, first, '404', 'index.html') : '';
    return own && existsSync(own) ? own : join(dir, '404.html');
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '';
    }
    let file: string | undefined;
    let status = 200;
    if (path.startsWith(prefix) || `${path}/` === prefix) {
      const candidate = normalize(join(dir, path.slice(prefix.length)));
      if (candidate === dir || candidate.startsWith(dir + sep)) {
        const stats = existsSync(candidate) ? statSync(candidate) : undefined;
        if (stats?.isDirectory()) {
          if (!path.endsWith('/')) {
            response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
            return;
          }
          if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
        } else if (stats?.isFile()) {
          file = candidate;
        }
      }
    }
    if (!file) {
      file = notFoundPage(path);
      status = 404;
      if (!existsSync(file)) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const encoding = compressible(type) ? chooseEncoding(request.headers['accept-encoding']) : 'identity';
    const payload = encoding === 'identity' ? readFileSync(file) : body(file, encoding);
    response.writeHead(status, {
      'content-type': type,
      'content-length': payload.byteLength,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      ...(compressible(type) ? { vary: 'Accept-Encoding' } : {}),
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
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
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4400;
  const root = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? process.env['OUT_DIR'] ?? 'dist';
  const { origin } = await serveStatic({ root, port, base: process.env['BASE_PATH'] ?? '/' });
  console.log(`Serving ${root} compressed at ${origin}${normalizeBase(process.env['BASE_PATH'])}`);
}
