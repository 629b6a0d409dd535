import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, registerStatic, webBuildIsStale } from './static.ts';

describe('static web app', () => {
  let dir: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upr-web-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>UPR</title>');
    writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'dist', 'favicon.svg'), '<svg/>');
    app = Fastify();
    registerStatic(app, join(dir, 'dist'));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed assets for a year and the page itself uncached', async () => {
    const asset = await app.inject('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    const page = await app.inject('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<title>UPR</title>');
    expect((await app.inject('/favicon.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers the app’s own routes with index.html, but not /api paths or paths outside the root', async () => {
    const deep = await app.inject('/recommendations/12?lang=ru');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>UPR</title>');
    expect((await app.inject('/api/nothing')).statusCode).toBe(404);
    expect(fileFor(join(dir, 'dist'), '/../../etc/passwd')).toBeUndefined();
    expect(fileFor(join(dir, 'dist'), '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
  });

  it('calls a build stale when a source is newer than it', () => {
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src', 'main.tsx'), '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'src', 'main.tsx'), past, past);
    utimesSync(join(dir, 'src'), past, past);
    expect(webBuildIsStale(dir)).toBe(false);
    writeFileSync(join(dir, 'src', 'main.tsx'), 'changed');
    expect(webBuildIsStale(dir)).toBe(true);
  });
});
