import { Router, type Request, type Response } from 'express';
import { config } from '../../config.ts';
import { formatEastern } from '../../domain/clock.ts';
import { contractFor, type Contract } from '../../domain/bidding/contracts.ts';
import { NOT_LISTED, checkFormCProducts, failureNotices, formCDue, formCItem, submitFormC } from '../../domain/contract-maintenance/form-c.ts';
import { findVerifiedProduct, productLabel, verifiedProductsFor } from '../../domain/program/verified-products.ts';
import { SUBCONTRACT_SERVICES } from '../../domain/contract-maintenance/records.ts';
import { recentActivity } from '../../domain/contract-maintenance/activity.ts';
import {
  addTransferDocument, checkDisclosure, checkLocationChange, checkTransfer, requireBeforeChow, requireContractAction, submitDisclosure,
  submitLocationChange, submitTransfer, transferFor, transfersOf,
} from '../../domain/contract-maintenance/requests.ts';
import { Refusal } from '../../domain/errors.ts';
import { may } from '../../domain/permissions.ts';
import type { MockState } from '../../domain/mock-state';
import { formatDeadline } from '../../domain/program/eastern-time.ts';
import { productCategory } from '../../domain/program/round-2021.ts';
import { readPdfForm } from '../../http/pdf-upload.ts';
import { currentAccount, setNotice } from '../../http/session.ts';
import { connexionGuard } from './guard.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const FORM_C_LINES = 3;

/**
 * Connexion contract maintenance (post-contract): Form C, change of location requests (AO, BAO), contract transfer
 * requests with documents (AO, BAO), subcontractor disclosures, Failure to Submit Form C notices. Role table rules.
 */
