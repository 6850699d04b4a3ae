import { expect, test, type Page } from '@playwright/test';
import type { Credentials } from '../types.ts';

export interface ApproveRequestInput {
  /** The approver: the organization's AO, or a BAO for an EU's request. */
  credentials: Credentials;
  requestId: string;
  decision?: 'approve' | 'reject';
  reason?: string;
}

export interface ApproveRequestResult {
  requestId: string;
  decision: 'approved' | 'rejected';
  message: string;
}

/**
 * The approver's side (not a numbered procedure of the seeds): the AO or BAO signs in to the CMS IDM System,
 * opens Pending Approvals from the Self Service Dashboard and approves (or rejects) the request with the given
 * Request ID. Composes with the request flows: request → approval → the role in use.
 */
export async function approveRequest(page: Page, input: ApproveRequestInput): Promise<ApproveRequestResult> {
  const decision = input.decision ?? 'approve';
  await test.step('Sign in to the CMS IDM System as the approver', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Phases', exact: true }).click();
    await page.getByRole('link', { name: 'Registration', exact: true }).click();
    await page.getByRole('button', { name: 'Visit CMS IDM System' }).click();
    await page.getByLabel('User ID').fill(input.credentials.userId);
    await page.getByLabel('Password').fill(input.credentials.password);
    await page.getByRole('checkbox', { name: /agree to the terms/i }).check();
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.getByLabel('Verification Code').fill(await input.credentials.verificationCode());
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Self Service Dashboard' })).toBeVisible();
  }, { box: true });
  await test.step('Open Pending Approvals', async () => {
    await page.getByRole('link', { name: /^Pending Approvals/ }).click();
    await expect(page.getByRole('dialog', { name: 'Pending Approvals' })).toBeVisible();
  }, { box: true });
  return test.step(`${decision === 'approve' ? 'Approve' : 'Reject'} request ${input.requestId}`, async () => {
    const request = page.getByRole('region', { name: `Request ${input.requestId}`, exact: true });
    await expect(request).toBeVisible();
    if (input.reason) await request.getByLabel(/Reason for your decision/).fill(input.reason);
    await request.getByRole('button', { name: decision === 'approve' ? 'Approve' : 'Reject', exact: true }).click();
    const word = decision === 'approve' ? 'approved' : 'rejected';
    const notice = page.getByRole('status').filter({ hasText: `You ${word} request ${input.requestId}` });
    await expect(notice).toBeVisible();
    await expect(request).toHaveCount(0);
    return { requestId: input.requestId, decision: word, message: ((await notice.textContent()) ?? '').trim() } as const;
  }, { box: true });
}
