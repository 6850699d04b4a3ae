import { refuse } from '../errors.ts';
import { requirePermission } from '../permissions.ts';
import type { MockState } from '../mock-state.ts';
import { cbicDeadline, formatDeadline } from '../program/eastern-time.ts';
import { PRODUCT_CATEGORIES } from '../program/round-2021.ts';
import type { Account } from '../types.ts';
import { contractFor, type Contract } from '../bidding/contracts.ts';
import type { FormFields } from '../forms.ts';
import type { FormCProduct, FormCReport } from './records.ts';
import { VERIFIED_PRODUCTS, findVerifiedProduct, productLabel } from '../program/verified-products.ts';

/** The product lines of the Form C page. [INF] */
export const FORM_C_LINES = 3;

/** The Form C page's fields as sent: hcpcs1, product1, manufacturer1, model1, … */
export function formCValuesOf(form: FormFields): Record<string, string> {
  return Object.fromEntries(Array.from({ length: FORM_C_LINES }, (_, i) => i + 1).flatMap((n) => ['hcpcs', 'product', 'manufacturer', 'model'].map((f) => [`${f}${n}`, form.text(`${f}${n}`)])));
}

/** [INF] federal holidays falling in the 10 business days after a reporting date (so the first due date is 1/15/2021 [DOC FORMC]). */
const HOLIDAYS = new Set(['2021-01-01', '2021-07-05', '2021-12-31', '2022-07-04', '2022-12-26', '2023-01-02', '2023-07-04']);

