import type { Router } from 'express';
import { formatEastern } from '../../domain/clock.ts';
import { FORM_C_LINES, NOT_LISTED, failureNotices, formCDue, formCItem, formCValuesOf, submitFormCFromForm } from '../../domain/contract-maintenance/form-c.ts';
import { findVerifiedProduct, productLabel, verifiedProductsFor } from '../../domain/program/verified-products.ts';
import { SUBCONTRACT_SERVICES, type FormCProduct } from '../../domain/contract-maintenance/records.ts';
import { recentActivity } from '../../domain/contract-maintenance/activity.ts';
import {
  addTransferDocument, disclosureValuesOf, discloseSubcontractor, isBeforeChow, locationChangeValuesOf, requestLocationChange, requestTransfer,
  requireContractAction, transferFor, transferValuesOf, transfersOf,
} from '../../domain/contract-maintenance/requests.ts';
import type { Refusal } from '../../domain/errors.ts';
import { may } from '../../domain/permissions.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { formatDeadline } from '../../domain/program/eastern-time.ts';
import { productCategory } from '../../domain/program/round-2021.ts';
import { get, post, routeTable, type Ctx, type Page } from '../../http/adapter.ts';
import { connexionGuard } from './guard.ts';

const base = (contractId: string) => `/connexion/contracts/${contractId}`;
const errorsOf = (refusal?: Refusal) => refusal?.messages ?? [];

function formCPage(state: MockState, { account, param, form }: Ctx, refusal?: Refusal): Page {
  const item = formCItem(state, account, param('id'), param('period'), param('cba'), param('category'));
  const values = refusal ? formCValuesOf(form) : {};
  const saved = item.report?.products ?? [];
  const lines = Array.from({ length: FORM_C_LINES }, (_, i) => ({
    n: i + 1,
    hcpcs: values[`hcpcs${i + 1}`] ?? saved[i]?.hcpcs ?? '',
    product: values[`product${i + 1}`] ?? savedProduct(saved[i]),
    manufacturer: values[`manufacturer${i + 1}`] ?? (saved[i]?.listed === false ? saved[i]?.manufacturer : '') ?? '',
    model: values[`model${i + 1}`] ?? (saved[i]?.listed === false ? saved[i]?.model : '') ?? '',
  }));
  const categoryHcpcs = productCategory(item.productCategoryId)?.hcpcs ?? [];
  const hcpcs = categoryHcpcs.map((h) => ({ value: h, label: h }));
  // The list of verified products, then "Product not listed" (rule 57).
  const products = [...verifiedProductsFor(categoryHcpcs).map((p) => ({ value: p.id, label: productLabel(p) })), { value: NOT_LISTED, label: 'Product not listed' }];
  return {
    view: 'connexion/maintenance/form-c.njk',
    locals: { item, hcpcs, products, lines, errors: errorsOf(refusal), due: formatDeadline(item.period.dueAt), submittedAt: item.report ? formatEastern(item.report.saved.at) : '' },
  };
}

/** A saved product line's choice in the Product list: its verified product, or Product not listed. */
function savedProduct(line: FormCProduct | undefined): string {
  if (!line) return '';
  return line.listed === false ? NOT_LISTED : (findVerifiedProduct(line.hcpcs, line.manufacturer, line.model)?.id ?? '');
}

function locationPage(state: MockState, { account, param, form }: Ctx, refusal?: Refusal): Page {
  const contract = requireContractAction(state, account, param('id'), 'connexion.location-change');
  const values = refusal ? locationChangeValuesOf(form) : {};
  return { view: 'connexion/maintenance/location-change.njk', locals: { contract, values, errors: errorsOf(refusal), ptans: state.organizations.get(contract.organizationId)?.ptans ?? [] } };
}

function transferPage(state: MockState, { account, param, form }: Ctx, refusal?: Refusal): Page {
  const contract = requireContractAction(state, account, param('id'), 'connexion.contract-transfer');
  return { view: 'connexion/maintenance/transfer.njk', locals: { contract, values: refusal ? transferValuesOf(form) : {}, errors: errorsOf(refusal) } };
}

function transferRequestPage(state: MockState, { account, param }: Ctx, refusal?: Refusal): Page {
  const request = transferFor(state, account, param('id'), param('rid'));
  return {
    view: 'connexion/maintenance/transfer-request.njk',
    locals: { request, open: isBeforeChow(state, request), errors: errorsOf(refusal), documents: request.documents.map((d) => ({ ...d, when: formatEastern(d.saved.at) })) },
  };
}

function disclosurePage(state: MockState, { account, param, form }: Ctx, refusal?: Refusal): Page {
  const contract = requireContractAction(state, account, param('id'), 'connexion.subcontractor-disclosure');
  return { view: 'connexion/maintenance/subcontractor.njk', locals: { contract, values: refusal ? disclosureValuesOf(form) : {}, errors: errorsOf(refusal), services: SUBCONTRACT_SERVICES } };
}

/**
 * Connexion contract maintenance (post-contract): Form C, change of location requests (AO, BAO), contract transfer
 * requests with documents (AO, BAO), subcontractor disclosures, Failure to Submit Form C notices. Role table rules.
 */
