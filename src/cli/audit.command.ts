/** `upr audit`: reads the audit trail (newest first). */
import type { Command } from 'commander';
import { AuditService } from '../modules/audit/audit.service.ts';
import { parseInteger, printJson, withRegistry } from './context.ts';

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('show the audit trail: who changed what, newest first')
    .option('--entity <type>', 'entity type: recommendation, user, agency, organization, api_token, import')
    .option('--id <id>', "an entity's id: its whole history")
    .option('--user <id>', 'changes by this user id', parseInteger('--user'))
    .option('--action <action>', 'create, update, archive, restore, bulk_update, import, ...')
    .option('--since <date>', 'ISO-8601 date or time')
    .option('--limit <n>', 'how many entries', parseInteger('--limit'), 50)
    .option('--json', 'print JSON')
    .action(
      async (flags: {
        entity?: string;
        id?: string;
        user?: number;
        action?: string;
        since?: string;
        limit: number;
        json?: boolean;
      }) => {
        const entries = await withRegistry(program.opts().db, ({ db }) =>
          new AuditService(db).list(
            {
              ...(flags.entity ? { entityType: flags.entity } : {}),
              ...(flags.id ? { entityId: flags.id } : {}),
              ...(flags.user !== undefined ? { actorUserId: flags.user } : {}),
              ...(flags.action ? { action: flags.action } : {}),
              ...(flags.since ? { since: flags.since } : {}),
            },
            { limit: flags.limit },
          ),
        );
        if (flags.json) return printJson(entries);
        for (const e of entries) {
          const fields = e.diff ? Object.keys(e.diff).join(', ') : '';
          process.stdout.write(
            `${e.at}  ${e.actor.label.padEnd(24)} ${e.action.padEnd(12)} ${e.entityType}/${e.entityId}${fields ? `  (${fields})` : ''}\n`,
          );
        }
      },
    );
}
