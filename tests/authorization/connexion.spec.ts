/**
 * The authorization matrix for the Connexion rows of the role table that the mock implements so far (see
 * matrix.ts). Rows not yet built are listed in PENDING and fail this spec if they get built without a cell.
 */
import { test, expect } from '../../fixtures/test.ts';
import { MOMENTS } from '../../fixtures/bidding-clock.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import { ROLE_TABLE, type ActionId } from '../../mock-portal/domain/permissions.ts';
import { SUBJECTS, checkCell, type Attempt } from './role-table-cases.ts';

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

const CONTRACT = '/connexion/contracts/R21-210001';
const maintenance = (state: { maintenance: unknown; uploads: unknown[] }) => ({ maintenance: state.maintenance, uploads: state.uploads.length });
/** A contract supplier at `then`: the AO accepted the knee braces offer while offers were open. */
const supplierAt = (then: string): Pick<Attempt, 'at' | 'prepare'> => ({
  at: MOMENTS.offersOpen,
  prepare: async (ao, world) => {
    await acceptKneeOffer(ao, world);
    await world.control.setClock(then);
  },
});
const pdfFile = async (name: string) => ({ field: 'file', name, buffer: Buffer.from(await pdfBytes(name)) });

const BIDDER = '/connexion/bidders/210001';

const ATTEMPTS: Partial<Record<ActionId, Attempt>> = {
  'connexion.upload-documents': {
    system: 'connexion', changed: (state) => state.uploads.length, successLocation: '/connexion/documents/upload/complete',
    otherOrganization: { status: 400, text: 'Bidder number 210001 is not one of your organization' },
    act: async (p) => p.postFile('/connexion/documents/upload', { bidCycle: 'Round 2021', bidderNumber: '210001', documentType: 'Financial Documents', description: 'Balance Sheet', certification: p.label }, await pdfFile('balance-sheet.pdf'), '/connexion/notices'),
  },
  'connexion.financial-scoring-summary': {
    system: 'connexion', kind: 'view', at: MOMENTS.offersOpen, changed: decisions, shows: 'Financial measures and scores',
    act: (p) => p.get(`${BIDDER}/financial-scoring-summary`),
  },
  'connexion.disqualification-notice': {
    system: 'connexion', kind: 'view', at: MOMENTS.offersOpen, changed: decisions, shows: 'Disqualified competitions',
    act: (p) => p.get(`${BIDDER}/disqualification`),
  },
  'connexion.bidder-inquiry': {
    system: 'connexion', at: MOMENTS.offersOpen, changed: (state) => state.inquiries, successLocation: `${BIDDER}/inquiry`,
    act: async (p) => p.postFile(`${BIDDER}/inquiry`, { comments: 'Our bond for Washington, DC was uploaded on 9/17/2019.', certification: p.label }, await pdfFile('bond-upload-receipt.pdf'), '/connexion/notices'),
  },
  'connexion.disqualification-review-notice': {
    system: 'connexion', kind: 'view', at: MOMENTS.offersOpen, changed: (state) => state.inquiries, shows: 'CMS re-evaluated your bid', preparer: 'eddie.eu',
    prepare: async (eu, world) => {
      const answer = await eu.postFile(`${BIDDER}/inquiry`, { comments: 'Please review.', certification: 'eddie.eu' }, await pdfFile('receipt.pdf'), `${BIDDER}/inquiry`);
      expect(answer.status).toBe(302);
      await world.control.setClock(MOMENTS.formCOpen);
    },
    act: (p) => p.get(`${BIDDER}/review-notice`),
  },
  'connexion.bond-return-notice': {
    system: 'connexion', kind: 'view', at: MOMENTS.bondReturned, changed: decisions, shows: 'Charlotte-Concord-Gastonia, NC',
    act: (p) => p.get(`${BIDDER}/bond-return`),
  },
  'connexion.breach-notice': {
    system: 'connexion', ...supplierAt(MOMENTS.bondReturned), changed: responses, successLocation: `${CONTRACT}/breach-notices/BR-R21-210001-2020-12-31`,
    act: async (p) => p.postFile(`${CONTRACT}/breach-notices/BR-R21-210001-2020-12-31/response`, { certification: p.label }, await pdfFile('corrective-action-plan.pdf'), '/connexion/notices'),
  },
  'connexion.form-c': {
    system: 'connexion', ...supplierAt(MOMENTS.formCOpen), changed: maintenance, successLocation: `${CONTRACT}/form-c/2020-12-31/16740-NC/ots-knee-braces`,
    act: (p) => p.post(`${CONTRACT}/form-c/2020-12-31/16740-NC/ots-knee-braces`, { hcpcs1: 'L1833', manufacturer1: 'Acme Orthotics', model1: 'KneeWrap 200' }, '/connexion/notices'),
  },
  'connexion.form-c-failure-notice': {
    system: 'connexion', kind: 'view', ...supplierAt(MOMENTS.contractActive), changed: maintenance, shows: 'Failure to Submit Form C: the Form C for Off-The-Shelf (OTS) Knee Braces',
    act: (p) => p.get(`${CONTRACT}/maintenance`),
  },
  'connexion.maintenance-summary': {
    system: 'connexion', kind: 'view', ...supplierAt(MOMENTS.contractActive), changed: maintenance, shows: '<h1>Contract Maintenance</h1>',
    act: (p) => p.get(`${CONTRACT}/maintenance`),
  },
  'connexion.recent-activity': {
    system: 'connexion', kind: 'view', ...supplierAt(MOMENTS.contractActive), changed: maintenance, shows: '<h1>Recent Activity</h1>',
    act: (p) => p.get(`${CONTRACT}/activity`),
  },
  'connexion.location-change': {
    system: 'connexion', ...supplierAt(MOMENTS.contractActive), changed: maintenance, successLocation: `${CONTRACT}/maintenance`,
    act: (p) => p.post(`${CONTRACT}/location-changes`, { action: 'Add', ptan: '1234560002', effectiveDate: '2021-03-01' }, '/connexion/notices'),
  },
  'connexion.contract-transfer': {
    system: 'connexion', ...supplierAt(MOMENTS.contractActive), changed: maintenance, successLocation: /\/connexion\/contracts\/R21-210001\/transfers\/CT-\d{6}$/,
    act: async (p) => p.postFile(`${CONTRACT}/transfers`, { type: 'Full', chowDate: '2021-05-03', successorName: 'Initech Home Medical LLC', successorTin: '98-7654321', certification: p.label }, await pdfFile('chow-cover-letter.pdf'), '/connexion/notices'),
  },
  'connexion.subcontractor-disclosure': {
    system: 'connexion', ...supplierAt(MOMENTS.contractActive), changed: maintenance, successLocation: `${CONTRACT}/maintenance`,
    act: async (p) => p.postFile(`${CONTRACT}/subcontractors`, { subcontractorName: 'Speedy Delivery Co.', locationAddress: '12 Depot Road, Charlotte, NC 28202', service1: 'Delivery and instruction on the use of items', accreditation: 'Not applicable', certification: p.label }, await pdfFile('disclosure.pdf'), '/connexion/notices'),
  },
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
const PENDING: readonly ActionId[] = [];

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
