/**
 * Serves the built web app (`web/dist`) beside the API: files as they are, hashed assets under
 * `/assets/` cached for a year (their names change with their content), and `index.html` for every
 * other path that is not under `/api/`, so that the app's own routes survive a reload (SPA fallback).
 * `ensureWebBuild` builds the app with Vite when `web/dist` is missing or older than its sources.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';

export const WEB_ROOT = resolve(fileURLToPath(new URL('../../web', import.meta.url)));
export const WEB_DIST = join(WEB_ROOT, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const YEAR = 'public, max-age=31536000, immutable';

/** The file under `root` that a URL path names, or undefined (never a path outside `root`). */
export function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

export function registerStatic(app: FastifyInstance, root = WEB_DIST): void {
  const index = join(root, 'index.html');
  // Not part of the API: kept out of the OpenAPI document.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') return reply.callNotFound();
    const file = fileFor(root, request.url);
    if (file && file !== index) {
      const hashed = file.startsWith(join(root, 'assets') + sep);
      reply
        .type(TYPES[extname(file)] ?? 'application/octet-stream')
        .header('cache-control', hashed ? YEAR : 'public, max-age=3600');
      return reply.send(createReadStream(file));
    }
    if (!existsSync(index))
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run `npx vite build` (npm start does it when needed).');
    // The page itself is never cached, so that a new build is picked up at once.
    reply.type(TYPES['.html'] as string).header('cache-control', 'no-cache');
    return reply.send(createReadStream(index));
  });
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** Whether `web/dist` is missing or older than the app's sources, its catalog or the Vite config. */
export function webBuildIsStale(webRoot = WEB_ROOT): boolean {
  const built = join(webRoot, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(join(webRoot, 'src')),
    newest(join(webRoot, 'index.html')),
    newest(join(webRoot, '..', 'src', 'i18n')),
    newest(join(webRoot, '..', 'vite.config.ts')),
  );
  return sources > statSync(built).mtimeMs;
}

/** Builds the web app with Vite when stale; a no-op where the sources are absent (a packaged install). */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<void> {
  if (!existsSync(join(WEB_ROOT, 'src')) || !webBuildIsStale()) return;
  // One build at a time across processes (test files run in parallel, each wanting a fresh build):
  // whoever waited finds the build fresh and returns.
  const lock = join(WEB_ROOT, '.build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes was left by a process that died mid-build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    if (!webBuildIsStale()) return;
    log('building the web app (web/dist is missing or older than web/src)...\n');
    // A child process with NODE_ENV=production: under a test runner (NODE_ENV=test) Vite would bundle
    // React's development build, twice the size.
    const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
    await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: join(WEB_ROOT, '..'),
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