export function contractMaintenanceRoutes(state: MockState): Router {
  const router = Router();
  const guard = connexionGuard(state);
  const contractOf = (req: Request, res: Response) => contractFor(state, currentAccount(res), String(req.params.id), 'connexion.current-contracts');
  const base = (c: Contract) => `/connexion/contracts/${c.id}`;

  // GET /connexion/contracts/:id/maintenance — Contract Maintenance: Form C, notices, requests the role may see.
  router.get('/contracts/:id/maintenance', ...guard, (req, res) => {
    const account = currentAccount(res);
    const contract = requireContractAction(state, account, String(req.params.id), 'connexion.maintenance-summary');
    const formC = formCDue(state, contract).map((d) => ({ ...d, due: formatDeadline(d.period.dueAt), href: `${base(contract)}/form-c/${d.period.id}/${d.cbaId}/${d.productCategoryId}` }));
    const { maintenance } = state;
    const mine = <T extends { contractId: string; organizationId: string }>(list: T[]) => list.filter((r) => r.contractId === contract.id && r.organizationId === contract.organizationId);
    res.render('connexion/maintenance/summary.njk', {
      contract, formC, failures: failureNotices(state, contract),
      locationChanges: may(account, 'connexion.location-change') ? mine(maintenance.locationChanges) : [],
      transfers: may(account, 'connexion.contract-transfer') ? transfersOf(state, account, contract.id) : [],
      disclosures: mine(maintenance.disclosures),
    });
  });

  // GET /connexion/contracts/:id/activity — Recent Activity on the contract (every role; an EU sees EU items).
  router.get('/contracts/:id/activity', ...guard, (req, res) => {
    const account = currentAccount(res);
    const contract = requireContractAction(state, account, String(req.params.id), 'connexion.recent-activity');
    res.render('connexion/maintenance/activity.njk', { contract, activity: recentActivity(state, account, contract).map((a) => ({ ...a, when: formatEastern(a.at) })) });
  });

  const showFormC = (req: Request, res: Response, status: number, values: Record<string, string> = {}, errors: string[] = []) => {
    const item = formCItem(state, currentAccount(res), String(req.params.id), String(req.params.period), String(req.params.cba), String(req.params.category));
    const hcpcs = (productCategory(item.productCategoryId)?.hcpcs ?? []).map((h) => ({ value: h, label: h }));
    const saved = item.report?.products ?? [];
    const lines = Array.from({ length: FORM_C_LINES }, (_, i) => ({
      n: i + 1,
      hcpcs: values[`hcpcs${i + 1}`] ?? saved[i]?.hcpcs ?? '',
      product: values[`product${i + 1}`] ?? (saved[i] ? (saved[i]?.listed === false ? NOT_LISTED : findVerifiedProduct(saved[i]?.hcpcs ?? '', saved[i]?.manufacturer ?? '', saved[i]?.model ?? '')?.id ?? '') : ''),
      manufacturer: values[`manufacturer${i + 1}`] ?? (saved[i]?.listed === false ? saved[i]?.manufacturer : '') ?? '',
      model: values[`model${i + 1}`] ?? (saved[i]?.listed === false ? saved[i]?.model : '') ?? '',
    }));
    // The list of verified products, then "Product not listed" (rule 57).
    const products = [
      ...verifiedProductsFor(productCategory(item.productCategoryId)?.hcpcs ?? []).map((p) => ({ value: p.id, label: productLabel(p) })),
      { value: NOT_LISTED, label: 'Product not listed' },
    ];
    res.status(status).render('connexion/maintenance/form-c.njk', { item, hcpcs, products, lines, errors, due: formatDeadline(item.period.dueAt), submittedAt: item.report ? formatEastern(item.report.saved.at) : '' });
  };

  // GET /connexion/contracts/:id/form-c/:period/:cba/:category — one Form C (every role).
  router.get('/contracts/:id/form-c/:period/:cba/:category', ...guard, (req, res) => showFormC(req, res, 200));

  // POST same — submit Form C (every role); HCPCS of the category, manufacturer and model per product line.
  router.post('/contracts/:id/form-c/:period/:cba/:category', ...guard, (req, res) => {
    const account = currentAccount(res);
    const item = formCItem(state, account, String(req.params.id), String(req.params.period), String(req.params.cba), String(req.params.category));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(Array.from({ length: FORM_C_LINES }, (_, i) => i + 1).flatMap((n) => ['hcpcs', 'product', 'manufacturer', 'model'].map((f) => [`${f}${n}`, text(body[`${f}${n}`])])));
    const raw = Array.from({ length: FORM_C_LINES }, (_, i) => ({
      hcpcs: values[`hcpcs${i + 1}`] ?? '', product: values[`product${i + 1}`] ?? '', manufacturer: values[`manufacturer${i + 1}`] ?? '', model: values[`model${i + 1}`] ?? '',
    }));
    const checked = checkFormCProducts(item.productCategoryId, raw);
    if (!checked.ok) return showFormC(req, res, 400, values, checked.errors);
    submitFormC(state, account, item, checked.value);
    setNotice(req, 'success', `Form C for ${item.productCategory} in ${item.cba} was submitted.`);
    res.redirect(`/connexion/contracts/${item.contractId}/form-c/${item.period.id}/${item.cbaId}/${item.productCategoryId}`);
  });

  // GET /connexion/contracts/:id/location-changes — the change of location request form (AO, BAO).
  const showLocation = (req: Request, res: Response, status: number, values: Record<string, string> = {}, errors: string[] = []) => {
    const contract = requireContractAction(state, currentAccount(res), String(req.params.id), 'connexion.location-change');
    const organization = state.organizations.get(contract.organizationId);
    res.status(status).render('connexion/maintenance/location-change.njk', { contract, values, errors, ptans: organization?.ptans ?? [] });
  };
  router.get('/contracts/:id/location-changes', ...guard, (req, res) => showLocation(req, res, 200));

  // POST /connexion/contracts/:id/location-changes — submit (AO, BAO).
  router.post('/contracts/:id/location-changes', ...guard, (req, res) => {
    const account = currentAccount(res);
    const contract = requireContractAction(state, account, String(req.params.id), 'connexion.location-change');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = { action: text(body.action), ptan: text(body.ptan), npi: text(body.npi), effectiveDate: text(body.effectiveDate) };
    const checked = checkLocationChange(state, contract, values);
    if (!checked.ok) return showLocation(req, res, 400, values, checked.errors);
    const request = submitLocationChange(state, account, contract.id, checked.value);
    setNotice(req, 'success', `Your change of location request ${request.id} was submitted. Status: ${request.status}.`);
    res.redirect(`${base(contract)}/maintenance`);
  });

  const showTransfer = (req: Request, res: Response, status: number, values: Record<string, string> = {}, errors: string[] = []) => {
    const contract = requireContractAction(state, currentAccount(res), String(req.params.id), 'connexion.contract-transfer');
    res.status(status).render('connexion/maintenance/transfer.njk', { contract, values, errors });
  };
  // GET /connexion/contracts/:id/transfers — the contract transfer request form (AO, BAO).
  router.get('/contracts/:id/transfers', ...guard, (req, res) => showTransfer(req, res, 200));

  // POST /connexion/contracts/:id/transfers — multipart (CSRF in the query): request + first document (AO, BAO).
  router.post('/contracts/:id/transfers', ...guard, async (req, res) => {
    const account = currentAccount(res);
    const contract = requireContractAction(state, account, String(req.params.id), 'connexion.contract-transfer');
    await readPdfForm(state, account, req, async (form) => {
      const values = { type: form.fields.type ?? '', chowDate: form.fields.chowDate ?? '', successorName: form.fields.successorName ?? '', successorTin: form.fields.successorTin ?? '', successorNpi: form.fields.successorNpi ?? '' };
      const checked = checkTransfer(state, values);
      const errors = [...(checked.ok ? [] : checked.errors), ...(form.ok ? [] : form.errors)];
      if (!checked.ok || !form.ok) return showTransfer(req, res, 400, values, errors);
      const upload = await form.store({ bidCycle: config.connexion.bidCycle, bidderNumber: contract.bidderNumber, documentType: 'Contract Transfer/CHOW Documentation', description: 'Entire Document' });
      const request = submitTransfer(state, account, contract.id, checked.value, upload);
      setNotice(req, 'success', `Your contract transfer request ${request.id} was submitted. Status: ${request.status}.`);
      res.redirect(`${base(contract)}/transfers/${request.id}`);
    });
  });

  const showTransferRequest = (req: Request, res: Response, status: number, errors: string[] = []) => {
    const request = transferFor(state, currentAccount(res), String(req.params.id), String(req.params.rid));
    let open = true;
    try {
      requireBeforeChow(state, request);
    } catch {
      open = false;
    }
    res.status(status).render('connexion/maintenance/transfer-request.njk', { request, open, errors, documents: request.documents.map((d) => ({ ...d, when: formatEastern(d.saved.at) })) });
  };
  // GET /connexion/contracts/:id/transfers/:rid — one transfer request and its documents (AO, BAO).
  router.get('/contracts/:id/transfers/:rid', ...guard, (req, res) => showTransferRequest(req, res, 200));

  // POST /connexion/contracts/:id/transfers/:rid/documents — multipart: another document, before the CHOW date (AO, BAO).
  router.post('/contracts/:id/transfers/:rid/documents', ...guard, async (req, res) => {
    const account = currentAccount(res);
    const request = transferFor(state, account, String(req.params.id), String(req.params.rid));
    try {
      requireBeforeChow(state, request);
    } catch (error) {
      if (error instanceof Refusal) return showTransferRequest(req, res, 409, [error.message]);
      throw error;
    }
    const contract = contractOf(req, res);
    await readPdfForm(state, account, req, async (form) => {
      if (!form.ok) return showTransferRequest(req, res, 400, form.errors);
      const upload = await form.store({ bidCycle: config.connexion.bidCycle, bidderNumber: contract.bidderNumber, documentType: 'Contract Transfer/CHOW Documentation', description: 'Entire Document' });
      addTransferDocument(state, account, request, upload);
      setNotice(req, 'success', `${upload.fileName} was added to transfer request ${request.id}.`);
      res.redirect(`${base(contract)}/transfers/${request.id}`);
    });
  });

  const showDisclosure = (req: Request, res: Response, status: number, values: Record<string, string | string[]> = {}, errors: string[] = []) => {
    const contract = requireContractAction(state, currentAccount(res), String(req.params.id), 'connexion.subcontractor-disclosure');
    res.status(status).render('connexion/maintenance/subcontractor.njk', { contract, values, errors, services: SUBCONTRACT_SERVICES });
  };
  // GET /connexion/contracts/:id/subcontractors — the subcontractor disclosure form (every role).
  router.get('/contracts/:id/subcontractors', ...guard, (req, res) => showDisclosure(req, res, 200));

  // POST /connexion/contracts/:id/subcontractors — multipart: the disclosure and its document (every role).
  router.post('/contracts/:id/subcontractors', ...guard, async (req, res) => {
    const account = currentAccount(res);
    const contract = requireContractAction(state, account, String(req.params.id), 'connexion.subcontractor-disclosure');
    await readPdfForm(state, account, req, async (form) => {
      const services = SUBCONTRACT_SERVICES.map((_, i) => form.fields[`service${i}`] ?? '').filter(Boolean);
      const values = { subcontractorName: form.fields.subcontractorName ?? '', locationAddress: form.fields.locationAddress ?? '', accreditation: form.fields.accreditation ?? '', services };
      const checked = checkDisclosure(values);
      const errors = [...(checked.ok ? [] : checked.errors), ...(form.ok ? [] : form.errors)];
      if (!checked.ok || !form.ok) return showDisclosure(req, res, 400, values, errors);
      const upload = await form.store({ bidCycle: config.connexion.bidCycle, bidderNumber: contract.bidderNumber, documentType: 'Subcontractor Disclosure', description: 'Entire Document' });
      const disclosure = submitDisclosure(state, account, contract.id, checked.value, upload);
      setNotice(req, 'success', `Your subcontractor disclosure ${disclosure.id} for ${disclosure.subcontractorName} was uploaded.`);
      res.redirect(`${base(contract)}/maintenance`);
    });
  });

  return router;
}

