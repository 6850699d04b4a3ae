import { test, expect } from '@playwright/test';
import { npiProblem } from '../../mock-portal/domain/formats/npi.ts';
import { roleMismatch } from '../../mock-portal/domain/role-consistency.ts';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import type { Upstream } from '../../mock-portal/domain/upstream.ts';
import { applyScenario } from '../../mock-portal/domain/scenario.ts';
import { ownershipConflicts } from '../../mock-portal/domain/bidding/common-ownership.ts';
import { waitsForAo } from '../../mock-portal/domain/ao-first.ts';
import { NOT_LISTED, checkFormCProducts } from '../../mock-portal/domain/contract-maintenance/form-c.ts';
import type { Account, Role } from '../../mock-portal/domain/types.ts';

const upstream = {} as Upstream;

test.describe('rule 61: NPI check digit with the 80840 prefix [DOC NPI]', () => {
  for (const valid of ['1234567893', '1993999998', '1245319599', '1003000126', '1234-567-893']) {
    test(`${valid} is accepted`, () => expect(npiProblem(valid)).toBeUndefined());
  }
  for (const [invalid, why] of [['1234567890', 'check digit does not match'], ['3234567893', 'must start with 1 or 2'], ['123456789', '10 digits'], ['12345678AB', '10 digits']] as const) {
    test(`${invalid} is refused: ${why}`, () => expect(npiProblem(invalid)).toContain(why));
  }
});

const role = (application: Role['application'], name: Role['role'], ptans: string[]): Role => ({ application, role: name, organizationId: 'acme', ptans, grantedAt: '' });
const person = (roles: Role[]) => ({ roles }) as unknown as Account;

test.describe('rule 30: the same role and PTAN in DBidS and Connexion', () => {
  test('the same role on the same PTANs (any order), or one application only: nothing to flag', () => {
    expect(roleMismatch(person([role('DBidS', 'AO', ['1', '2']), role('Connexion', 'AO', ['2', '1'])]))).toBeUndefined();
    expect(roleMismatch(person([role('Connexion', 'EU', ['1'])]))).toBeUndefined();
  });
  test('a different role says what to correct', () => {
    expect(roleMismatch(person([role('DBidS', 'AO', ['1234560001']), role('Connexion', 'EU', ['1234560001'])]))).toBe(
      'Your DBidS role (AO on PTAN 1234560001) and your Connexion role (EU on PTAN 1234560001) differ. You must hold the same role and the same PTAN in DBidS and Connexion. To correct it, in the CMS IDM System hold the same role in both: remove one of the two roles in Manage My Roles and request the role you hold in the other application.',
    );
  });
  test('different PTANs name the PTANs on one role only', () => {
    const message = roleMismatch(person([role('DBidS', 'EU', ['1234560001']), role('Connexion', 'EU', ['1234560001', '1234560002'])]));
    expect(message).toContain('PTAN 1234560002 is on your Connexion role only');
    expect(message).toContain('add the missing PTANs with Add Role, or remove the extra ones with Modify Role');
  });
});

test.describe('rule 52: commonly owned or controlled suppliers bid once per competition [DOC COMOWN]', () => {
  test('bids of two organizations of one ownership group in one competition conflict both ways; other competitions and other owners do not', () => {
    const state = new MockState(upstream);
    const outcome = applyScenario(state, {
      organizations: [
        { id: 'acme', ptans: ['1234560001'], bidderNumbers: ['210001'], ownershipGroup: 'Acme Holdings' },
        { id: 'acme-south', ptans: ['1234570001'], bidderNumbers: ['210002'], ownershipGroup: 'Acme Holdings' },
        { id: 'globex', ptans: ['7654320001'], bidderNumbers: ['210099'] },
      ],
    });
    if ('problems' in outcome) throw new Error(JSON.stringify(outcome.problems));
    const entry = (productCategoryId: string, cbaId: string) => ({ productCategoryId, cbaId, leadItem: 'L1833', bidAmount: '1.00', capacity: 1, saved: { by: 'x', at: '' } });
    const bid = (bidderNumber: string, organizationId: string, entries: ReturnType<typeof entry>[]) =>
      state.bids.set(bidderNumber, { bidderNumber, organizationId, formA: { locations: [] }, formB: { entries } });
    bid('210001', 'acme', [entry('ots-knee-braces', '47900-DC'), entry('ots-back-braces', '47900-DC')]);
    bid('210002', 'acme-south', [entry('ots-knee-braces', '47900-DC')]);
    bid('210099', 'globex', [entry('ots-knee-braces', '47900-DC')]);
    expect(ownershipConflicts(state, '210001')).toEqual([{ productCategoryId: 'ots-knee-braces', cbaId: '47900-DC', others: [{ bidderNumber: '210002', legalBusinessName: state.organizations.get('acme-south')!.legalBusinessName }] }]);
    expect(ownershipConflicts(state, '210002').map((c) => c.others[0]?.bidderNumber)).toEqual(['210001']);
    expect(ownershipConflicts(state, '210099')).toEqual([]);
  });
});

