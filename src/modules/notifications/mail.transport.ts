/**
 * Where mail goes: SMTP through nodemailer when a host (or `UPR_SMTP_URL`) is configured, otherwise a
 * file outbox of `.eml` files (development), or memory (tests). One small interface, so that the outbox
 * sender does not care which.
 *
 * @example
 *   const transport = mailTransportFor(settings, { env: process.env, outboxDir: './data/outbox' });
 *   await transport.send({ to: 'a@example.org', subject: 'Hi', text: 'Body' });
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** What the transport is, for logs and the settings page: `smtp://host:port`, `file:dir` or `memory`. */
  readonly describe: string;
  send(message: MailMessage & { from: string; messageId?: string }): Promise<void>;
}

/** The stored settings (the password is stored; it never leaves the server). */
export interface MailSettings {
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  /** Hour of the day (UTC) at which the reminders and the coordinators' digest go out. */
  digestHour: number;
  version: number;
}

export const DEFAULT_MAIL_SETTINGS: MailSettings = {
  host: null,
  port: 587,
  secure: false,
  user: null,
  password: null,
  from: 'UPR Tracker <no-reply@localhost>',
  digestHour: 7,
  version: 0,
};

/** Keeps messages in memory: tests read `sent`. */
export class MemoryTransport implements MailTransport {
  readonly describe = 'memory';
  readonly sent: (MailMessage & { from: string })[] = [];
  /** Set to make the next sends fail (to test retries). */
  failWith: Error | null = null;

  async send(message: MailMessage & { from: string }): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.sent.push({ to: message.to, from: message.from, subject: message.subject, text: message.text });
  }
}

/** Writes each message as an RFC 822 `.eml` file (written whole, then renamed into place). */
export class FileTransport implements MailTransport {
  readonly describe: string;
  private readonly builder = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });

  constructor(private readonly dir: string) {
    this.describe = `file:${dir}`;
  }

  async send(message: MailMessage & { from: string; messageId?: string }): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const info = await this.builder.sendMail(message);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = `${stamp}-${Math.random().toString(36).slice(2, 8)}.eml`;
    const temp = join(this.dir, `.${name}.tmp`);
    writeFileSync(temp, info.message as Buffer);
    renameSync(temp, join(this.dir, name));
  }
}

export class SmtpTransport implements MailTransport {
  readonly describe: string;
  private readonly transporter: Transporter;

  constructor(
    options:
      | string
      | { host: string; port: number; secure: boolean; user: string | null; password: string | null },
  ) {
    if (typeof options === 'string') {
      this.transporter = nodemailer.createTransport(options);
      const url = new URL(options);
      this.describe = `${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
    } else {
      this.transporter = nodemailer.createTransport({
        host: options.host,
        port: options.port,
        secure: options.secure,
        ...(options.user ? { auth: { user: options.user, pass: options.password ?? '' } } : {}),
      });
      this.describe = `smtp://${options.host}:${options.port}`;
    }
  }

  async send(message: MailMessage & { from: string; messageId?: string }): Promise<void> {
    await this.transporter.sendMail(message);
  }
}

/** `UPR_SMTP_URL` wins, then the stored SMTP host, else a file outbox. */
export function mailTransportFor(
  settings: MailSettings,
  options: { env?: NodeJS.ProcessEnv; outboxDir?: string } = {},
): MailTransport {
  const url = options.env?.UPR_SMTP_URL;
  if (url) return new SmtpTransport(url);
  if (settings.host)
    return new SmtpTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      user: settings.user,
      password: settings.password,
    });
  return new FileTransport(options.outboxDir ?? options.env?.UPR_OUTBOX_DIR ?? join('data', 'outbox'));
}
