import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { isProcedureId, type ProcedureId } from '../../flows/catalog.ts';
import { DEMO_WORLD } from '../../mock-portal/domain/demo.ts';
import type { ScenarioInput } from '../../mock-portal/domain/scenario.ts';

/**
 * A drift profile (targets/*.json): the accounts, where one-time codes come from and each procedure's inputs, for
 * one deployment. Validated against scripts/drift/profile.schema.json; secrets are read from the environment here,
 * so nothing after this file sees where they came from.
 */

export const PROFILE_SCHEMA_FILE = new URL('./profile.schema.json', import.meta.url);

export type Secret = { env: string } | { fromWorld: true };
export type Text = string | { env: string };

export type CodeSource =
  | { source: 'control-api'; timeoutSeconds?: number }
  | { source: 'prompt'; timeoutSeconds?: number }
  | { source: 'totp'; secretEnv: string; digits?: number; period?: number; algorithm?: 'SHA1' | 'SHA256' | 'SHA512' };

export interface ProfileAccount {
  userId: string;
  password: Secret;
  email?: string;
  securityAnswers?: { question: string; answer: Text }[];
  codes?: CodeSource;
}

export interface ProfileProcedure {
  account: string;
  clock?: string;
  startsAfter?: ProcedureId[];
  commitsAfter?: ProcedureId[];
  input: Record<string, unknown>;
}

export interface Profile {
  description?: string;
  mock?: { world?: { scenario: string; seed?: number }; adminTokenEnv?: string };
  codes: CodeSource;
  timeouts?: { actionSeconds?: number; procedureSeconds?: number };
  heal?: { threshold?: number };
  accounts: Record<string, ProfileAccount>;
  procedures: Partial<Record<ProcedureId, ProfileProcedure>>;
}

/** An account with its secrets read: what a replay signs in with. */
export interface ResolvedAccount {
  key: string;
  userId: string;
  password: string;
  email?: string;
  securityAnswers: { question: string; answer: string }[];
  codes: CodeSource;
}

/** A profile ready to use: validated, secrets read, files and the mock's world resolved. */
export interface ResolvedProfile {
  file: string;
  profile: Profile;
  accounts: Record<string, ResolvedAccount>;
  /** Inputs with every { env } read and every file path made absolute. */
  inputs: Partial<Record<ProcedureId, Record<string, unknown>>>;
  /** The scenario each procedure's world starts from with --commit, when the target is a deployment of this mock. */
  world?: { scenario: ScenarioInput; seed?: number };
}

/** A profile that cannot be used: every problem, each with where it is. */
export class ProfileProblems extends Error {
  constructor(readonly file: string, readonly problems: { path: string; message: string }[]) {
    super(`the profile ${file} cannot be used: ${problems.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}`);
    this.name = 'ProfileProblems';
  }
}

/** The input fields that name files to upload, relative to the profile's folder. */
const FILE_FIELDS = ['file'];