function tenBusinessDaysAfter(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  let left = 10;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !HOLIDAYS.has(iso)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

export interface FormCPeriod {
  id: string;
  label: string;
  reportingDate: string;
  dueAt: string;
}

/** Reporting dates June 30 and December 31 [DOC FORMC], from 12/31/2020 through the contract period. */
export const FORM_C_PERIODS: readonly FormCPeriod[] = ['2020-12-31', '2021-06-30', '2021-12-31', '2022-06-30', '2022-12-31', '2023-06-30'].map((date) => ({
  id: date,
  label: `Reporting date ${new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`,
  reportingDate: date,
  dueAt: cbicDeadline(tenBusinessDaysAfter(date)),
}));

/** The periods whose reporting date has passed on the mock clock. */
export function openedPeriods(state: MockState): FormCPeriod[] {
  return FORM_C_PERIODS.filter((p) => state.clock.nowMs() > Date.parse(cbicDeadline(p.reportingDate)));
}

export interface FormCDue {
  contractId: string;
  organizationId: string;
  period: FormCPeriod;
  cbaId: string;
  cba: string;
  productCategoryId: string;
  productCategory: string;
  report?: FormCReport;
  late: boolean;
}

/** Every CBA × product category of the contract, per opened period, with its report if submitted. [DOC FORMC; rule 56] */
export function formCDue(state: MockState, contract: Contract): FormCDue[] {
  return openedPeriods(state).flatMap((period) => contract.lines.map((line) => {
    const { cbaId, productCategoryId } = line;
    const report = state.maintenance.formC.find((r) => r.contractId === contract.id && r.periodId === period.id && r.cbaId === cbaId && r.productCategoryId === productCategoryId);
    return { contractId: contract.id, organizationId: contract.organizationId, period, cbaId, cba: line.cba, productCategoryId, productCategory: line.productCategory, report, late: !report && state.clock.nowMs() > Date.parse(period.dueAt) };
  }));
}

/** A Failure to Submit Form C notice for each report past due [rule 56: auto-notice INF]. */
export function failureNotices(state: MockState, contract: Contract): { text: string; item: FormCDue }[] {
  return formCDue(state, contract).filter((d) => d.late).map((item) => ({
    item,
    text: `Failure to Submit Form C: the Form C for ${item.productCategory} in ${item.cba} (${item.period.label}) was due by ${formatDeadline(item.period.dueAt)} and has not been submitted. Submit it now.`,
  }));
}

/** The Product choice of a Form C line that says the product is not on the list. */
export const NOT_LISTED = 'not-listed';

export interface FormCLineInput {
  hcpcs: string;
  /** The chosen verified product's id, NOT_LISTED, or empty (then manufacturer and model are looked up). */
  product?: string;
  manufacturer: string;
  model: string;
}

/**
 * Checks Form C product lines (rule 57) [DOC FORMC2]: at least one line; each product comes from the list of
 * verified products and its HCPCS code belongs to the product category; a product not on the list takes
 * "Product not listed" with its manufacturer and model typed in (kept as not listed, for the PDAC to verify).
 */
export function checkFormCProducts(productCategoryId: string, raw: FormCLineInput[]):
  { ok: true; value: FormCProduct[] } | { ok: false; errors: string[] } {
  const category = PRODUCT_CATEGORIES.find((c) => c.id === productCategoryId);
  const categoryName = category?.name ?? 'the product category';
  const errors: string[] = [];
  const products: FormCProduct[] = [];
  raw.forEach((line, i) => {
    const hcpcs = line.hcpcs.trim().toUpperCase();
    const choice = (line.product ?? '').trim();
    const manufacturer = line.manufacturer.trim();
    const model = line.model.trim();
    if (!hcpcs && !choice && !manufacturer && !model) return;
    const n = i + 1;
    const hcpcsOk = !!category?.hcpcs.includes(hcpcs);
    if (!hcpcsOk) errors.push(`Product ${n}: select an HCPCS code of ${categoryName}.`);
    if (choice && choice !== NOT_LISTED) {
      const listed = VERIFIED_PRODUCTS.find((p) => p.id === choice);
      if (!listed) errors.push(`Product ${n}: select a product from the list, or select Product not listed.`);
      else if (hcpcsOk && listed.hcpcs !== hcpcs) errors.push(`Product ${n}: ${productLabel(listed)} is verified for HCPCS ${listed.hcpcs}, not ${hcpcs}. Select the HCPCS code the product is verified for.`);
      else if (listed) products.push({ hcpcs, manufacturer: listed.manufacturer, model: listed.model, listed: true });
      return;
    }
    // Product not listed, or (a form without the Product list) manufacturer and model typed in.
    const why = choice === NOT_LISTED ? 'the product is not listed, so ' : '';
    if (!manufacturer || manufacturer.length > 100) errors.push(`Product ${n}: ${why}enter the manufacturer (at most 100 characters).`);
    if (!model || model.length > 100) errors.push(`Product ${n}: ${why}enter the model name or number (at most 100 characters).`);
    if (!hcpcsOk || !manufacturer || !model) return;
    if (choice === NOT_LISTED) {
      products.push({ hcpcs, manufacturer, model, listed: false });
      return;
    }
    const listed = findVerifiedProduct(hcpcs, manufacturer, model);
    if (!listed) {
      errors.push(`Product ${n}: ${manufacturer} ${model} is not on the list of verified products for HCPCS ${hcpcs}. Select the product from the list, or select Product not listed to enter it by hand.`);
      return;
    }
    products.push({ hcpcs, manufacturer: listed.manufacturer, model: listed.model, listed: true });
  });
  if (!products.length && !errors.length) errors.push('Enter at least one product: its HCPCS code, manufacturer and model.');
  return errors.length ? { ok: false, errors } : { ok: true, value: products };
}

/** Finds one report due for the person's organization (every role may view and submit Form C). */
export function formCItem(state: MockState, account: Account, contractId: string, periodId: string, cbaId: string, productCategoryId: string): FormCDue {
  const contract = contractFor(state, account, contractId, 'connexion.current-contracts');
  requirePermission(account, 'connexion.form-c');
  const item = formCDue(state, contract).find((d) => d.period.id === periodId && d.cbaId === cbaId && d.productCategoryId === productCategoryId);
  if (!item) throw refuse.notFound('There is no Form C due for that reporting period, CBA and product category. Open Form C from Contract Maintenance.');
  return item;
}

/** Submits (or resubmits) a Form C report; late reports are accepted and clear the failure notice [INF]. */
export function submitFormC(state: MockState, account: Account, item: FormCDue, products: FormCProduct[]): FormCReport {
  requirePermission(account, 'connexion.form-c');
  const report: FormCReport = {
    contractId: item.contractId, organizationId: item.organizationId, periodId: item.period.id, cbaId: item.cbaId,
    productCategoryId: item.productCategoryId, products, saved: { by: account.userId, at: state.nowIso() },
  };
  state.maintenance.formC = [...state.maintenance.formC.filter((r) => !(r.contractId === report.contractId && r.periodId === report.periodId && r.cbaId === report.cbaId && r.productCategoryId === report.productCategoryId)), report];
  return report;
}

/** Form C → Submit: the report due for that period, CBA and product category, every product line checked. [DOC FORMC] */
export function submitFormCFromForm(state: MockState, account: Account, due: { contractId: string; periodId: string; cbaId: string; productCategoryId: string }, form: FormFields): { item: FormCDue; report: FormCReport } {
  const item = formCItem(state, account, due.contractId, due.periodId, due.cbaId, due.productCategoryId);
  const values = formCValuesOf(form);
  const lines = Array.from({ length: FORM_C_LINES }, (_, i) => ({
    hcpcs: values[`hcpcs${i + 1}`] ?? '', product: values[`product${i + 1}`] ?? '', manufacturer: values[`manufacturer${i + 1}`] ?? '', model: values[`model${i + 1}`] ?? '',
  }));
  const checked = checkFormCProducts(item.productCategoryId, lines);
  if (!checked.ok) throw refuse.all(checked.errors);
  return { item, report: submitFormC(state, account, item, checked.value) };
}
