/**
 * The mail settings (SMTP host, port, user, password, sender, digest hour), stored in `meta` and edited
 * by the administrator. The password never leaves the server: reads say only whether one is set.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import {
  DEFAULT_MAIL_SETTINGS,
  type MailSettings,
  type MailTransport,
  mailTransportFor,
} from './mail.transport.ts';
import { NotificationRepository } from './notification.repository.ts';

export interface MailSettingsDto {
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  passwordSet: boolean;
  from: string;
  digestHour: number;
  /** Where mail goes now: `smtp://…` or `file:…` (`UPR_SMTP_URL` overrides the stored host; `UPR_OUTBOX_DIR` moves the file outbox). */
  transport: string;
  version: number;
}

/** `password`: a new one, `null` to clear it, absent to keep it. */
export interface MailSettingsUpdate {
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  password?: string | null;
  from: string;
  digestHour: number;
  version: number;
}

export class MailSettingsService {
  private readonly repository: NotificationRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.repository = new NotificationRepository(db);
  }

  async stored(): Promise<MailSettings> {
    const raw = await this.repository.mailSettings();
    return raw
      ? { ...DEFAULT_MAIL_SETTINGS, ...(JSON.parse(raw) as Partial<MailSettings>) }
      : DEFAULT_MAIL_SETTINGS;
  }

  transport(settings: MailSettings, env: NodeJS.ProcessEnv = this.env): MailTransport {
    return mailTransportFor(settings, { env });
  }

  present(settings: MailSettings): MailSettingsDto {
    const { password, ...rest } = settings;
    return { ...rest, passwordSet: Boolean(password), transport: this.transport(settings).describe };
  }

  async get(): Promise<MailSettingsDto> {
    return this.present(await this.stored());
  }

  async update(input: MailSettingsUpdate, actor: AuditActor): Promise<MailSettingsDto> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new NotificationRepository(trx);
      const raw = await repository.mailSettings();
      const current: MailSettings = raw
        ? { ...DEFAULT_MAIL_SETTINGS, ...(JSON.parse(raw) as Partial<MailSettings>) }
        : DEFAULT_MAIL_SETTINGS;
      if (current.version !== input.version)
        throw conflict('the mail settings changed since you read them', this.present(current));
      const next: MailSettings = {
        host: input.host?.trim() || null,
        port: input.port,
        secure: input.secure,
        user: input.user?.trim() || null,
        password: input.password === undefined ? current.password : input.password,
        from: input.from,
        digestHour: input.digestHour,
        version: current.version + 1,
      };
      await repository.saveMailSettings(JSON.stringify(next));
      // The audit trail shows whether the password changed, never the password.
      const safe = (s: MailSettings) => ({ ...s, password: s.password ? '(set)' : null });
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'mail_settings',
        entityId: 'mail',
        before: safe(current),
        after: safe(next),
      });
      return this.present(next);
    });
  }
}