export function contractMaintenanceRoutes(state: MockState): Router {
  const connexionUser = connexionGuard(state);
  return routeTable(state, [
    // GET /connexion/contracts/:id/maintenance — Contract Maintenance: Form C, notices, requests the role may see.
    get('/contracts/:id/maintenance', connexionUser, ({ account, param }) => {
      const contract = requireContractAction(state, account, param('id'), 'connexion.maintenance-summary');
      const formC = formCDue(state, contract).map((d) => ({ ...d, due: formatDeadline(d.period.dueAt), href: `${base(contract.id)}/form-c/${d.period.id}/${d.cbaId}/${d.productCategoryId}` }));
      const mine = <T extends { contractId: string; organizationId: string }>(list: T[]) => list.filter((r) => r.contractId === contract.id && r.organizationId === contract.organizationId);
      return {
        view: 'connexion/maintenance/summary.njk',
        locals: {
          contract, formC, failures: failureNotices(state, contract),
          locationChanges: may(account, 'connexion.location-change') ? mine(state.maintenance.locationChanges) : [],
          transfers: may(account, 'connexion.contract-transfer') ? transfersOf(state, account, contract.id) : [],
          disclosures: mine(state.maintenance.disclosures),
        },
      };
    }),
    // GET /connexion/contracts/:id/activity — Recent Activity on the contract (every role; an EU sees EU items).
    get('/contracts/:id/activity', connexionUser, ({ account, param }) => {
      const contract = requireContractAction(state, account, param('id'), 'connexion.recent-activity');
      return { view: 'connexion/maintenance/activity.njk', locals: { contract, activity: recentActivity(state, account, contract).map((a) => ({ ...a, when: formatEastern(a.at) })) } };
    }),

    // GET /connexion/contracts/:id/form-c/:period/:cba/:category — one Form C (every role).
    get('/contracts/:id/form-c/:period/:cba/:category', connexionUser, (ctx) => formCPage(state, ctx)),
    // POST same — submit Form C (every role): HCPCS of the category, manufacturer and model per product line.
    post('/contracts/:id/form-c/:period/:cba/:category', connexionUser, ({ account, param, form }: Ctx) =>
      submitFormCFromForm(state, account, { contractId: param('id'), periodId: param('period'), cbaId: param('cba'), productCategoryId: param('category') }, form), {
      done: ({ item }) => ({
        redirect: `${base(item.contractId)}/form-c/${item.period.id}/${item.cbaId}/${item.productCategoryId}`,
        notice: { kind: 'success', text: `Form C for ${item.productCategory} in ${item.cba} was submitted.` },
      }),
      refused: (ctx, refusal) => formCPage(state, ctx, refusal),
    }),

    // GET /connexion/contracts/:id/location-changes — the change of location request form (AO, BAO).
    get('/contracts/:id/location-changes', connexionUser, (ctx) => locationPage(state, ctx)),
    // POST /connexion/contracts/:id/location-changes — submit (AO, BAO).
    post('/contracts/:id/location-changes', connexionUser, ({ account, param, form }: Ctx) => requestLocationChange(state, account, param('id'), form), {
      done: (request) => ({ redirect: `${base(request.contractId)}/maintenance`, notice: { kind: 'success', text: `Your change of location request ${request.id} was submitted. Status: ${request.status}.` } }),
      refused: (ctx, refusal) => locationPage(state, ctx, refusal),
    }),

    // GET /connexion/contracts/:id/transfers — the contract transfer request form (AO, BAO).
    get('/contracts/:id/transfers', connexionUser, (ctx) => transferPage(state, ctx)),
    // POST /connexion/contracts/:id/transfers — multipart: the request and its first document, 60 days before the CHOW (AO, BAO).
    post('/contracts/:id/transfers', connexionUser, ({ account, param, form, file }: Ctx) => requestTransfer(state, account, param('id'), form, file), {
      body: 'upload',
      done: (request) => ({ redirect: `${base(request.contractId)}/transfers/${request.id}`, notice: { kind: 'success', text: `Your contract transfer request ${request.id} was submitted. Status: ${request.status}.` } }),
      refused: (ctx, refusal) => transferPage(state, ctx, refusal),
    }),
    // GET /connexion/contracts/:id/transfers/:rid — one transfer request and its documents (AO, BAO).
    get('/contracts/:id/transfers/:rid', connexionUser, (ctx) => transferRequestPage(state, ctx)),
    // POST /connexion/contracts/:id/transfers/:rid/documents — multipart: another document, before the CHOW date (AO, BAO).
    post('/contracts/:id/transfers/:rid/documents', connexionUser, ({ account, param, form, file }: Ctx) => addTransferDocument(state, account, param('id'), param('rid'), form, file), {
      body: 'upload',
      done: ({ request, fileName }) => ({ redirect: `${base(request.contractId)}/transfers/${request.id}`, notice: { kind: 'success', text: `${fileName} was added to transfer request ${request.id}.` } }),
      refused: (ctx, refusal) => transferRequestPage(state, ctx, refusal),
    }),

    // GET /connexion/contracts/:id/subcontractors — the subcontractor disclosure form (every role).
    get('/contracts/:id/subcontractors', connexionUser, (ctx) => disclosurePage(state, ctx)),
    // POST /connexion/contracts/:id/subcontractors — multipart: the disclosure and its document (every role).
    post('/contracts/:id/subcontractors', connexionUser, ({ account, param, form, file }: Ctx) => discloseSubcontractor(state, account, param('id'), form, file), {
      body: 'upload',
      done: (disclosure) => ({ redirect: `${base(disclosure.contractId)}/maintenance`, notice: { kind: 'success', text: `Your subcontractor disclosure ${disclosure.id} for ${disclosure.subcontractorName} was uploaded.` } }),
      refused: (ctx, refusal) => disclosurePage(state, ctx, refusal),
    }),
  ]);
}
