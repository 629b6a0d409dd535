/** What the CLI tests share: the `upr` command run as a user runs it, a real process on the test's database. */
import { spawn } from 'node:child_process';
import type { TestDatabase } from '../../src/test/databases.ts';

/** What a run of `upr` left: its exit code and everything it printed. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `upr --db <the test database> ...args`, with the database's environment and `env` on top. */
export function upr(database: TestDatabase, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/upr.js', '--db', database.url, ...args], {
      env: { ...process.env, ...database.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
