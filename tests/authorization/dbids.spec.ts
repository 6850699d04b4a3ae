/** The authorization matrix for the DBidS rows of the role table (see matrix.ts). */
import { test } from '../../fixtures/test.ts';
import { BIDDER, FORM_A_BUSINESS, FORM_A_LOCATION, FORM_B_ENTRY } from '../../fixtures/bidding-world.ts';
import type { HttpUser } from '../../fixtures/http-user.ts';
import { ROLE_TABLE } from '../../mock-portal/domain/permissions.ts';
import { SUBJECTS, checkCell, type Attempt } from './role-table-cases.ts';

const BID = '/dbids/bids/210001';
const bidState = (state: { bids: { bidderNumber: string }[] }) => state.bids.find((b) => b.bidderNumber === '210001') ?? null;

async function completeFormA(ao: HttpUser): Promise<void> {
  await ao.post(`${BID}/form-a/business-organization`, FORM_A_BUSINESS, `${BID}/form-a`);
  for (const ptan of BIDDER.ptans) await ao.post(`${BID}/form-a/locations/${ptan}`, FORM_A_LOCATION, `${BID}/form-a`);
}

type DbidsAction = Extract<(typeof ROLE_TABLE)[number], { application: 'DBidS' }>['action'];

const ATTEMPTS: Record<DbidsAction, Attempt> = {
  'dbids.form-a.business-organization': {
    system: 'dbids', successLocation: `${BID}/form-a`, changed: bidState,
    act: (p) => p.post(`${BID}/form-a/business-organization`, FORM_A_BUSINESS, '/dbids/bids'),
  },
  'dbids.form-a.locations': {
    system: 'dbids', successLocation: `${BID}/form-a`, changed: bidState,
    act: (p) => p.post(`${BID}/form-a/locations/${BIDDER.ptans[0]}`, FORM_A_LOCATION, '/dbids/bids'),
  },
  'dbids.form-a.approve': {
    system: 'dbids', successLocation: `${BID}/form-a`, changed: bidState, prepare: completeFormA,
    act: (p) => p.post(`${BID}/form-a/approve`, {}, '/dbids/bids'),
  },
  'dbids.form-b.enter': {
    system: 'dbids', successLocation: `${BID}/form-b`, changed: bidState,
    act: (p) => p.post(`${BID}/form-b/entries`, FORM_B_ENTRY, '/dbids/bids'),
  },
  'dbids.form-b.certify': {
    system: 'dbids', successLocation: `${BID}/form-b`, changed: bidState,
    prepare: async (ao) => {
      await completeFormA(ao);
      await ao.post(`${BID}/form-a/approve`, {}, `${BID}/form-a`);
      await ao.post(`${BID}/form-b/entries`, FORM_B_ENTRY, `${BID}/form-b`);
    },
    act: (p) => p.post(`${BID}/form-b/certify`, { certify: 'yes' }, '/dbids/bids'),
  },
};

test.describe('authorization matrix: DBidS (bidding phase)', () => {
  for (const row of ROLE_TABLE.filter((r) => r.application === 'DBidS')) {
    for (const subject of SUBJECTS) {
      const allowed = subject !== 'other organization' && subject !== 'no session' && (row.allowed as readonly string[]).includes(subject);
      test(`${row.label} × ${subject}: ${allowed ? 'allowed' : 'refused'}`, async ({ playwright, baseURL, control }) => {
        await checkCell({ playwright, baseURL: baseURL ?? '', control }, row.action, subject, ATTEMPTS[row.action as DbidsAction]);
      });
    }
  }
});
