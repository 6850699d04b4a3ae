import { config } from '../config.ts';
import { newTotpSecret } from './mfa/totp.ts';
import { hashPassword, passwordProblems } from './passwords.ts';
import type { MockState } from './mock-state.ts';
import { normalizedPhone } from './phone.ts';
import type { Account, Application, FactorType, MfaFactor, Organization, RoleName, SecurityQuestion } from './types.ts';

/** The body of POST /__admin/scenario (see ../schemas/scenario.schema.json). */
export interface ScenarioInput {
  organizations?: OrganizationInput[];
  users?: UserInput[];
}
export interface OrganizationInput {
  id?: string;
  legalBusinessName?: string;
  ptans?: string[];
  inactivePtans?: string[];
  authorizedOfficials?: string[];
  bidderNumbers?: string[];
  address?: Partial<Organization['address']>;
  ownershipGroup?: string;
}
export interface UserInput {
  userId?: string;
  password?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  organization?: string;
  identityVerified?: boolean;
  mfa?: Account['mfa'];
  securityQuestions?: SecurityQuestion[];
  roles?: { application: Application; role: RoleName; ptans?: string[] }[];
  /** The person's MFA factors; left out, the default Email factor. */
  factors?: { type: FactorType; phone?: string; secret?: string }[];
  /** Earlier passwords, newest first (rule 6 refuses them again). */
  passwordHistory?: string[];
  /** When the person last signed in (rule 8); left out, now. */
  lastSignInAt?: string;
  /** Locked after too many failed sign-ins (rule 2), to be unlocked by Unlock Account (rule 3); left out, false. */
  locked?: boolean;
}

/** A problem with one place of the body, as the control API reports it. */
export interface BodyProblem {
  path: string;
  message: string;
}

export interface ScenarioResult {
  organizations: Organization[];
  users: (Omit<Account, 'passwordHash' | 'passwordHistory' | 'failedAttempts' | 'locked'>)[];
}

export const SECURITY_QUESTIONS = [
  'What was the name of your first pet?',
  'In what city were you born?',
  'What was the make of your first car?',
];

/**
 * Checks a scenario against the portal's rules and, only when nothing is wrong, adds it.
 * Either every problem is returned and nothing changes, or everything is added.
 */
