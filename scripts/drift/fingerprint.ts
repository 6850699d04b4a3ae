import type { Locator, Page } from '@playwright/test';
import type { NamedRole } from '../../flows/catalog.ts';

/**
 * What an element looks like to a person, recorded where a flow found a documented name: its role and name, its
 * label (or visible text), the nearest heading above it, the landmark or window it sits in, and where it is on the
 * page. A name missing on a target is compared with the elements the target shows, fingerprint against fingerprint.
 */
export interface Fingerprint {
  role: NamedRole;
  name: string;
  label: string;
  heading: string;
  /** "dialog “Add Role”", "navigation “Document Center”", "main". */
  region: string;
  position: { x: number; y: number; width: number; height: number };
}

/** A candidate on the target page, with whether it lies within the part of the page the flow looked in. */
export interface Candidate extends Fingerprint {
  inScope: boolean;
  /** Its place among the page's elements of its role with that name (to point a locator at it). */
  nth: number;
}

type Placement = Omit<Fingerprint, 'role' | 'name'>;

/** Runs in the page: label, heading, region and position of `el`. */
function placementOf(el: Element): Placement {
  // The text a screen reader reads: without what is hidden from it (a required field's "*").
  const text = (node: Element | null | undefined): string => {
    if (!node) return '';
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const control = el as HTMLInputElement;
  const labelled = el.getAttribute('aria-labelledby');
  const label =
    el.getAttribute('aria-label') ??
    (labelled ? labelled.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ') : '') ??
    '';
  const fromLabels = control.labels?.length ? text(control.labels[0]) : '';
  const visible = label || fromLabels || text(el) || control.value || el.getAttribute('title') || '';

  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')];
  let heading = '';
  for (const h of headings) {
    if (h === el || h.contains(el)) continue;
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) heading = text(h);
  }

  const LANDMARKS: Record<string, string> = { DIALOG: 'dialog', NAV: 'navigation', MAIN: 'main', ASIDE: 'complementary', HEADER: 'banner', FOOTER: 'contentinfo', FORM: 'form', SECTION: 'region', FIELDSET: 'group' };
  let region = 'page';
  for (let a = el.parentElement; a; a = a.parentElement) {
    const role = a.getAttribute('role') ?? LANDMARKS[a.tagName];
    if (!role || !['dialog', 'alertdialog', 'navigation', 'main', 'complementary', 'banner', 'contentinfo', 'form', 'region', 'group'].includes(role)) continue;
    const by = a.getAttribute('aria-labelledby');
    const name = a.getAttribute('aria-label') ?? (by ? text(document.getElementById(by)) : '') ?? '';
    const legend = a.tagName === 'FIELDSET' ? text(a.querySelector('legend')) : '';
    const named = name || legend;
    // A section or form without a name is no landmark; keep looking outwards.
    if (!named && ['region', 'form', 'group'].includes(role)) continue;
    region = named ? `${role} “${named}”` : role;
    break;
  }
  const box = el.getBoundingClientRect();
  return {
    label: visible.slice(0, 120),
    heading: heading.slice(0, 120),
    region,
    position: { x: Math.round(box.x + window.scrollX), y: Math.round(box.y + window.scrollY), width: Math.round(box.width), height: Math.round(box.height) },
  };
}

/** The fingerprint of the element a flow found as `role` / `name`. */
export async function fingerprintOf(locator: Locator, role: NamedRole, name: string): Promise<Fingerprint | undefined> {
  const placement = await locator.first().evaluate(placementOf).catch(() => undefined);
  return placement ? { role, name, ...placement } : undefined;
}

const MAX_CANDIDATES = 80;
const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea';

/** Every element of `role` on the page, fingerprinted: the candidates for a name that is not there. */
export async function candidatesOf(page: Page, role: NamedRole, scope: Locator | Page): Promise<Candidate[]> {
  const all = role === 'field' ? page.locator(FIELDS) : page.getByRole(role);
  const elements = (await all.all()).slice(0, MAX_CANDIDATES);
  const scopeHandle = scope === page ? undefined : await (scope as Locator).first().elementHandle({ timeout: 500 }).catch(() => undefined);
  const seen = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const element of elements) {
    const placement = await element.evaluate(placementOf).catch(() => undefined);
    if (!placement) continue;
    const name = (await accessibleName(element)) || placement.label;
    if (!name) continue;
    const inScope = scopeHandle ? await element.evaluate((el, s) => (s as Element).contains(el), scopeHandle).catch(() => false) : true;
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    candidates.push({ role, name, ...placement, inScope, nth });
  }
  await scopeHandle?.dispose();
  return candidates;
}

/** The accessible name Playwright computes (the one `getByRole` matches), read from the element's ARIA snapshot. */
async function accessibleName(element: Locator): Promise<string> {
  const snapshot = await element.ariaSnapshot({ timeout: 1000 }).catch(() => '');
  const match = /^- [a-z]+ "((?:[^"\\]|\\.)*)"/.exec(snapshot);
  return match?.[1]?.replace(/\\"/g, '"') ?? '';
}

/** The locator of a candidate, to act on it in place of the name that was not there. */
export function locatorOfCandidate(page: Page, candidate: Candidate): Locator {
  const all = candidate.role === 'field' ? page.getByLabel(candidate.name, { exact: true }) : page.getByRole(candidate.role, { name: candidate.name, exact: true });
  return all.nth(candidate.nth);
}
