import { html, page, type Html } from './html.ts';
import type { Matrix, MatrixProcedure, MatrixStep, StepState } from './traceability.ts';
import { BASE_CSS } from './style.ts';
import { shortTitle } from './text.ts';

const STATE_LABEL: Record<StepState, { text: string; css: string }> = {
  performed: { text: 'Performed', css: 'ok' },
  failed: { text: 'Failed', css: 'bad' },
  'not-reached': { text: 'Not reached', css: 'warn' },
  alternative: { text: 'Alternative taken', css: 'none' },
  gap: { text: 'GAP — no flow step', css: 'bad' },
  'no-flow': { text: 'No flow yet', css: 'none' },
  'not-run': { text: 'Not run this time', css: 'none' },
};

/** reports/traceability.html: one table per procedure, documented step → flow step → tests and results. */
export function matrixHtml(matrix: Matrix): string {
  const s = matrix.summary;
  const body = html`<main class="wide">
<p class="kicker">cbp-harness · traceability</p>
<h1>Documented steps → flow steps → tests</h1>
<p class="lead">Every numbered step of every catalogued procedure, the line of the flow that performs it, and the tests that ran it in this run.</p>
<ul class="summary">
  <li><strong>${s.withFlow}</strong> of ${s.procedures} procedures have a flow</li>
  <li><strong>${s.complete}</strong> fully covered</li>
  <li><strong>${s.performed}</strong> of ${s.steps} documented steps performed</li>
  <li class="${s.gaps ? 'has-gaps' : ''}"><strong>${s.gaps}</strong> gap${s.gaps === 1 ? '' : 's'} <span class="muted">(steps a flow leaves out)</span></li>
  ${s.notRun ? html`<li><strong>${s.notRun}</strong> not run this time <span class="muted">(a filtered run or one shard)</span></li>` : ''}
</ul>
<nav class="toc"><h2>Procedures</h2><ol>${matrix.procedures.map((p) => html`<li><a href="#${p.id}">${p.title}</a> <span class="muted">(${p.portal})</span> ${procedureBadge(p)}</li>`)}</ol></nav>
${matrix.procedures.map(procedureSection)}
<footer>Generated ${new Date(matrix.generatedAt).toUTCString()} by <code>npm run flows</code>. The same data: <a href="traceability.json">traceability.json</a>. Steps whose text starts “For an AO …” / “For a BAO/EU …” are alternatives: a replay takes the one for its role.</footer>
</main>`;
  return page('Traceability matrix — cbp-harness', BASE_CSS + MATRIX_CSS, body);
}

function procedureBadge(p: MatrixProcedure): Html {
  if (!p.hasFlow) return html`<span class="badge none">No flow yet</span>`;
  if (!p.ranThisTime) return html`<span class="badge none">Not run this time</span>`;
  if (p.steps.some((s) => s.state === 'gap')) return html`<span class="badge bad">Gaps</span>`;
  if (p.tests.some((t) => !t.ok)) return html`<span class="badge bad">Failing</span>`;
  return html`<span class="badge ok">Complete</span>`;
}

function procedureSection(p: MatrixProcedure): Html {
  const guide = p.ranThisTime ? html` · <a href="guides/${p.id}.html">illustrated guide</a>` : ''; // a kept guide is linked from the index
  const heading = html`<h2>${p.title} ${procedureBadge(p)}</h2><p class="muted"><code>${p.id}</code> · seed ${p.seed} · ${p.portal}${guide}</p>`;
  if (!p.hasFlow) {
    return html`<section id="${p.id}">${heading}<details><summary>No test in tests/procedures/ replays this procedure yet: its ${p.steps.length} documented steps are all uncovered.</summary>
<table><tbody>${p.steps.map((s) => html`<tr class="no-flow"><td class="n">${s.number}</td><td>${s.text}</td></tr>`)}</tbody></table></details></section>`;
  }
  if (!p.ranThisTime) {
    return html`<section id="${p.id}">${heading}<p>Not run this time: this run (a filtered run or one shard) did not replay it. Its tests, with the result of the last run that did:</p>
<ul class="tests">${p.notRun.map((t) => html`<li>${shortTitle(t.title, p.id)} ${t.lastRun ? html`<span class="badge ${t.lastRun.ok ? 'ok' : 'bad'}">${t.lastRun.status}</span> <span class="muted">on ${new Date(t.lastRun.startedAt).toUTCString()}</span>` : html`<span class="muted">not run yet</span>`} <code class="muted">${t.file}:${t.line}</code></li>`)}</ul></section>`;
  }
  const tag = (t: { title: string; line: number }) => `T${p.tests.findIndex((x) => x.title === t.title && x.line === t.line) + 1}`;
  const tests = html`<ul class="tests">${p.tests.map((t) => html`<li><strong>${tag(t)}</strong> ${shortTitle(t.title, p.id)} <span class="badge ${t.ok ? 'ok' : 'bad'}">${t.status}</span> <code class="muted">${t.file}:${t.line}</code></li>`)}</ul>`;
  return html`<section id="${p.id}">${heading}${tests}
<table><thead><tr><th class="n">#</th><th>Documented step</th><th class="state">State</th><th class="flow">Flow step (file:line)</th><th class="ran">Tests that ran it</th></tr></thead>
<tbody>${p.steps.map((step) => stepRow(step, tag))}</tbody></table></section>`;
}

function stepRow(step: MatrixStep, tag: (t: { title: string; line: number }) => string): Html {
  const label = STATE_LABEL[step.state];
  const failures = step.tests.filter((t) => t.stepStatus === 'failed' && t.error);
  const why = failures.length ? html`${failures.map((t) => html`<p class="why"><strong>${tag(t)}:</strong> ${t.error ?? ''}</p>`)}` : '';
  return html`<tr class="${step.state}"><td class="n">${step.number}</td><td>${step.text}${why}</td><td class="state"><span class="badge ${label.css}">${label.text}</span></td>
<td>${step.flowSteps.length ? step.flowSteps.map((f) => html`<code>${f}</code><br>`) : html`<span class="muted">—</span>`}</td>
<td class="ran">${step.tests.length ? step.tests.map((t) => html`<span class="badge ${t.stepStatus === 'passed' ? 'ok' : 'bad'}" title="${t.title}">${tag(t)} ${t.stepStatus === 'passed' ? '✓' : '✗'}</span> `) : html`<span class="muted">—</span>`}</td></tr>`;
}

const MATRIX_CSS = `
main.wide { max-width: 80rem; }
.summary { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6rem 2rem; font-size: 1.05rem; }
.summary .has-gaps strong { color: #981b1e; }
.toc ol { columns: 2; column-gap: 2rem; }
.toc li { break-inside: avoid; margin-bottom: .3rem; }
section { margin-top: 2.5rem; }
td.n, th.n { width: 2.5rem; text-align: right; font-weight: 700; }
th.state, td.state { width: 10rem; }
th.ran, td.ran { width: 9rem; }
th.flow { width: 17rem; }
td code { overflow-wrap: anywhere; }
details summary { cursor: pointer; color: var(--muted); }
.tests { list-style: none; padding: 0; }
tr.gap td { background: var(--red-bg); }
.why { margin: .4rem 0 0; color: #981b1e; font-size: .9rem; }
tr.no-flow td { color: var(--muted); }
td code { font-size: .8rem; }
@media print { tr { break-inside: avoid; } }
`;
