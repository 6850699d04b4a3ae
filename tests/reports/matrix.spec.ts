import { test, expect } from '@playwright/test';
import { procedure, type ProcedureId } from '../../flows/catalog.ts';
import { escapeHtml, html } from '../../scripts/reports/html.ts';
import { buildMatrix, type StepState } from '../../scripts/reports/traceability.ts';
import { matrixHtml } from '../../scripts/reports/traceability-page.ts';
import type { RunData, StepRecord, TestRecord } from '../../scripts/reports/run-data.ts';

/** A fake test record: `took` the steps it performed; `failedAt` the step that failed, if any. */
function replay(procedureId: ProcedureId, took: number[], failedAt?: number, title = `${procedureId}: a replay`): TestRecord {
  const steps: StepRecord[] = took.map((n) => ({ number: n, title: `${n}. …`, status: 'passed', durationMs: 1, location: `flows/x.ts:${10 + n}` }));
  if (failedAt) steps.push({ number: failedAt, title: `${failedAt}. …`, status: 'failed', durationMs: 1, location: `flows/x.ts:${10 + failedAt}` });
  return { procedureId, title, file: 'tests/procedures/x.spec.ts', line: 1, status: failedAt ? 'failed' : 'passed', ok: !failedAt, durationMs: 5, performed: took, steps };
}

const runOf = (...tests: TestRecord[]): RunData => ({ startedAt: new Date(0).toISOString(), durationMs: 10, status: 'passed', tests });
const states = (run: RunData, id: string): StepState[] => buildMatrix(run).procedures.find((p) => p.id === id)?.steps.map((s) => s.state) ?? [];

test.describe('traceability matrix', () => {
  test('a documented step that a passing flow leaves out is a gap, and the procedure is not complete', () => {
    const matrix = buildMatrix(runOf(replay('ep.remove-role', [1, 2, 4, 5, 6, 7, 8])));
    const row = matrix.procedures.find((p) => p.id === 'ep.remove-role');
    expect(row?.steps.find((s) => s.number === 3)?.state).toBe('gap');
    expect(row?.complete).toBe(false);
    expect(matrix.summary.gaps).toBe(1);
    expect(matrixHtml(matrix)).toContain('GAP — no flow step');
  });

  test('steps after a failure are not reached, not gaps; the failed step says so', () => {
    expect(states(runOf(replay('ep.remove-role', [1, 2], 3)), 'ep.remove-role')).toEqual(['performed', 'performed', 'failed', ...Array(5).fill('not-reached')]);
  });

  test('a role alternative counts as covered when its sibling was taken; each step links its flow line and tests', () => {
    const all = procedure('idm.add-ptan').steps.map((s) => s.number).filter((n) => n !== 9);
    const matrix = buildMatrix(runOf(replay('idm.add-ptan', all)));
    const row = matrix.procedures.find((p) => p.id === 'idm.add-ptan');
    expect(row?.steps.find((s) => s.number === 9)?.state).toBe('alternative');
    expect(row?.complete).toBe(true);
    expect(row?.steps[0]).toMatchObject({ flowSteps: ['flows/x.ts:11'], tests: [{ title: 'idm.add-ptan: a replay', stepStatus: 'passed', status: 'passed' }] });
  });

  test('a step is covered when any variant takes it', () => {
    const a = replay('ep.remove-role', [1, 2, 3, 4], undefined, 'ep.remove-role: first half');
    const b = replay('ep.remove-role', [1, 2, 5, 6, 7, 8], undefined, 'ep.remove-role: second half');
    expect(states(runOf(a, b), 'ep.remove-role').every((s) => s === 'performed')).toBe(true);
  });

  test('procedures without a test show as no flow, every step listed', () => {
    const matrix = buildMatrix(runOf());
    expect(matrix.summary.withFlow).toBe(0);
    expect(matrix.summary.steps).toBe(matrix.procedures.reduce((n, p) => n + procedure(p.id).steps.length, 0));
    expect(matrix.procedures.every((p) => p.steps.every((s) => s.state === 'no-flow'))).toBe(true);
  });
});

test('generated pages escape the text they embed', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  const title = '<img src=x onerror=alert(1)>';
  expect(html`<p>${title}</p>${html`<b>${'&'}</b>`}`.text).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p><b>&amp;</b>');
  const matrix = buildMatrix(runOf(replay('ep.remove-role', [1, 2, 3, 4, 5, 6, 7, 8], undefined, `ep.remove-role: ${title}`)));
  expect(matrixHtml(matrix)).not.toContain(title);
});