export function loadProfile(file: string, env: NodeJS.ProcessEnv = process.env): ResolvedProfile {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) throw new ProfileProblems(file, [{ path: '', message: 'no such file' }]);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new ProfileProblems(file, [{ path: '', message: `is not JSON (${(error as Error).message})` }]);
  }
  const schema = JSON.parse(readFileSync(PROFILE_SCHEMA_FILE, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile<Profile>(schema);
  if (!validate(data)) throw new ProfileProblems(file, schemaProblems(validate.errors ?? []));
  return resolve(data, absolute, file, env);
}

/** Ajv's errors as { path, message }, without the noise of `oneOf` branches that were never meant. */
function schemaProblems(errors: ErrorObject[]): { path: string; message: string }[] {
  const problems = new Map<string, { path: string; message: string }>();
  // A value that matches none of a oneOf's constants ("source": "carrier-pigeon"): one message listing them all.
  const constants = new Map<string, unknown[]>();
  for (const e of errors) if (e.keyword === 'const') constants.set(e.instancePath, [...(constants.get(e.instancePath) ?? []), (e.params as { allowedValue?: unknown }).allowedValue]);
  const misnamed = new Set([...constants.keys()].map((p) => p.slice(0, p.lastIndexOf('/'))));
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    let where = e.instancePath;
    let message = e.message ?? 'is not valid';
    if (/^\/accounts\/[^/]+\/password$/.test(where)) message = 'must be { "env": "NAME" } (an environment variable) or { "fromWorld": true }: secrets are never written in a profile';
    else if (e.keyword === 'const') message = `must be one of ${(constants.get(where) ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    // The other branches' demands ("must have required property 'secretEnv'") mean nothing once the choice is wrong.
    if (e.keyword === 'required' && misnamed.has(where)) continue;
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty?: string }).additionalProperty);
      where = `${where}/${extra}`;
      message = where.startsWith('/procedures/') && where.split('/').length === 3 ? 'is not a catalogued procedure (flows/catalog.ts)' : 'is not a field of the profile';
    }
    if (e.keyword === 'enum') message = `${message}: ${((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    problems.set(`${where} ${message}`, { path: where, message });
  }
  return [...problems.values()];
}

function resolve(profile: Profile, absolute: string, file: string, env: NodeJS.ProcessEnv): ResolvedProfile {
  const problems: { path: string; message: string }[] = [];
  const dir = path.dirname(absolute);
  const world = profile.mock?.world ? worldOf(profile.mock.world, dir, problems) : undefined;
  const read = (value: Text, where: string): string => {
    if (typeof value === 'string') return value;
    const found = env[value.env];
    if (found === undefined || found === '') problems.push({ path: where, message: `needs the environment variable ${value.env}, which is not set` });
    return found ?? '';
  };
  const accounts: Record<string, ResolvedAccount> = {};
  for (const [key, account] of Object.entries(profile.accounts)) {
    const at = `/accounts/${key}`;
    let password = '';
    if ('env' in account.password) password = read(account.password, `${at}/password`);
    else if (!world) problems.push({ path: `${at}/password`, message: 'fromWorld needs mock.world: only a deployment of this mock has a world to take it from' });
    else {
      const user = world.scenario.users?.find((u) => u.userId === account.userId);
      if (!user?.password) problems.push({ path: `${at}/password`, message: `the world "${profile.mock?.world?.scenario}" gives ${account.userId} no password` });
      password = user?.password ?? '';
    }
    const codes = account.codes ?? profile.codes;
    if (codes.source === 'control-api' && !profile.mock) problems.push({ path: account.codes ? `${at}/codes` : '/codes', message: 'control-api needs "mock": only a deployment of this mock has a control API' });
    if (codes.source === 'totp' && !env[codes.secretEnv]) problems.push({ path: account.codes ? `${at}/codes/secretEnv` : '/codes/secretEnv', message: `needs the environment variable ${codes.secretEnv}, which is not set` });
    accounts[key] = {
      key,
      userId: account.userId,
      password,
      ...(account.email ? { email: account.email } : {}),
      securityAnswers: (account.securityAnswers ?? []).map((a, i) => ({ question: a.question, answer: read(a.answer, `${at}/securityAnswers/${i}/answer`) })),
      codes,
    };
  }
  const inputs: ResolvedProfile['inputs'] = {};
  for (const [id, entry] of Object.entries(profile.procedures)) {
    if (!entry || !isProcedureId(id)) continue;
    const at = `/procedures/${id}`;
    if (!profile.accounts[entry.account]) problems.push({ path: `${at}/account`, message: `names no account of /accounts (${Object.keys(profile.accounts).join(', ')})` });
    if (entry.clock && !profile.mock) problems.push({ path: `${at}/clock`, message: 'setting the clock needs "mock": only a deployment of this mock has a clock to set' });
    for (const before of [...(entry.startsAfter ?? []), ...(entry.commitsAfter ?? [])]) {
      if (!profile.procedures[before]) problems.push({ path: at, message: `is replayed after ${before}, which the profile has no inputs for` });
    }
    inputs[id] = resolveInput(entry.input, `${at}/input`, dir, read, problems);
  }
  if (problems.length) throw new ProfileProblems(file, problems);
  return { file: absolute, profile, accounts, inputs, ...(world ? { world } : {}) };
}

function resolveInput(value: unknown, at: string, dir: string, read: (v: Text, where: string) => string, problems: { path: string; message: string }[]): Record<string, unknown> {
  const walk = (v: unknown, where: string, key: string): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${where}/${i}`, key));
    if (v && typeof v === 'object') {
      if ('env' in v && Object.keys(v).length === 1) return read(v as { env: string }, where);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${where}/${k}`, k)]));
    }
    if (typeof v === 'string' && FILE_FIELDS.includes(key)) {
      const absolute = path.resolve(dir, v);
      if (!existsSync(absolute)) problems.push({ path: where, message: `no such file: ${absolute}` });
      return absolute;
    }
    return v;
  };
  return walk(value, at, '') as Record<string, unknown>;
}

function worldOf(world: { scenario: string; seed?: number }, dir: string, problems: { path: string; message: string }[]): ResolvedProfile['world'] {
  const seed = world.seed !== undefined ? { seed: world.seed } : {};
  if (world.scenario === 'demo') return { scenario: DEMO_WORLD, ...seed };
  const file = path.resolve(dir, world.scenario);
  try {
    return { scenario: JSON.parse(readFileSync(file, 'utf8')) as ScenarioInput, ...seed };
  } catch (error) {
    problems.push({ path: '/mock/world/scenario', message: `cannot read the scenario ${file}: ${(error as Error).message}` });
    return undefined;
  }
}
