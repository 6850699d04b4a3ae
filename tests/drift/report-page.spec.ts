import { test, expect } from '@playwright/test';
import { indexHtml } from '../../scripts/reports/index-page.ts';
import { buildMatrix } from '../../scripts/reports/traceability.ts';
import { driftHtml } from '../../scripts/drift/report-page.ts';
import { closingLine, exitStatusOf } from '../../scripts/drift/report.ts';
import type { DriftReport } from '../../scripts/drift/results.ts';

const report: DriftReport = {
  target: 'http://127.0.0.1:4010', startedAt: new Date(0).toISOString(), finishedAt: new Date(5000).toISOString(), durationMs: 5000,
  profile: 'targets/demo.json', commit: false, heal: false,
  summary: { found: 1, renamed: 1, missing: 0, notReached: 1, procedures: 1, healed: 0, failed: 0, skipped: 0 },
  procedures: [{
    id: 'idm.add-ptan', title: 'How to Add More Than One PTAN to a Role', portal: 'CMS IDM System', seed: '001', outcome: 'drifted', healed: false, durationMs: 4000,
    steps: [
      { number: 5, text: 'Click the Manage My Roles button on the Self Service Dashboard.', outcome: 'passed', expected: [{ role: 'button', name: 'Manage My Roles', status: 'found' }] },
      { number: 10, text: 'Review the role request information and click the Review Request button.', outcome: 'failed',
        expected: [{ role: 'button', name: 'Review Request', status: 'renamed', candidate: { role: 'button', name: 'Review Role Request', score: 0.8, reason: 'same role, same place (in dialog “Add Role”), a similar name' } }] },
      { number: 11, text: 'Enter a justification and click the Submit Role Request button.', expected: [{ role: 'button', name: 'Submit Role Request', status: 'not-reached', note: 'the replay stopped at step 10' }] },
    ],
  }],
};

test.describe('the drift report', () => {
  test('reads like the documents: a summary table, each step with its sentence, each name found, renamed old → new, or not reached', () => {
    const page = driftHtml(report, '.');
    expect(page).toContain('<table class="overview">');
    expect(page).toContain('Review the role request information and click the Review Request button.');
    expect(page).toMatch(/renamed<\/span> button named &quot;Review Request&quot; “Review Request” → <strong>“Review Role Request”<\/strong>/);
    expect(page).toContain('score 0.8: same role, same place');
    // A step never reached is shown as not reached, never as found.
    const step11 = page.slice(page.indexOf('Enter a justification'));
    expect(step11).toMatch(/^[^]*?not reached[^]*?Submit Role Request/);
    expect(step11.slice(0, step11.indexOf('</li></ul>'))).not.toContain('>found<');
  });

  test('a drifted run exits 1 and its closing line counts the names; the index links the report', () => {
    expect(exitStatusOf(report)).toBe(1);
    expect(exitStatusOf({ ...report, summary: { ...report.summary, renamed: 0 } })).toBe(0);
    expect(exitStatusOf({ ...report, summary: { ...report.summary, renamed: 0, healed: 1 } })).toBe(1);
    expect(closingLine(report, 'reports/drift.html')).toBe('Documented names: 1 found, 1 renamed, 0 missing, 1 not reached (1 procedures). Report: reports/drift.html');
    const run = { startedAt: new Date(0).toISOString(), durationMs: 1, status: 'passed' as const, tests: [] };
    expect(indexHtml({ run, matrix: buildMatrix(run), guides: [], videos: [], drift: report })).toContain('<a href="drift.html">Drift report</a>');
    expect(indexHtml({ run, matrix: buildMatrix(run), guides: [], videos: [] })).not.toContain('drift.html');
  });
});
