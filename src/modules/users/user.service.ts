/** Accounts: creating them (with the password rule), changing roles and bindings, listing. */
import type { Kysely } from 'kysely';
import type { DB, Role, UserRow } from '../../db/schema.ts';
import { badRequest, conflict, HttpProblem, notFound } from '../../http/problem.ts';
import { AgencyRepository } from '../agencies/agency.repository.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { generatePassword, hashPassword, passwordProblem } from '../auth/password.ts';
import { OrganizationRepository } from '../organizations/organization.repository.ts';
import { type UserFilter, UserRepository } from './user.repository.ts';
import { auditShapeOfUser, type CreateUserInput, type UpdateUserInput } from './user.schema.ts';

/** Which binding each role needs: a focal point belongs to an agency, a contributor to an organization. */
export function bindingProblem(role: Role, agencyId: number | null, organizationId: number | null) {
  if (role === 'agency_focal_point' && agencyId === null)
    return { path: 'agencyId', message: 'an agency focal point needs an agency' };
  if (role === 'cs_contributor' && organizationId === null)
    return { path: 'organizationId', message: 'a civil-society contributor needs an organization' };
  if (role !== 'agency_focal_point' && agencyId !== null)
    return { path: 'agencyId', message: 'only an agency focal point is bound to an agency' };
  if (role !== 'cs_contributor' && organizationId !== null)
    return {
      path: 'organizationId',
      message: 'only a civil-society contributor is bound to an organization',
    };
  return undefined;
}

export class UserService {
  private readonly users: UserRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.users = new UserRepository(db);
  }

  get(id: number): Promise<UserRow | undefined> {
    return this.users.findById(id);
  }

  list(filter: UserFilter, page: { limit: number; offset: number }): Promise<UserRow[]> {
    return this.users.list(filter, page);
  }

  /**
   * Creates an account; without a password, a one-time one is generated, returned once, and must be
   * changed at first sign-in.
   */
  async create(
    input: CreateUserInput,
    actor: AuditActor,
  ): Promise<{ user: UserRow; oneTimePassword?: string }> {
    const agencyId = input.agencyId ?? null;
    const organizationId = input.organizationId ?? null;
    const binding = bindingProblem(input.role, agencyId, organizationId);
    if (binding) throw badRequest('invalid account', { errors: [binding] });
    const oneTimePassword = input.password === undefined ? generatePassword() : undefined;
    const password = input.password ?? (oneTimePassword as string);
    const problem = passwordProblem(password, input.email);
    if (problem)
      throw badRequest('the password is refused', { errors: [{ path: 'password', message: problem }] });
    await this.checkBindingsExist(agencyId, organizationId);
    if (await this.users.findByEmail(input.email))
      throw new HttpProblem(409, 'Conflict', `an account with the email ${input.email} exists`);
    const now = new Date().toISOString();
    const passwordHash = await hashPassword(password);
    const user = await this.db.transaction().execute(async (trx) => {
      const created = await new UserRepository(trx).insert({
        email: input.email.toLowerCase(),
        password_hash: passwordHash,
        role: input.role,
        agency_id: agencyId,
        organization_id: organizationId,
        locale: input.locale ?? 'ru',
        locked_until: null,
        must_change_password: oneTimePassword ? 1 : 0,
        created_at: now,
        updated_at: now,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'user',
        entityId: created.id,
        after: auditShapeOfUser(created),
      });
      return created;
    });
    return { user, ...(oneTimePassword ? { oneTimePassword } : {}) };
  }

  async update(id: number, input: UpdateUserInput, actor: AuditActor): Promise<UserRow> {
    const current = await this.users.findById(id);
    if (!current) throw notFound(`no user ${id}`);
    if (current.version !== input.version)
      throw conflict('the account changed since you read it', current && auditShapeOfUser(current));
    const role = input.role ?? current.role;
    const agencyId = input.agencyId !== undefined ? input.agencyId : current.agency_id;
    const organizationId =
      input.organizationId !== undefined ? input.organizationId : current.organization_id;
    const binding = bindingProblem(role, agencyId, organizationId);
    if (binding) throw badRequest('invalid account', { errors: [binding] });
    await this.checkBindingsExist(agencyId, organizationId);
    return this.db.transaction().execute(async (trx) => {
      const repository = new UserRepository(trx);
      const updated = await repository.updateVersioned(id, input.version, {
        role,
        agency_id: agencyId,
        organization_id: organizationId,
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
        ...(input.unlock ? { failed_logins: 0, locked_until: null } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!updated) {
        const now = await repository.findById(id);
        throw conflict('the account changed since you read it', now && auditShapeOfUser(now));
      }
      if (updated.role !== 'admin' || updated.disabled) await this.keepOneAdmin(trx);
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'user',
        entityId: id,
        before: auditShapeOfUser(current),
        after: auditShapeOfUser(updated),
      });
      return updated;
    });
  }

  private async keepOneAdmin(trx: Kysely<DB>): Promise<void> {
    if ((await new UserRepository(trx).countAdmins()) === 0)
      throw new HttpProblem(409, 'Conflict', 'the last active administrator cannot be demoted or disabled');
  }

  private async checkBindingsExist(agencyId: number | null, organizationId: number | null): Promise<void> {
    if (agencyId !== null) {
      if (!(await new AgencyRepository(this.db).findById(agencyId)))
        throw badRequest('invalid account', {
          errors: [{ path: 'agencyId', message: `no agency ${agencyId}` }],
        });
    }
    if (organizationId !== null) {
      if (!(await new OrganizationRepository(this.db).findById(organizationId)))
        throw badRequest('invalid account', {
          errors: [{ path: 'organizationId', message: `no organization ${organizationId}` }],
        });
    }
  }
}
