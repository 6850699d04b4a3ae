import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { test, expect } from '../../fixtures/test.ts';
import { PROCEDURES, procedure } from '../../flows/catalog.ts';
import type { Matrix } from '../../scripts/reports/traceability.ts';
import { runFlows, type Finished } from './flow-runs.ts';

test.use({ baseURL: 'http://localhost/' });

const SAMPLE = 'tests/reports/sample/*.sample.ts';

test.describe('npm run flows, end to end on a sample procedure test', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let reports = '';
  let run: Finished = { code: -1, output: '' };

  test.beforeAll(async ({}, info) => {
    reports = info.outputPath('reports');
    run = await runFlows(reports, SAMPLE);
  });

  test('it passes, shows progress per procedure and step, and closes with the count', () => {
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('▶ ep.remove-role: a sample replay removes a role');
    expect(run.output).toContain('ep.remove-role  step 3. Click Modify CMS Enterprise Portal Profile.');
    expect(run.output.trimEnd().split('\n').at(-1)).toBe('2 passed, 0 failed');
  });

  test('the index links the HTML report, the JUnit XML, the matrix and each guide, and every link resolves', () => {
    const index = readFileSync(path.join(reports, 'index.html'), 'utf8');
    const links = [...index.matchAll(/href="([^"#]+)"/g)].map((m) => m[1] ?? '');
    for (const expected of ['html/index.html', 'junit.xml', 'traceability.html', 'traceability.json', 'guides/ep.remove-role.html', 'guides/ep.remove-role.pdf']) {
      expect(links).toContain(expected);
    }
    for (const link of links) expect(existsSync(path.join(reports, link)), link).toBe(true);
    expect(readFileSync(path.join(reports, 'junit.xml'), 'utf8')).toMatch(/<testsuites[^>]*tests="2"[^>]*failures="0"/);
  });

  test('the matrix lists every documented step of every procedure, and the sample covers all of its own', () => {
    const matrix = JSON.parse(readFileSync(path.join(reports, 'traceability.json'), 'utf8')) as Matrix;
    expect(matrix.procedures.map((p) => p.id)).toEqual(PROCEDURES.map((p) => p.id));
    for (const p of matrix.procedures) expect(p.steps.map((s) => s.number)).toEqual(procedure(p.id).steps.map((s) => s.number));
    const sample = matrix.procedures.find((p) => p.id === 'ep.remove-role');
    expect(sample?.complete).toBe(true);
    for (const step of sample?.steps ?? []) {
      expect(step.state).toBe('performed');
      expect(step.flowSteps).toHaveLength(1); // the sample's one run.step call, with its line
      expect(step.flowSteps[0]).toMatch(/^tests\/reports\/sample\/sample-replay\.ts:\d+$/);
      expect(step.tests.map((t) => t.stepStatus)).toEqual(['passed', 'passed']);
    }
    expect(matrix.procedures.filter((p) => p.id !== 'ep.remove-role').every((p) => !p.hasFlow && p.steps.every((s) => s.state === 'no-flow'))).toBe(true);
  });

  test('the guide has one picture per documented step, the outcome, and escapes what it quotes', async ({ page }) => {
    await page.goto(pathToFileURL(path.join(reports, 'guides', 'ep.remove-role.html')).href);
    const removeRole = procedure('ep.remove-role');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(removeRole.title);
    const steps = page.locator('li.step');
    await expect(steps).toHaveCount(removeRole.steps.length);
    for (const [i, step] of removeRole.steps.entries()) {
      await expect(steps.nth(i)).toContainText(step.text);
      const picture = steps.nth(i).getByRole('img', { name: /^The screen at step/ });
      await expect(picture).toHaveCount(1);
      expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      // The zoomed part's place on the whole screen, small, beside it.
      await expect(steps.nth(i).getByRole('img', { name: /the blue frame shows the part enlarged/ })).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
    }
    await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(removeRole.steps.length + 2);
    expect(existsSync(path.join(reports, 'guides', 'ep.remove-role.docx'))).toBe(true);
    await expect(page.getByText(removeRole.outcome)).toBeVisible();
    await expect(page.locator('.outcome').getByRole('img')).toHaveCount(1); // the screen the last step leads to
    await expect(page.getByText('a sample variant <changes> a role')).toBeVisible();
  });

  test('the PDF of the guide opens: letter pages, at least one per two steps', async () => {
    const bytes = readFileSync(path.join(reports, 'guides', 'ep.remove-role.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(procedure('ep.remove-role').steps.length / 2);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
  });
});

test.describe('npm run flows when a procedure fails', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let reports = '';
  let run: Finished = { code: -1, output: '' };

  test.beforeAll(async ({}, info) => {
    reports = info.outputPath('reports');
    run = await runFlows(reports, SAMPLE, [], { CBP_SAMPLE_FAIL_AT: '3' });
  });

  test('it exits non-zero and says which step failed', () => {
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('✗ ep.remove-role  step 3 failed');
    expect(run.output.trimEnd().split('\n').at(-1)).toBe('0 passed, 2 failed');
  });

  test('the guide warns the trainer, the matrix shows the failed step and the steps not reached', async ({ page }) => {
    await page.goto(pathToFileURL(path.join(reports, 'guides', 'ep.remove-role.html')).href);
    await expect(page.getByRole('alert')).toContainText('This replay did not pass (step 3).');
    await expect(page.locator('li.step').nth(2)).toContainText('The screen when this step failed');
    const matrix = JSON.parse(readFileSync(path.join(reports, 'traceability.json'), 'utf8')) as Matrix;
    const states = matrix.procedures.find((p) => p.id === 'ep.remove-role')?.steps.map((s) => s.state);
    expect(states).toEqual(['performed', 'performed', 'failed', 'not-reached', 'not-reached', 'not-reached', 'not-reached', 'not-reached']);
  });
});
