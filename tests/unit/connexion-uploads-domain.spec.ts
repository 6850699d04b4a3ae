/**
 * Connexion's Upload a Document rules as plain functions (mock-portal/domain/connexion/): every field of the form,
 * the signed PDF shared by every upload form, storing and My Upload History, My To-Do List. No server, no browser.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { config } from '../../mock-portal/config.ts';
import { documentTypesFor, actionForDocumentType } from '../../mock-portal/domain/connexion/documents.ts';
import { UPLOAD_MESSAGES, checkUpload, signedPdfProblems, type UploadFields } from '../../mock-portal/domain/connexion/upload-rules.ts';
import { organizationUploads, ownUpload, toDoItems, uploadDocument } from '../../mock-portal/domain/connexion/uploads.ts';
import { Refusal } from '../../mock-portal/domain/errors.ts';
import { formOf } from '../../mock-portal/domain/forms.ts';
import { REFUSAL_MESSAGES } from '../../mock-portal/domain/pdf-files/messages.ts';
import { domainWorld } from './domain-world.ts';

const valid = (userId: string): UploadFields => ({
  bidCycle: config.connexion.bidCycle, bidderNumber: '210001', documentType: 'Financial Documents', description: 'Balance Sheet', cba: '', nickname: '', certification: userId,
});

test.describe('Upload a Document: the form\'s rules (seed 004)', () => {
  test('a complete form passes, trimmed, signed by the person in any letter case', async () => {
    const { state, person, received } = domainWorld();
    const checked = checkUpload(state, person('jane.ao'), { ...valid('JANE.AO'), nickname: '  Q2 sheet ' }, await received());
    expect(checked).toMatchObject({ ok: true, value: { bidderNumber: '210001', nickname: 'Q2 sheet', certifiedBy: 'jane.ao', fileName: 'document.pdf' } });
  });

  test('every missing field is named at once, with what to do', async () => {
    const { state, person } = domainWorld();
    const checked = checkUpload(state, person('jane.ao'), { bidCycle: '', bidderNumber: '', documentType: '', description: '', cba: '', nickname: '', certification: '' }, undefined);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? {} : checked.errors).toEqual({
      bidCycle: UPLOAD_MESSAGES.bidCycle, bidderNumber: UPLOAD_MESSAGES.bidderNumberMissing, documentType: UPLOAD_MESSAGES.typeMissing,
      file: UPLOAD_MESSAGES.fileMissing, description: UPLOAD_MESSAGES.descriptionMissing, certification: UPLOAD_MESSAGES.certificationMissing,
    });
  });

  test('another organization\'s bidder number, an unknown type, a description of another type are refused', async () => {
    const { state, person, received } = domainWorld();
    const file = await received();
    const errorsOf = (fields: Partial<UploadFields>) => {
      const checked = checkUpload(state, person('jane.ao'), { ...valid('jane.ao'), ...fields }, file);
      return checked.ok ? {} : checked.errors;
    };
    expect(errorsOf({ bidderNumber: '210099' }).bidderNumber).toBe(UPLOAD_MESSAGES.bidderNumberNotYours('210099'));
    expect(errorsOf({ documentType: 'Love Letter' }).documentType).toBe(UPLOAD_MESSAGES.typeUnknown('Love Letter'));
    expect(errorsOf({ description: 'Income Statement ' }).description).toBeUndefined();
    expect(errorsOf({ documentType: 'Bid Surety Bond', description: 'Balance Sheet', cba: '47900-DC' }).description).toBe(UPLOAD_MESSAGES.descriptionWrong('Balance Sheet', 'Bid Surety Bond'));
  });

  test('names of the object prototype are not types of document (no crash, a clear refusal)', async () => {
    const { state, person, received } = domainWorld();
    const file = await received();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const checked = checkUpload(state, person('jane.ao'), { ...valid('jane.ao'), documentType: name }, file);
      expect(checked.ok ? '' : checked.errors.documentType).toBe(UPLOAD_MESSAGES.typeUnknown(name));
      expect(actionForDocumentType(name)).toBe('connexion.upload-documents');
    }
  });

  test('a CBA only and always for a bid surety bond, and a known one', async () => {
    const { state, person, received } = domainWorld();
    const file = await received();
    const bond = { ...valid('jane.ao'), documentType: 'Bid Surety Bond', description: 'Bid Surety Bond (Entire Document)' };
    const cbaError = (fields: UploadFields) => {
      const checked = checkUpload(state, person('jane.ao'), fields, file);
      return checked.ok ? undefined : checked.errors.cba;
    };
    expect(cbaError({ ...bond, cba: '' })).toBe(UPLOAD_MESSAGES.cbaMissing);
    expect(cbaError({ ...bond, cba: 'nowhere' })).toBe(UPLOAD_MESSAGES.cbaUnknown('nowhere'));
    expect(cbaError({ ...bond, cba: '47900-DC' })).toBeUndefined();
    expect(cbaError({ ...valid('jane.ao'), cba: '47900-DC' })).toBe(UPLOAD_MESSAGES.cbaNotBond);
  });

  test('the nickname: at most the configured length, no control characters', async () => {
    const { state, person, received } = domainWorld();
    const file = await received();
    const nicknameError = (nickname: string) => {
      const checked = checkUpload(state, person('jane.ao'), { ...valid('jane.ao'), nickname }, file);
      return checked.ok ? undefined : checked.errors.nickname;
    };
    expect(nicknameError('x'.repeat(config.connexion.nicknameMaxLength))).toBeUndefined();
    expect(nicknameError('x'.repeat(config.connexion.nicknameMaxLength + 1))).toBe(UPLOAD_MESSAGES.nicknameTooLong(config.connexion.nicknameMaxLength + 1));
    expect(nicknameError('tab\there')).toBe(UPLOAD_MESSAGES.nicknameCharacters);
  });

  test('financial documents and bonds close with the bid window; other documents stay open', async () => {
    const { state, person, received } = domainWorld('2019-09-19T01:00:00.000Z');
    const file = await received();
    const typeError = (fields: Partial<UploadFields>) => {
      const checked = checkUpload(state, person('jane.ao'), { ...valid('jane.ao'), ...fields }, file);
      return checked.ok ? undefined : checked.errors.documentType;
    };
    expect(typeError({})).toBe(UPLOAD_MESSAGES.bidWindowClosed('Financial documents'));
    expect(typeError({ documentType: 'Bid Surety Bond', description: 'Bid Surety Bond (Entire Document)', cba: '47900-DC' })).toBe(UPLOAD_MESSAGES.bidWindowClosed('Bid surety bonds'));
    expect(typeError({ documentType: 'Other', description: 'Entire Document' })).toBeUndefined();
  });

  test('an EU is not offered, and may not upload, the AO/BAO documents of the role table', async () => {
    const { state, person, received } = domainWorld();
    expect(documentTypesFor(person('eddie.eu'))).not.toContain('Contract Transfer/CHOW Documentation');
    expect(documentTypesFor(person('jane.ao'))).toContain('Contract Transfer/CHOW Documentation');
    const checked = checkUpload(state, person('eddie.eu'), { ...valid('eddie.eu'), documentType: 'Contract Transfer/CHOW Documentation', description: 'Entire Document' }, await received());
    expect(checked.ok ? '' : checked.errors.documentType).toContain('your role is EU');
  });
});

test.describe('the signed PDF of every upload form', () => {
  test('the file must have passed the PDF checks; the signature must be the person\'s own user ID', async () => {
    const { person, received } = domainWorld();
    const jane = person('jane.ao');
    expect(signedPdfProblems(jane, await received(), ' Jane.Ao ')).toEqual({});
    expect(signedPdfProblems(jane, undefined, 'jane.ao')).toEqual({ file: UPLOAD_MESSAGES.fileMissing });
    expect(signedPdfProblems(jane, await received('PK not a pdf'), 'bob.bao')).toEqual({ file: REFUSAL_MESSAGES['not-pdf'], certification: UPLOAD_MESSAGES.certificationWrong });
    expect(signedPdfProblems(jane, await received(''), '')).toEqual({ file: REFUSAL_MESSAGES.empty, certification: UPLOAD_MESSAGES.certificationMissing });
  });

  test('where the file is optional, no file checks only the signature', () => {
    const { person } = domainWorld();
    expect(signedPdfProblems(person('jane.ao'), undefined, 'jane.ao', { fileOptional: true })).toEqual({});
    expect(signedPdfProblems(person('jane.ao'), undefined, '', { fileOptional: true })).toEqual({ certification: UPLOAD_MESSAGES.certificationMissing });
  });
});

test.describe('storing an upload, My Upload History, My To-Do List', () => {
  test('an accepted upload is kept on disk and in the organization\'s history; a refused one keeps nothing', async () => {
    const { state, person, received } = domainWorld();
    const jane = person('jane.ao');
    const refused = await uploadDocument(state, jane, formOf({ ...valid('jane.ao'), certification: 'someone' }), await received()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).problems).toEqual({ certification: UPLOAD_MESSAGES.certificationWrong });
    expect(state.uploads).toEqual([]);

    const upload = await uploadDocument(state, jane, formOf({ ...valid('jane.ao') }), await received());
    expect(readFileSync(upload.storedPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(organizationUploads(state, 'acme').map((u) => u.id)).toEqual([upload.id]);
    expect(organizationUploads(state, 'globex')).toEqual([]);
    expect(ownUpload(state, 'JANE.AO', upload.id)?.id).toBe(upload.id);
    expect(ownUpload(state, 'bob.bao', upload.id)).toBeUndefined();
  });

  test('an armed store fault refuses as unavailable, removes the incoming file and keeps nothing', async () => {
    const { state, person, received } = domainWorld();
    const file = await received();
    state.faults.arm('connexion.upload', 1);
    const refused = await uploadDocument(state, person('jane.ao'), formOf({ ...valid('jane.ao') }), file).catch((e: unknown) => e);
    expect((refused as Refusal).kind).toBe('unavailable');
    expect(state.uploads).toEqual([]);
    expect(file.inspection.ok && existsSync(file.inspection.path)).toBe(false);
  });

  test('My To-Do List names the financial documents still missing, until the bid window closes', async () => {
    const { state, person, received } = domainWorld();
    const jane = person('jane.ao');
    expect(toDoItems(state, jane)[0]?.text).toContain('Not yet received: Balance Sheet, Income Statement');
    await uploadDocument(state, jane, formOf({ ...valid('jane.ao') }), await received());
    expect(toDoItems(state, person('eddie.eu'))[0]?.text).not.toContain('Balance Sheet,');
    state.clock.set('2019-09-19T01:00:00.000Z');
    expect(toDoItems(state, jane)).toEqual([]);
  });
});