test.describe('rule 19: the AO registers first', () => {
  test('a BAO or EU request waits while the organization has no AO in that application; an AO request never does', () => {
    const state = new MockState(upstream);
    applyScenario(state, { organizations: [{ id: 'acme', ptans: ['1234560001'], authorizedOfficials: ['jane.ao'] }], users: [{ userId: 'jane.ao', organization: 'acme', roles: [{ application: 'DBidS', role: 'AO' }] }] });
    const request = { kind: 'new-role' as const, system: 'idm' as const, organizationId: 'acme' };
    expect(waitsForAo(state, { ...request, role: 'EU', application: 'Connexion' })).toBe(true);
    expect(waitsForAo(state, { ...request, role: 'EU', application: 'DBidS' })).toBe(false);
    expect(waitsForAo(state, { ...request, role: 'AO', application: 'Connexion' })).toBe(false);
    expect(waitsForAo(state, { ...request, role: 'BAO', application: 'Connexion', system: 'enterprise-portal' })).toBe(false);
  });
});

test.describe('rule 57: Form C products come from the verified list [DOC FORMC2]', () => {
  const knee = 'ots-knee-braces';
  test('a listed product is taken with its manufacturer and model; its HCPCS code must be the one it is verified for', () => {
    expect(checkFormCProducts(knee, [{ hcpcs: 'L1833', product: 'l1833-acme-orthotics-kneewrap-200', manufacturer: 'ignored', model: 'ignored' }])).toEqual({ ok: true, value: [{ hcpcs: 'L1833', manufacturer: 'Acme Orthotics', model: 'KneeWrap 200', listed: true }] });
    const wrong = checkFormCProducts(knee, [{ hcpcs: 'L1851', product: 'l1833-acme-orthotics-kneewrap-200', manufacturer: '', model: '' }]);
    expect(wrong).toEqual({ ok: false, errors: ['Product 1: Acme Orthotics KneeWrap 200 (L1833) is verified for HCPCS L1833, not L1851. Select the HCPCS code the product is verified for.'] });
  });
  test('an HCPCS code of another category is refused; a typed product must be on the list unless Product not listed is chosen', () => {
    expect(checkFormCProducts(knee, [{ hcpcs: 'L0650', product: '', manufacturer: 'Acme Orthotics', model: 'BackRest 650' }])).toMatchObject({ ok: false, errors: ['Product 1: select an HCPCS code of Off-The-Shelf (OTS) Knee Braces.'] });
    expect(checkFormCProducts(knee, [{ hcpcs: 'L1833', product: '', manufacturer: 'Brand X', model: 'Knee 9' }])).toMatchObject({ ok: false, errors: [expect.stringContaining('Brand X Knee 9 is not on the list of verified products for HCPCS L1833')] });
    expect(checkFormCProducts(knee, [{ hcpcs: 'L1833', product: NOT_LISTED, manufacturer: 'Brand X', model: 'Knee 9' }])).toEqual({ ok: true, value: [{ hcpcs: 'L1833', manufacturer: 'Brand X', model: 'Knee 9', listed: false }] });
    expect(checkFormCProducts(knee, [{ hcpcs: 'L1833', product: NOT_LISTED, manufacturer: '', model: '' }])).toMatchObject({ ok: false, errors: [expect.stringContaining('not listed, so enter the manufacturer'), expect.stringContaining('not listed, so enter the model name or number')] });
    expect(checkFormCProducts(knee, [{ hcpcs: 'L1833', product: 'no-such-product', manufacturer: '', model: '' }])).toMatchObject({ ok: false });
  });
});
