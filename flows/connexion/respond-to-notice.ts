import { expect, type Page } from '@playwright/test';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { logInToConnexion } from './log-in.ts';

export interface RespondToNoticeInput {
  credentials: Credentials;
  /** The notice's title as My To-Do List names it, e.g. "Bona Fide Bid Notice". */
  notice: string;
  bidderNumber: string;
  /** Path of the PDF to upload. */
  file: string;
}

export interface RespondToNoticeResult {
  dueDate: string;
  /** The line under Your responses. */
  response: string;
}

/** connexion.respond-to-notice: answer a CDRD, BFB or PBE notice from My To-Do List by uploading a PDF. */
export async function respondToNotice(page: Page, input: RespondToNoticeInput): Promise<RespondToNoticeResult> {
  const run = new ProcedureRun(page, 'connexion.respond-to-notice');
  await logInToConnexion(run, input.credentials);

  await run.step(3, async (s) => {
    const item = (await s.see('complementary', 'My To-Do List')).getByRole('link', { name: new RegExp(`^${input.notice} for bidder number ${input.bidderNumber}`) });
    await s.target(item);
    await item.click();
    await expect(page.getByRole('heading', { level: 1, name: input.notice })).toBeVisible();
  });

  const dueDate = await run.step(4, async (s) => {
    const due = page.getByRole('definition').filter({ hasText: 'prevailing Eastern Time' });
    await s.target(due);
    return ((await due.textContent()) ?? '').trim();
  });

  await run.step(5, async (s) => {
    const file = await s.find('field', 'Select my file…');
    await s.target(file);
    await file.setInputFiles(input.file);
  });

  return run.step(6, async (s) => {
    await (await s.find('field', 'Certification Statement & Signature')).fill(input.credentials.userId);
    const upload = await s.find('button', 'Upload Response');
    await s.target(upload);
    await upload.click();
    await expect(page.getByRole('status').filter({ hasText: `Your response to the ${input.notice} was uploaded successfully.` })).toBeVisible();
    const fileName = input.file.split('/').pop() ?? '';
    const response = (await s.see('region', 'Your responses')).getByRole('listitem').filter({ hasText: fileName });
    await expect(response).toContainText(`uploaded by ${input.credentials.userId}`);
    return { dueDate, response: ((await response.first().textContent()) ?? '').trim() };
  });
}
