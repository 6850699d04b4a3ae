/**
 * The authorization matrix for the Connexion rows of the role table that the mock implements so far (see
 * matrix.ts). Rows not yet built are listed in PENDING and fail this spec if they get built without a cell.
 */
import { test, expect } from '../../fixtures/test.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { ROLE_TABLE, type ActionId } from '../../mock-portal/domain/permissions.ts';
import { SUBJECTS, checkCell, type Attempt } from './matrix.ts';

const responses = (state: { noticeResponses: unknown[]; uploads: unknown[] }) => ({ responses: state.noticeResponses, uploads: state.uploads.length });
const decisions = (state: { offerDecisions: unknown[] }) => state.offerDecisions;
const KNEE_OFFER = '/connexion/contract-offers/210001-16740-NC-ots-knee-braces';

const OPEN_AT = { CDRD: MOMENTS.cdrdOpen, BFB: MOMENTS.bfbOpen, PBE: MOMENTS.allNoticesIssued } as const;

function respond(kind: 'CDRD' | 'BFB' | 'PBE'): Attempt {
  const path = `/connexion/notices/${kind}-210001`;
  return {
    system: 'connexion', at: OPEN_AT[kind], successLocation: path, changed: responses,
    act: async (p) => p.postFile(`${path}/response`, { certification: p.label }, { field: 'file', name: `${kind.toLowerCase()}-response.pdf`, buffer: Buffer.from(await pdfBytes(`${kind} response`)) }, '/connexion/notices'),
  };
}

const acceptKneeOffer: Attempt['prepare'] = async (ao) => {
  const answer = await ao.post(`${KNEE_OFFER}/accept`, {}, KNEE_OFFER);
  expect(answer.status).toBe(302);
};

const ATTEMPTS: Partial<Record<ActionId, Attempt>> = {
  'connexion.cdrd-notice': respond('CDRD'),
  'connexion.bfb-notice': respond('BFB'),
  'connexion.pbe-notice': respond('PBE'),
  'connexion.contract-offers.view': {
    system: 'connexion', kind: 'view', at: MOMENTS.offersOpen, changed: decisions, shows: 'Single payment amount of the lead item',
    act: (p) => p.get(KNEE_OFFER),
  },
  'connexion.contract-offers.respond': {
    system: 'connexion', at: MOMENTS.offersOpen, successLocation: KNEE_OFFER, changed: decisions,
    act: (p) => p.post(`${KNEE_OFFER}/accept`, {}, '/connexion/notices'),
  },
  'connexion.current-contracts': {
    system: 'connexion', kind: 'view', at: MOMENTS.offersOpen, changed: decisions, prepare: acceptKneeOffer, shows: 'Contract R21-210001',
    act: (p) => p.get('/connexion/contracts/R21-210001'),
  },
  'connexion.cms-signed-contract': {
    system: 'connexion', kind: 'view', at: MOMENTS.offersOpen, changed: decisions, shows: '%PDF-',
    prepare: async (ao, world) => {
      await acceptKneeOffer(ao, world);
      await world.control.setClock(MOMENTS.contractActive);
    },
    act: (p) => p.get('/connexion/contracts/R21-210001/contract.pdf'),
  },
};

/** Rows of the table whose Connexion pages are not built yet (reported, not silently skipped). */
const PENDING: readonly ActionId[] = [
  'connexion.upload-documents', 'connexion.financial-scoring-summary', 'connexion.disqualification-notice', 'connexion.bidder-inquiry',
  'connexion.disqualification-review-notice', 'connexion.bond-return-notice', 'connexion.subcontractor-disclosure', 'connexion.form-c',
  'connexion.form-c-failure-notice', 'connexion.location-change', 'connexion.contract-transfer', 'connexion.breach-notice',
  'connexion.maintenance-summary', 'connexion.recent-activity',
];

test('every Connexion row of the role table has matrix cells or is listed as not built yet', () => {
  const connexionRows = ROLE_TABLE.filter((r) => r.application === 'Connexion').map((r) => r.action as ActionId);
  expect([...Object.keys(ATTEMPTS), ...PENDING].sort()).toEqual([...connexionRows].sort());
});

test.describe('authorization matrix: Connexion', () => {
  for (const row of ROLE_TABLE.filter((r) => r.application === 'Connexion' && ATTEMPTS[r.action as ActionId])) {
    for (const subject of SUBJECTS) {
      const allowed = subject !== 'other organization' && subject !== 'no session' && (row.allowed as readonly string[]).includes(subject);
      test(`${row.label} × ${subject}: ${allowed ? 'allowed' : 'refused'}`, async ({ playwright, baseURL, control }) => {
        await checkCell({ playwright, baseURL: baseURL ?? '', control }, row.action, subject, ATTEMPTS[row.action as ActionId]!);
      });
    }
  }
});
