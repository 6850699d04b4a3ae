import { expect, type Locator, type Page } from '@playwright/test';
import type { StepContext } from '../step.ts';

/** The applications of the IDM Role Request window, as seed 001 names them. */
export type IdmApplication = 'DBidS' | 'Connexion';
export type IdmRole = 'AO' | 'BAO' | 'EU';

export const APPLICATION_NAMES: Record<IdmApplication, string> = {
  DBidS: 'DMEPOS Bidding System (DBidS)',
  Connexion: 'Connexion',
};

const ROLE_LABEL = /(Backup Authorized Official \(BAO\)|Authorized Official \(AO\)|End User \(EU\))/;

/** A role as the Manage My Roles window shows it. */
export interface ShownRole {
  application: string;
  role: string;
  ptans: string[];
}

/** What an IDM window shows after a request: its Request ID and message. */
export interface SubmittedRequest {
  requestId: string;
  message: string;
}

/** An IDM window (a dialog titled as the seed names it). */
export function idmWindow(page: Page, title: string): Locator {
  return page.getByRole('dialog', { name: title, exact: true });
}

/** One role of the Manage My Roles window, found by its application. */
export function roleOf(page: Page, application: IdmApplication): Locator {
  return idmWindow(page, 'Manage My Roles').getByRole('region', { name: APPLICATION_NAMES[application], exact: true });
}

/** Reads the Request ID and the message a window shows after a submission. */
export async function readSubmitted(window: Locator, message: RegExp): Promise<SubmittedRequest> {
  const status = window.getByRole('status');
  await expect(status).toContainText(/Request ID:\s*\d+/);
  await expect(status).toContainText(message);
  const text = (await status.textContent()) ?? '';
  const requestId = /Request ID:\s*(\d+)/.exec(text)?.[1] ?? '';
  return { requestId, message: (message.exec(text)?.[0] ?? '').trim() };
}

/** The roles the Manage My Roles window displays, read as a person reads them. */
export async function readRoles(page: Page): Promise<ShownRole[]> {
  const window = idmWindow(page, 'Manage My Roles');
  await expect(window).toBeVisible();
  const roles: ShownRole[] = [];
  for (const region of await window.getByRole('region').all()) {
    roles.push({
      application: ((await region.getByRole('heading').first().textContent()) ?? '').trim(),
      role: ROLE_LABEL.exec((await region.textContent()) ?? '')?.[0] ?? '',
      ptans: (await region.getByRole('list', { name: 'PTAN(s)' }).getByRole('listitem').allTextContents()).map((p) => p.trim()),
    });
  }
  return roles;
}

/** Opens the Manage My Roles window from the Self Service Dashboard (step 5 of several procedures). */
export async function openManageMyRoles(page: Page, s: StepContext): Promise<ShownRole[]> {
  const button = await s.find('button', 'Manage My Roles');
  await s.target(button);
  await button.click();
  await s.see('dialog', 'Manage My Roles');
  return readRoles(page);
}

/**
 * Presses the button named `button` (within the window titled `within`, or the page) and waits for the window it
 * opens, `opens`: the steps that open My Profile and then one of its windows.
 */
export async function openWindow(page: Page, s: StepContext, button: string, opens: string, within?: string): Promise<void> {
  const pressed = await s.find('button', button, within ? idmWindow(page, within) : undefined);
  await s.target(pressed);
  await pressed.click();
  await expect(await s.see('dialog', opens)).toBeVisible();
}
