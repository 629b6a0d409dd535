/**
 * First start: when no active administrator exists, creates one with a one-time password and prints it
 * once (the password must be changed at first sign-in). `upr serve` calls `printSetupPasswordIfNoAdmin`.
 *
 * @example
 *   await printSetupPasswordIfNoAdmin(database.db, (line) => process.stdout.write(line));
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { UserRepository } from '../users/user.repository.ts';
import { UserService } from '../users/user.service.ts';

export const SETUP_ADMIN_EMAIL = 'admin@localhost';

export async function ensureSetupAdmin(
  db: Kysely<DB>,
  email = process.env.UPR_ADMIN_EMAIL ?? SETUP_ADMIN_EMAIL,
): Promise<{ email: string; password: string } | undefined> {
  const users = new UserRepository(db);
  if ((await users.countAdmins()) > 0) return undefined;
  if (await users.findByEmail(email))
    throw new Error(`no active administrator, and ${email} is taken: run upr users add --role admin`);
  const { user, oneTimePassword } = await new UserService(db).create({ email, role: 'admin' }, SYSTEM_ACTOR);
  return { email: user.email, password: oneTimePassword as string };
}

export async function printSetupPasswordIfNoAdmin(
  db: Kysely<DB>,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<void> {
  const created = await ensureSetupAdmin(db);
  if (!created) return;
  write(
    `No administrator yet: created ${created.email} with the one-time password\n\n    ${created.password}\n\n` +
      'Sign in with it and choose a new password; it is not shown again.\n',
  );
}
