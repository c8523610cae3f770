/**
 * Serves a built site with a real nginx and the shipped configuration
 * (deploy/nginx/migration.conf), changed only where a test must: the site's
 * folder and the port. Where nginx or its brotli module is missing, says why
 * instead, so the tests can be skipped with that reason.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) => existsSync(path));
const SHIPPED_ROOT = '/var/www/migration';
const SHIPPED_CONFIG_DIR = '/etc/nginx/migration';

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

/** Why nginx cannot run here, or undefined if it can. */
export function nginxUnavailable(): string | undefined {
  if (!NGINX) return 'nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static)';
  const brotli = globSync('/etc/nginx/modules-enabled/*.conf').some((file) => readFileSync(file, 'utf8').includes('brotli_static'));
  if (!brotli) return 'the nginx brotli module is not installed (Debian: apt-get install libnginx-mod-http-brotli-static)';
  return undefined;
}

/** The shipped server block, pointed at `root` and listening on 127.0.0.1:`port`. */
export function testSiteConfig(root: string, port: number, configDir: string): string {
  const shipped = readFileSync('deploy/nginx/migration.conf', 'utf8');
  const config = shipped
    .replaceAll(SHIPPED_ROOT, resolve(root))
    .replaceAll(SHIPPED_CONFIG_DIR, configDir)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`);
  if (!config.includes(`listen 127.0.0.1:${port};`)) throw new Error('deploy/nginx/migration.conf no longer has "listen 80;"');
  return config;
}

export async function startNginx(root: string, port: number): Promise<RunningNginx> {
  if (!existsSync(join(root, '_nginx', 'redirects.conf'))) throw new Error(`${root} is not a built site (no _nginx/redirects.conf)`);
  // A server already there would answer in nginx's place, and the tests would check it instead.
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use by another server; nginx needs a port of its own`);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  // Installed as the deploy instructions say: the committed headers, and the build's redirects through the install script.
  const configDir = join(dir, 'migration');
  execFileSync('sh', ['deploy/nginx/install-redirects.sh', root, configDir], { stdio: 'pipe' });
  const redirects = join(configDir, 'redirects.conf');
  writeFileSync(redirects, readFileSync(redirects, 'utf8').replaceAll(SHIPPED_CONFIG_DIR, configDir));
  cpSync('deploy/nginx/security-headers.conf', join(configDir, 'security-headers.conf'));
  cpSync('deploy/nginx/search-security-headers.conf', join(configDir, 'search-security-headers.conf'));
  writeFileSync(join(configDir, 'languages.conf'), readFileSync('deploy/nginx/languages.conf', 'utf8').replaceAll(SHIPPED_CONFIG_DIR, configDir));
  writeFileSync(join(dir, 'site.conf'), testSiteConfig(root, port, configDir));
  // Debian's module snippets name their modules relative to nginx's prefix, which is now this folder.
  const modules = ['/usr/lib/nginx/modules', '/usr/share/nginx/modules'].find((path) => existsSync(path));
  if (modules) symlinkSync(modules, join(dir, 'modules'));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // As root, nginx's workers would become "nobody", who may not read the checkout.
      asRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'include /etc/nginx/modules-enabled/*.conf;',
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${readLog(dir)}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
  }
  return {
    origin,
    async stop() {
      child.kill('SIGQUIT');
      await new Promise((resolveExit) => (child.exitCode !== null ? resolveExit(undefined) : child.once('exit', resolveExit)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  const log = join(dir, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}
