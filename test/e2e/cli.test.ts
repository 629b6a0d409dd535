/** The `upr` command as a user runs it: a real process, a real database, the real sample files. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../src/test/databases.ts';
import { upr } from './cli.helpers.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const scratch = mkdtempSync(join(tmpdir(), 'upr-cli-'));

describe.each(testDialects())('upr on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
  });
  afterAll(() => database.cleanup());

  it('imports a file and prints a JSON report', async () => {
    const run = await upr(database, ['import', KAZAKHSTAN, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: true, format: 'upr-info-csv', rowsRead: 327, added: 327, updated: 0 });
  });

  it('says what a second import would change with --dry-run: nothing', async () => {
    const run = await upr(database, ['import', KAZAKHSTAN, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('would import');
    expect(run.stdout).toContain('added 0, updated 0, unchanged 327');
    expect(run.stdout).toContain('dry run: nothing was written');
  });

  it('prints statistics as JSON with total and byPosition', async () => {
    const run = await upr(database, ['stats', '--state', 'KAZ', '--cycle', '2', '--json']);
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats.total).toBe(198);
    expect(stats.byPosition).toEqual({
      supported: 147,
      supported_in_part: 0,
      noted: 51,
      pending: 0,
      unknown: 0,
    });
    expect(stats.topRecommendingStates[0]).toHaveProperty('state');
  });

  it('prints readable statistics', async () => {
    const run = await upr(database, ['stats', '--state', 'KAZ']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^total: 327$/m);
    expect(run.stdout).toMatch(/^by position: supported 269, supported_in_part 0, noted 58/m);
  });

  it('exports a filtered selection to a file', async () => {
    const out = join(scratch, `noted-${dialect}.csv`);
    const run = await upr(database, ['export', '--state', 'KAZ', '--position', 'noted', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`wrote 58 recommendations to ${out}\n`);
    expect(readFileSync(out, 'utf8').trim().split('\n')[0]).toMatch(/^key,mechanism,state_under_review,/);
  });

  it('fails with a one-line reason and a non-zero exit code on a bad file', async () => {
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'Country,Recommendation\nKazakhstan,Abolish\n');
    const run = await upr(database, ['import', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^upr: .*bad\.csv: wrong header on line 1: no column text/);
  });

  it('refuses a wrong option value with a one-line reason', async () => {
    const run = await upr(database, ['export', '--position', 'maybe']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'upr: --position maybe: use supported, supported_in_part, noted, pending, unknown\n',
    );
  });

  it('tells what the database holds', async () => {
    const run = await upr(database, ['db', 'info', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dialect, recommendations: 327, states: 195 });
  });

  it('serves the API on the printed address', async () => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['bin/upr.js', '--db', database.url, 'serve', '--port', '0'],
      { env: { ...process.env, ...database.env } },
    );
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout?.on('data', (d) => {
          out += d;
          const match = /on (http:\/\/[^\s]+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('close', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
      });
      expect(await (await fetch(`${address}/api/health`)).json()).toEqual({ status: 'ok' });
      const response = await fetch(`${address}/api/recommendations?state=KAZ&cycle=2&position=noted&limit=5`);
      const list = (await response.json()) as { total: number; items: unknown[] };
      expect(list.total).toBe(51);
      expect(list.items).toHaveLength(5);
      expect(list.items[0]).toMatchObject({ stateUnderReview: 'KAZ', cycle: 2, position: 'noted' });
      const stats = (await (await fetch(`${address}/api/stats?state=KAZ`)).json()) as {
        total: number;
        byPosition: Record<string, number>;
      };
      expect(stats.total).toBe(327);
      expect(stats.byPosition.noted).toBe(58);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
