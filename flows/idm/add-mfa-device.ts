import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { signInToIdm } from './sign-in.ts';
import { idmWindow, openWindow } from './windows.ts';

export type MfaDevice = 'Email' | 'SMS' | 'Voice Call' | 'Google Authenticator' | 'Okta Verify';

export interface AddMfaDeviceInput {
  credentials: Credentials;
  device: MfaDevice;
  /** SMS and Voice Call: the phone number. */
  phone?: string;
  /**
   * The device's code, as the person reads it: the text or call to the phone, the e-mail, or the app once the
   * secret key shown (passed in) was added to it.
   */
  deviceCode: (secretKey?: string) => Promise<string>;
}

export interface AddMfaDeviceResult {
  /** The secret key the portal showed, for an authenticator app. */
  secretKey?: string;
  /** The verification methods listed at the end. */
  devices: string[];
}

/** IDM User Guide / IDM FAQ "Add an MFA Device" (idm.add-mfa-device): one device per operation (rule 9). */
export async function addMfaDevice(page: Page, input: AddMfaDeviceInput): Promise<AddMfaDeviceResult> {
  const run = new ProcedureRun(page, 'idm.add-mfa-device');
  await signInToIdm(run, input.credentials);
  const devices = idmWindow(page, 'Manage MFA and Recovery Devices');
  const setUp = idmWindow(page, `Set Up ${input.device}`);
  await run.step(5, (s) => openWindow(page, s, 'My Profile', 'My Profile'));
  await run.step(6, (s) => openWindow(page, s, 'Manage MFA and Recovery Devices', 'Manage MFA and Recovery Devices', 'My Profile'));
  await run.step(7, async (s) => {
    const device = await s.find('field', 'Add another device', devices);
    await device.selectOption({ label: input.device });
    const next = await s.find('button', 'Next', devices);
    await s.target(device, next);
    await next.click();
    await expect(setUp).toBeVisible();
  });
  const secretKey = await run.step(8, async (s) => {
    const phone = input.phone !== undefined ? await s.find('field', 'Phone Number', setUp) : undefined;
    if (phone && input.phone !== undefined) await phone.fill(input.phone);
    const next = await s.find('button', 'Next', setUp);
    if (phone) await s.target(phone, next);
    else await s.target(next);
    await next.click();
    await expect(setUp.getByLabel('Verification Code')).toBeVisible();
    const secret = setUp.getByRole('definition').filter({ has: page.locator('code') });
    return (await secret.count()) ? ((await secret.textContent()) ?? '').trim() : undefined;
  });
  return run.step(9, async (s) => {
    const code = await s.find('field', 'Verification Code', setUp);
    await code.fill(await input.deviceCode(secretKey));
    const verify = await s.find('button', 'Verify', setUp);
    await s.target(code, verify);
    await verify.click();
    await expect(await s.see('dialog', 'Manage MFA and Recovery Devices')).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`${input.device} was added.`);
    const listed = (await devices.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s*Remove\s*$/, '').trim());
    return { ...(secretKey ? { secretKey } : {}), devices: listed };
  });
}
