import { createReadStream, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ENCRYPTED_COPIES_DIR } from '../../fixtures/files/make-files.ts';
import { inspectPdfStream } from '../../mock-portal/domain/pdf-files/pdf-check.ts';

// qpdf is optional (`npm run setup` says so): without it the upload tests use these committed copies, which
// must be what qpdf makes, a password-protected PDF that the portal refuses.
test('the committed encrypted PDFs, used where qpdf is not installed, are refused as password protected', async () => {
  const files = readdirSync(ENCRYPTED_COPIES_DIR).sort();
  expect(files).toEqual(['password-protected-xref-stream.pdf', 'password-protected.pdf']);
  for (const file of files) {
    const dest = test.info().outputPath(file);
    await mkdir(dest, { recursive: true });
    expect(await inspectPdfStream(createReadStream(join(ENCRYPTED_COPIES_DIR, file)), join(dest, 'upload.pdf')), file).toEqual({ ok: false, reason: 'encrypted' });
  }
});
