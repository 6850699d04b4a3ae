/**
 * The DBidS and Connexion User Role Table (domain.md §2.2) as data: every row present, word for word, with its
 * Y/N marks; refusals name the role the action needs.
 */
import { expect, test } from '@playwright/test';
import { ROLE_TABLE, may, permissionRow, refusalMessage, requirePermission, type ActionId } from '../../mock-portal/domain/permissions.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import type { Account, Application, RoleName } from '../../mock-portal/domain/types.ts';

/** The table as domain.md §2.2 prints it: label, AO, BAO, EU. */
const DOCUMENTED: readonly [string, string, string, string][] = [
  ['Complete Business Organization Information section in Form A', 'Y', 'Y', 'N'],
  ['Enter location-specific information in Form A', 'Y', 'Y', 'Y'],
  ['Approve Form A', 'Y', 'Y', 'N'],
  ['Enter information in Form B', 'Y', 'Y', 'Y'],
  ['Certify Form B', 'Y', 'Y', 'N'],
  ['Upload documents (e.g., bidding documents)', 'Y', 'Y', 'Y'],
  ['View and upload response to Preliminary Bid Evaluation (PBE) notice/table', 'Y', 'Y', 'Y'],
  ['View and upload response to Covered Document Review Date (CDRD) notice/table', 'Y', 'Y', 'Y'],
  ['View and upload response to Bona Fide Bid (BFB) notice/table', 'Y', 'Y', 'Y'],
  ['View financial scoring summary', 'Y', 'Y', 'N'],
  ['View contract offer(s)', 'Y', 'Y', 'N'],
  ['Accept or decline contract offer(s)', 'Y', 'Y', 'N'],
  ['View disqualification notice/details', 'Y', 'Y', 'N'],
  ['Submit bidder inquiry and upload supporting documentation', 'Y', 'Y', 'Y'],
  ['View bid disqualification review notice/details', 'Y', 'Y', 'Y4'],
  ['View CMS-signed contract', 'Y', 'Y', 'Y'],
  ['View return of bid surety bond liability notice', 'Y', 'Y', 'Y'],
  ['View My Current Contract(s)', 'Y', 'Y', 'Y'],
  ['Upload subcontractor disclosure(s)', 'Y', 'Y', 'Y'],
  ['View and submit Form C semi-annual reports', 'Y', 'Y', 'Y'],
  ['View Failure to Submit Form C notice', 'Y', 'Y', 'Y'],
  ['View and submit change of location request(s)', 'Y', 'Y', 'N'],
  ['View and upload contract transfer request(s) and documentation', 'Y', 'Y', 'N'],
  ['View breach of contract notice and upload response', 'Y', 'Y', 'N'],
  ['View contract maintenance summary', 'Y', 'Y', 'Y5'],
  ['View recent activity', 'Y', 'Y', 'Y5'],
];

function person(application: Application, role: RoleName): Account {
  return {
    userId: 'pat.user', passwordHash: '', password: '', email: 'pat@example.test', firstName: 'Pat', lastName: 'User', phone: '',
    organizationId: 'acme', identityVerified: true, mfa: 'added', securityQuestions: [], failedAttempts: 0, locked: false,
    roles: [{ application, role, organizationId: 'acme', ptans: [], grantedAt: '2019-08-01T13:00:00.000Z' }],
  };
}

test('the table holds every documented row, word for word, and nothing else', () => {
  expect(ROLE_TABLE.map((r) => r.label)).toEqual(DOCUMENTED.map(([label]) => label));
  expect(new Set(ROLE_TABLE.map((r) => r.action)).size).toBe(ROLE_TABLE.length);
});

for (const [label, ao, bao, eu] of DOCUMENTED) {
  test(`row "${label}": AO ${ao}, BAO ${bao}, EU ${eu}`, () => {
    const row = ROLE_TABLE.find((r) => r.label === label);
    if (!row) throw new Error(`missing row ${label}`);
    const marks = { AO: ao, BAO: bao, EU: eu } as const;
    for (const role of ['AO', 'BAO', 'EU'] as const) {
      expect(may(person(row.application, role), row.action), role).toBe(marks[role].startsWith('Y'));
    }
    const footnote = 'euFootnote' in row ? String(row.euFootnote) : '';
    expect(eu.slice(1)).toBe(footnote);
  });
}

test('DBidS rows read the DBidS role and Connexion rows the Connexion role', () => {
  const connexionAoOnly = person('Connexion', 'AO');
  expect(may(connexionAoOnly, 'dbids.form-a.approve')).toBe(false);
  expect(may(connexionAoOnly, 'connexion.contract-offers.respond')).toBe(true);
  expect(may(undefined, 'connexion.upload-documents')).toBe(false);
});

test('a refusal names the role the action needs and the role the person has', () => {
  expect(refusalMessage(person('DBidS', 'EU'), 'dbids.form-a.approve')).toBe('Approving Form A requires the AO or BAO role in DBidS; your role is EU.');
  expect(refusalMessage(person('Connexion', 'EU'), 'connexion.breach-notice')).toContain('requires the AO or BAO role in Connexion; your role is EU.');
  expect(refusalMessage(person('Connexion', 'AO'), 'dbids.form-b.certify')).toBe('Certifying Form B requires the AO or BAO role in DBidS; you have no DBidS role. Request one in the CMS IDM System.');
  let thrown: unknown;
  try {
    requirePermission(person('DBidS', 'EU'), 'dbids.form-b.certify');
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(Refusal);
  expect((thrown as Refusal).kind).toBe('forbidden');
  expect(requirePermission(person('DBidS', 'BAO'), 'dbids.form-b.certify').role).toBe('BAO');
});

test('every row names a phase and an application, and looks itself up', () => {
  for (const row of ROLE_TABLE) {
    expect(permissionRow(row.action as ActionId)).toBe(row);
    expect(row.application).toBe(row.phase.startsWith('dbids') ? 'DBidS' : 'Connexion');
  }
});
