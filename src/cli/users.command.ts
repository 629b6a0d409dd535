/** `upr users`: create and list accounts from the command line (for setup and scripts). */
import type { Command } from 'commander';
import { ROLES, type Role } from '../db/schema.ts';
import { UserService } from '../modules/users/user.service.ts';
import { CliError, parseInteger, printJson, withRegistry } from './context.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Who the CLI acts as in the audit trail. */
export function cliActor() {
  return { userId: null, label: `cli:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}` };
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage accounts');
  users
    .command('add')
    .description('create an account; prints a one-time password unless --password-stdin is given')
    .requiredOption('--email <email>', 'the sign-in email')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--agency <id>', 'agency id (agency_focal_point)', parseInteger('--agency'))
    .option('--organization <id>', 'organization id (cs_contributor)', parseInteger('--organization'))
    .option('--locale <locale>', 'ru, kk or en', 'ru')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (flags: {
        email: string;
        role: string;
        agency?: number;
        organization?: number;
        locale: string;
        passwordStdin?: boolean;
      }) => {
        if (!(ROLES as readonly string[]).includes(flags.role))
          throw new CliError(`--role ${flags.role}: use ${ROLES.join(', ')}`);
        if (flags.agency !== undefined && flags.organization !== undefined)
          throw new CliError('give --agency or --organization, not both');
        if (!['ru', 'kk', 'en'].includes(flags.locale)) throw new CliError('--locale: use ru, kk or en');
        const password = flags.passwordStdin ? await readStdin() : undefined;
        if (flags.passwordStdin && !password) throw new CliError('no password on standard input');
        const result = await withRegistry(program.opts().db, async ({ db }) => {
          try {
            return await new UserService(db).create(
              {
                email: flags.email.trim().toLowerCase(),
                role: flags.role as Role,
                ...(password ? { password } : {}),
                agencyId: flags.agency ?? null,
                organizationId: flags.organization ?? null,
                locale: flags.locale as 'ru' | 'kk' | 'en',
              },
              cliActor(),
            );
          } catch (error) {
            const extra = (error as { extra?: { errors?: { message: string }[] } }).extra;
            const reason = extra?.errors?.map((e) => e.message).join('; ');
            throw new CliError(`${(error as Error).message}${reason ? `: ${reason}` : ''}`);
          }
        });
        process.stdout.write(`created user ${result.user.id} ${result.user.email} (${result.user.role})\n`);
        if (result.oneTimePassword)
          process.stdout.write(`one-time password (change it at first sign-in): ${result.oneTimePassword}\n`);
      },
    );
  users
    .command('list')
    .description('list accounts')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const rows = await withRegistry(program.opts().db, ({ db }) =>
        new UserService(db).list({}, { limit: 10_000, offset: 0 }),
      );
      const shown = rows.map((u) => ({
        id: u.id,
        email: u.email,
        role: u.role,
        agencyId: u.agency_id,
        organizationId: u.organization_id,
        disabled: u.disabled === 1,
      }));
      if (flags.json) return printJson(shown);
      for (const u of shown)
        process.stdout.write(
          `${String(u.id).padStart(5)}  ${u.email.padEnd(32)} ${u.role}${u.disabled ? ' (disabled)' : ''}\n`,
        );
    });
}
