/** A listening server on a fresh database, with one account (and API token) per role. */
import type { FastifyInstance } from 'fastify';
import type { DialectName } from '../../src/db/database.ts';
import type { Role } from '../../src/db/schema.ts';
import { buildApp } from '../../src/http/app.ts';
import { AgencyService } from '../../src/modules/agencies/agency.service.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { OrganizationService } from '../../src/modules/organizations/organization.service.ts';
import { UserService } from '../../src/modules/users/user.service.ts';
import { openTestDatabase, type TestDatabase } from '../../src/test/databases.ts';

export const PASSWORD = 'correct horse battery staple 42';
export const ROLE_NAMES: Role[] = ['admin', 'coordinator', 'agency_focal_point', 'cs_contributor', 'viewer'];

export interface Server {
  app: FastifyInstance;
  url: string;
  database: TestDatabase;
  agencyId: number;
  otherAgencyId: number;
  organizationId: number;
  users: Record<Role, { id: number; email: string; token: string; readToken: string }>;
  close(): Promise<void>;
}

export async function startServer(
  dialect: DialectName,
  options: { loginRateLimit?: number } = {},
): Promise<Server> {
  const database = await openTestDatabase(dialect);
  const app = await buildApp({
    database,
    rateLimit: false,
    loginRateLimit: options.loginRateLimit ?? 1_000,
    bodyLimit: 64 * 1024,
    uploadLimit: 2 * 1024 * 1024,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const agency = await new AgencyService(database.db).create(
    { nameEn: 'Ministry of Internal Affairs', nameRu: 'МВД', nameKk: 'ІІМ' },
    SYSTEM_ACTOR,
  );
  const other = await new AgencyService(database.db).create(
    { nameEn: 'Prosecutor General', nameRu: 'Генпрокуратура', nameKk: 'Бас прокуратура' },
    SYSTEM_ACTOR,
  );
  const org = await new OrganizationService(database.db).create(
    { nameEn: 'NGO Coalition', nameRu: 'Коалиция НКО', nameKk: 'ҮЕҰ коалициясы', kind: 'coalition' },
    SYSTEM_ACTOR,
  );
  const auth = new AuthService(database.db);
  const users = {} as Server['users'];
  for (const role of ROLE_NAMES) {
    const email = `${role}@example.org`;
    const { user } = await new UserService(database.db).create(
      {
        email,
        role,
        password: PASSWORD,
        agencyId: role === 'agency_focal_point' ? agency.id : null,
        organizationId: role === 'cs_contributor' ? org.id : null,
      },
      SYSTEM_ACTOR,
    );
    const token = (await auth.createToken(user, 'test', 'write')).token;
    const readToken = (await auth.createToken(user, 'test-read', 'read')).token;
    users[role] = { id: user.id, email, token, readToken };
  }
  return {
    app,
    url,
    database,
    agencyId: agency.id,
    otherAgencyId: other.id,
    organizationId: org.id,
    users,
    close: async () => {
      await app.close();
      await database.cleanup();
    },
  };
}

export interface Call {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field in the tests
  body: any;
  headers: Headers;
}

export async function call(
  server: Server,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    raw?: RequestInit['body'];
  } = {},
): Promise<Call> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: RequestInit['body'] | undefined = options.raw;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Signs in with a password; returns the cookie and CSRF token. */
export async function login(server: Server, email: string, password = PASSWORD) {
  const response = await call(server, 'POST', '/api/auth/login', { body: { email, password } });
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  return { response, cookie, csrf: response.body?.csrfToken as string };
}