export function applyScenario(state: MockState, input: ScenarioInput): { problems: BodyProblem[] } | { result: ScenarioResult } {
  const { faker, random } = state;
  const problems: BodyProblem[] = [];
  const orgs: Organization[] = [];
  const takenPtans = new Set([...state.organizations.values()].flatMap((o) => [...o.ptans, ...o.inactivePtans]));
  const takenOrgIds = new Set(state.organizations.keys());

  (input.organizations ?? []).forEach((o, i) => {
    const at = `/organizations/${i}`;
    const id = o.id ?? nextFree(takenOrgIds, `org-${random.digits(4)}`);
    if (takenOrgIds.has(id) && o.id) problems.push({ path: `${at}/id`, message: `An organization with id "${id}" already exists.` });
    takenOrgIds.add(id);
    let ptans = o.ptans;
    if (!ptans) {
      const base = random.digits(6);
      ptans = [`${base}0001`, `${base}0002`];
    }
    for (const [j, p] of [...ptans, ...(o.inactivePtans ?? [])].entries()) {
      const field = j < ptans.length ? `ptans/${j}` : `inactivePtans/${j - ptans.length}`;
      if (takenPtans.has(p)) problems.push({ path: `${at}/${field}`, message: `PTAN ${p} already belongs to another organization in PECOS.` });
      takenPtans.add(p);
    }
    orgs.push({
      id,
      legalBusinessName: o.legalBusinessName ?? `${faker.company.name()} Medical Supply LLC`,
      ptans,
      inactivePtans: o.inactivePtans ?? [],
      authorizedOfficials: o.authorizedOfficials ?? [],
      bidderNumbers: o.bidderNumbers ?? [random.digits(6)],
      ...(o.ownershipGroup ? { ownershipGroup: o.ownershipGroup } : {}),
      address: {
        street: o.address?.street ?? faker.location.streetAddress(),
        city: o.address?.city ?? faker.location.city(),
        state: o.address?.state ?? faker.location.state({ abbreviated: true }),
        zip: o.address?.zip ?? faker.location.zipCode('#####'),
      },
    });
  });

  const orgById = (id: string) => orgs.find((o) => o.id === id) ?? state.organizations.get(id);
  const takenUserIds = new Set(state.accounts.keys());
  const accounts: Account[] = [];

  (input.users ?? []).forEach((u, i) => {
    const at = `/users/${i}`;
    const firstName = u.firstName ?? faker.person.firstName();
    const lastName = u.lastName ?? faker.person.lastName();
    const userId = u.userId ?? nextFree(takenUserIds, `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z0-9.]/g, ''));
    if (takenUserIds.has(userId.toLowerCase()) && u.userId) problems.push({ path: `${at}/userId`, message: `A user with user ID "${userId}" already exists.` });
    takenUserIds.add(userId.toLowerCase());

    let org: Organization | undefined;
    if (u.organization) {
      org = orgById(u.organization);
      if (!org) problems.push({ path: `${at}/organization`, message: `No organization has id "${u.organization}". Add it under organizations first.` });
    } else {
      org = orgs[0];
      if (!org) {
        org = generatedOrganization(state, takenOrgIds, takenPtans);
        orgs.push(org);
      }
    }

    const password = u.password ?? generatedPassword(state, { userId, firstName, lastName });
    const weak = passwordProblems(password, { userId, firstName, lastName });
    if (weak.length) problems.push({ path: `${at}/password`, message: weak.join(' ') });

    const roles = (u.roles ?? []).map((r, j) => {
      const ptans = r.ptans ?? (org ? org.ptans.slice(0, 1) : []);
      if (org) {
        for (const [k, p] of ptans.entries()) {
          if (!org.ptans.includes(p)) problems.push({ path: `${at}/roles/${j}/ptans/${k}`, message: `PTAN ${p} is not an active PTAN of organization "${org.id}".` });
        }
      }
      if ((u.roles ?? []).filter((other) => other.application === r.application).length > 1) {
        problems.push({ path: `${at}/roles/${j}/application`, message: `A person holds one role per application; ${r.application} is given twice.` });
      }
      return { application: r.application, role: r.role, organizationId: org?.id ?? '', ptans, grantedAt: state.nowIso() };
    });

    const phone = u.phone ?? faker.string.numeric({ length: 3, allowLeadingZeros: false }) + '-555-' + faker.string.numeric(4);
    const factors = scenarioFactors(state, u.factors, phone, at, problems);
    (u.passwordHistory ?? []).forEach((old, j) => {
      if (old === password) problems.push({ path: `${at}/passwordHistory/${j}`, message: 'An earlier password cannot be the current password too.' });
    });
    accounts.push({
      userId,
      password,
      passwordHash: '',
      passwordHistory: (u.passwordHistory ?? []).slice(0, config.password.historySize - 1),
      email: u.email ?? `${userId.toLowerCase()}@example.test`,
      firstName,
      lastName,
      phone,
      factors,
      lastSignInAt: u.lastSignInAt ? new Date(u.lastSignInAt).toISOString() : state.nowIso(),
      organizationId: org?.id ?? '',
      identityVerified: u.identityVerified ?? false,
      mfa: u.mfa ?? 'not-asked',
      securityQuestions: u.securityQuestions ?? SECURITY_QUESTIONS.slice(0, 2).map((question) => ({ question, answer: faker.word.noun() })),
      roles,
      failedAttempts: u.locked ? config.lockoutAttempts : 0,
      locked: u.locked ?? false,
    });
  });

  // People holding AO or BAO must be authorized officials on the CMS-855S. [DOC S0, S1]
  accounts.forEach((account, i) => {
    const org = orgById(account.organizationId);
    if (!org) return;
    account.roles.forEach((role, j) => {
      if (role.role === 'EU' || org.authorizedOfficials.includes(account.userId)) return;
      const explicit = input.organizations?.find((o) => o.id === org.id)?.authorizedOfficials ?? (state.organizations.has(org.id) ? org.authorizedOfficials : undefined);
      if (explicit) {
        problems.push({ path: `/users/${i}/roles/${j}/role`, message: `${account.userId} is not an authorized official of "${org.id}" on its CMS-855S, so cannot hold ${role.role}. Add the user ID to authorizedOfficials or give the role EU.` });
      } else {
        org.authorizedOfficials.push(account.userId);
      }
    });
  });

  if (problems.length) return { problems };

  for (const org of orgs) state.organizations.set(org.id, org);
  for (const account of accounts) {
    account.passwordHash = hashPassword(account.password);
    // Until now the history held the earlier passwords in clear; it keeps hashes, the current one first.
    account.passwordHistory = [account.passwordHash, ...(account.passwordHistory ?? []).map(hashPassword)];
    state.addAccount(account);
  }
  return {
    result: {
      organizations: orgs,
      users: accounts.map(({ passwordHash: _h, passwordHistory: _p, failedAttempts: _f, locked: _l, ...rest }) => rest),
    },
  };
}

/** The scenario's factors: one per type; phones default to the person's phone, app secrets are generated. */
function scenarioFactors(state: MockState, input: UserInput['factors'], phone: string, at: string, problems: BodyProblem[]): MfaFactor[] {
  const now = state.nowIso();
  if (!input) return [{ type: 'email', enrolledAt: now }];
  return input.map((f, j) => {
    if (input.findIndex((other) => other.type === f.type) !== j) problems.push({ path: `${at}/factors/${j}/type`, message: `A person has one factor of each type; ${f.type} is given twice.` });
    const factor: MfaFactor = { type: f.type, enrolledAt: now };
    if (f.type === 'sms' || f.type === 'voice') factor.phone = normalizedPhone(f.phone ?? phone);
    if (f.type === 'google-authenticator' || f.type === 'okta-verify') factor.secret = f.secret?.toUpperCase() ?? newTotpSecret(state.random);
    return factor;
  });
}

function nextFree(taken: Set<string>, wanted: string): string {
  let candidate = wanted;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${wanted}${n}`;
  return candidate;
}

function generatedOrganization(state: MockState, takenIds: Set<string>, takenPtans: Set<string>): Organization {
  const id = nextFree(takenIds, `org-${state.random.digits(4)}`);
  takenIds.add(id);
  const base = state.random.digits(6);
  const ptans = [`${base}0001`, `${base}0002`];
  ptans.forEach((p) => takenPtans.add(p));
  return {
    id,
    legalBusinessName: `${state.faker.company.name()} Medical Supply LLC`,
    ptans,
    inactivePtans: [],
    authorizedOfficials: [],
    bidderNumbers: [state.random.digits(6)],
    address: {
      street: state.faker.location.streetAddress(),
      city: state.faker.location.city(),
      state: state.faker.location.state({ abbreviated: true }),
      zip: state.faker.location.zipCode('#####'),
    },
  };
}

function generatedPassword(state: MockState, person: { userId: string; firstName: string; lastName: string }): string {
  for (;;) {
    const words = [state.faker.word.adjective(), state.faker.word.noun(), state.faker.word.noun()].map(
      (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase().replace(/[^a-z]/g, ''),
    );
    const candidate = `${words.join('-')}-${state.random.digits(2)}`;
    if (passwordProblems(candidate, person).length === 0) return candidate;
  }
}
