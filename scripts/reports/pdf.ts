import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutablePath } from '../chromium.ts';
import { escapeHtml } from './html.ts';

/** Prints HTML files to PDF with Chromium, the way a trainer would print the page, with page numbers. */
export async function printPdfs(jobs: readonly { html: string; pdf: string; title: string }[]): Promise<void> {
  if (jobs.length === 0) return;
  const executablePath = chromiumExecutablePath();
  const browser: Browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const page = await browser.newPage();
    for (const job of jobs) {
      await page.goto(pathToFileURL(job.html).href, { waitUntil: 'load' });
      await page.pdf({
        path: job.pdf,
        format: 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        // Bookmarks from the headings (the contents in a PDF viewer's side panel) and a tagged, accessible PDF.
        outline: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="width:100%;font:9px Helvetica,Arial,sans-serif;color:#5c5c5c;padding:0 .5in;display:flex;justify-content:space-between"><span>${escapeHtml(job.title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      });
    }
  } finally {
    await browser.close();
  }
}
