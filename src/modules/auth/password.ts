/**
 * Passwords: argon2id hashes and the strength rule (at least 12 characters, not a common password).
 * The defaults follow OWASP's password storage cheat sheet for argon2id (19 MiB, 2 passes, 1 lane).
 * Under vitest (`VITEST` set) hashing uses a tiny cost so that the suite stays fast; verification
 * always reads the cost from the stored hash, so hashes of either kind verify everywhere.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// `Algorithm.Argon2id` is an ambient const enum, which verbatimModuleSyntax cannot import.
const ARGON2ID = 2;
const OWASP = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const TEST_ONLY = { memoryCost: 256, timeCost: 1, parallelism: 1 };

export function hashingCost(): typeof OWASP {
  return process.env.VITEST ? TEST_ONLY : OWASP;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...hashingCost() });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that timing does not tell. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isCommonPassword(password)) return 'too common: choose a less predictable password';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local))
    return 'must not contain the email';
  return undefined;
}

/** A random secret for cookies and tokens (256 bits, base64url). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Session ids and API tokens are stored as SHA-256: they are random, so a fast hash is enough. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A one-time password that passes the strength rule: 20 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
