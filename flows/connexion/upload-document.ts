import { expect, test, type Page } from '@playwright/test';
import { basename } from 'node:path';
import { ProcedureRun } from '../step.ts';
import type { Credentials } from '../types.ts';
import { dashboardHeading, logInToConnexion } from './log-in.ts';

export const PROCEDURE_ID = 'connexion.upload-document';

/** A file from disk (its path) or made in memory. */
export type FileToUpload = string | { name: string; mimeType: string; buffer: Buffer };

export interface UploadDocumentInput {
  credentials: Credentials;
  /** One of the person's bidder numbers. */
  bidderNumber: string;
  /** An option of "I am uploading…", e.g. "Financial Documents" or "Bid Surety Bond". */
  documentType: string;
  /** An option of "This document includes…" for that type, e.g. "Balance Sheet". */
  description: string;
  /** For a bid surety bond: the CBA's code or its label in "Please select a CBA". */
  cba?: string;
  /** The alternate name under "This file’s nickname is…" (optional, as the seed says). */
  nickname?: string;
  file: FileToUpload;
}

export interface UploadDocumentResult {
  /** The success message Connexion showed after Confirm & Upload. */
  message: string;
  uploadId: string;
  /** What My To-Do List showed on the dashboard (step 4). */
  toDoList: string[];
  /** The document's row in My Upload History, by column header. */
  history: Record<string, string>;
}

/** Thrown when Connexion reports that the upload failed; carries the message so a caller can try again. */
export class UploadFailedError extends Error {
  constructor(readonly shown: string) {
    super(`Connexion reported that the upload failed:\n${shown}`);
    this.name = 'UploadFailedError';
  }
}

async function readToDoList(page: Page): Promise<string[]> {
  const toDo = page.getByRole('complementary', { name: 'My To-Do List' });
  await expect(toDo).toBeVisible();
  const items = toDo.getByRole('listitem');
  return (await items.count()) ? items.allInnerTexts() : [];
}

/** Reads a row of a table as { column header: cell text }. */
async function readRow(page: Page, uploadId: string): Promise<Record<string, string>> {
  const headers = await page.getByRole('columnheader').allInnerTexts();
  const row = page.getByRole('row').filter({ hasText: uploadId });
  await expect(row).toHaveCount(1);
  const cells = await row.getByRole('cell').allInnerTexts();
  return Object.fromEntries(headers.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
}

/**
 * Seed 004, "Uploading Documents in Connexion": the 13 documented steps, then the documented outcome — a message
 * confirming the upload, and the document listed in My Upload History.
 */
export async function uploadDocument(page: Page, input: UploadDocumentInput): Promise<UploadDocumentResult> {
  const run = new ProcedureRun(page, PROCEDURE_ID);
  await logInToConnexion(run, input.credentials);

  const documentCenter = page.getByRole('navigation', { name: 'Document Center' });
  await run.step(3, async (s) => {
    await expect(dashboardHeading(page)).toBeVisible();
    const uploadLink = await s.find('link', 'Upload a Document', await s.see('navigation', 'Document Center'));
    await s.target(uploadLink);
    await uploadLink.hover();
  });
  const toDoList = await run.step(4, async (s) => {
    await s.target(await s.see('complementary', 'My To-Do List'));
    return readToDoList(page);
  });
  await run.step(5, async (s) => {
    const uploadLink = await s.find('link', 'Upload a Document', documentCenter);
    await s.target(uploadLink);
    await uploadLink.click();
    await expect(await s.see('heading', 'Upload a Document')).toBeVisible();
  });
  await run.step(6, async (s) => {
    const bidCycle = await s.see('field', 'Bid Cycle');
    await s.target(bidCycle);
    await expect(bidCycle).toHaveValue('Round 2021');
  });
  await run.step(7, async (s) => {
    const bidder = await s.find('field', 'Bidder Number');
    const type = await s.find('field', 'I am uploading…');
    await bidder.selectOption(input.bidderNumber);
    await type.selectOption(input.documentType);
    await s.target(bidder, type);
  });
  const chooser = await run.step(8, async (s) => {
    const browse = await s.find('button', 'Browse for file');
    await s.target(browse);
    const opened = page.waitForEvent('filechooser');
    await browse.click();
    return opened;
  });
  await run.step(9, async () => {
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(input.file);
    const chosen = typeof input.file === 'string' ? basename(input.file) : input.file.name;
    await expect(page.getByText(chosen, { exact: true })).toBeVisible();
  });
  await run.step(10, async (s) => {
    const description = await s.find('field', 'This document includes…');
    await description.selectOption(input.description);
    const cba = input.cba !== undefined ? await s.find('field', 'Please select a CBA') : undefined;
    if (cba && input.cba !== undefined) await cba.selectOption(input.cba);
    await s.target(description, ...(cba ? [cba] : []));
  });
  await run.step(11, async (s) => {
    const nickname = await s.find('field', 'This file’s nickname is…');
    if (input.nickname !== undefined) await nickname.fill(input.nickname);
    await s.target(nickname);
  });
  await run.step(12, async (s) => {
    const signature = await s.find('field', 'Certification Statement & Signature');
    await signature.fill(input.credentials.userId);
    await s.target(signature);
  });
  const { message, uploadId } = await run.step(13, async (s) => {
    const confirm = await s.find('button', 'Confirm & Upload');
    await s.target(confirm);
    await confirm.click();
    const success = page.getByRole('status').filter({ hasText: 'uploaded successfully' });
    const failure = page.getByRole('alert').filter({ hasText: 'upload failed' });
    await expect(success.or(failure)).toBeVisible();
    if (await failure.isVisible()) throw new UploadFailedError(await failure.innerText());
    const text = await success.innerText();
    const id = /Upload ID:\s*(\d+)/.exec(text)?.[1];
    if (!id) throw new Error(`The success message shows no upload ID: "${text}"`);
    return { message: text.split('\n')[0]?.trim() ?? text, uploadId: id };
  });

  const history = await test.step('Outcome: My Upload History lists the document', async () => {
    await documentCenter.getByRole('link', { name: 'My Upload History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Upload History' })).toBeVisible();
    const row = await readRow(page, uploadId);
    expect(row['Bidder Number']).toBe(input.bidderNumber);
    expect(row['Document Type']).toBe(input.documentType);
    expect(row['Description']).toBe(input.description);
    return row;
  });
  return { message, uploadId, toDoList, history };
}
