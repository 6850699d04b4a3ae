import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '../../flows/catalog.ts';
import { html, page, trusted } from './html.ts';
import type { RunData, StepRecord, TestRecord } from './run-data.ts';
import { sourceOf } from './sources.ts';
import { BASE_CSS } from './style.ts';
import { seconds, shortTitle } from './text.ts';

/** The replay a guide is made from: the first passing test of the procedure, else the first one. */
export function chooseReplay(tests: readonly TestRecord[]): TestRecord | undefined {
  return tests.find((t) => t.ok && t.status === 'passed') ?? tests[0];
}

interface Picture {
  src: string;
  /** The replay it comes from, when not the guide's main one (a role alternative shown by another variant). */
  from?: TestRecord;
  /** Playwright's picture of the failure, when the step failed. */
  failure?: boolean;
  /** Nothing is outlined: the step only checked the screen, or did not apply to this replay's user. */
  unmarked?: boolean;
}

/**
 * The illustrated guide of one procedure: each documented step (number and text, word for word), a picture of
 * the screen at that step with the element acted on outlined, then the documented outcome. Self-contained:
 * the pictures are inlined as data: URIs, so the file can be mailed or printed as it is.
 */
export function guideHtml(procedure: Procedure, tests: readonly TestRecord[], run: RunData, reportsDir: string): string {
  const main = chooseReplay(tests);
  if (!main) throw new Error(`No replay of ${procedure.id} to make a guide from.`);
  const others = tests.filter((t) => t !== main);
  const recorded = new Date(run.startedAt).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

  const pictureOf = (n: number): Picture | undefined => {
    const own = main.steps.find((s) => s.number === n && s.picture);
    const failed = main.steps.find((s) => s.number === n && s.status === 'failed');
    if (failed && main.failurePicture) return { src: dataUri(reportsDir, main.failurePicture), failure: true };
    if (own?.picture && own.marked !== false) return { src: dataUri(reportsDir, own.picture) };
    // The main replay's picture outlines nothing (e.g. the step is for another role): another replay may show it done.
    for (const t of others.filter((o) => o.ok && o.status === 'passed')) {
      const s = t.steps.find((x) => x.number === n && x.picture && x.status === 'passed' && x.marked !== false);
      if (s?.picture) return { src: dataUri(reportsDir, s.picture), from: t };
    }
    return own?.picture ? { src: dataUri(reportsDir, own.picture), unmarked: true } : undefined;
  };

  const failedStep = main.steps.find((s) => s.status === 'failed');
  const banner = main.status === 'passed' ? undefined : html`<div class="alert" role="alert"><strong>This replay did not pass${failedStep ? html` (step ${failedStep.number})` : ''}.</strong> ${sentence(failedStep?.error ?? main.error)} The pictures after that point are missing; do not hand this guide out until the flow passes again.</div>`;

  const steps = procedure.steps.map((documented) => {
    const record: StepRecord | undefined = main.steps.find((s) => s.number === documented.number);
    const picture = pictureOf(documented.number);
    const alt = `The screen at step ${documented.number}: ${documented.text}`;
    const figure = picture
      ? html`<figure><img src="${trusted(picture.src)}" alt="${alt}">${
          picture.from
            ? html`<figcaption>Picture from another replay of this procedure, “${shortTitle(picture.from.title, procedure.id)}”.</figcaption>`
            : picture.failure
              ? html`<figcaption class="failed">The screen when this step failed: ${record?.error ?? ''}</figcaption>`
              : picture.unmarked
                ? html`<figcaption>Nothing to click here in this replay: the picture shows the screen once the step is done.</figcaption>`
                : ''
        }</figure>`
      : html`<div class="no-picture">No picture: no replay reached this step.</div>`;
    return html`<li class="step"><div class="num" aria-hidden="true">${documented.number}</div><div class="body"><p class="text"><span class="visually-hidden">Step ${documented.number}. </span>${documented.text}</p>${figure}</div></li>`;
  });

  const variants = others.length
    ? html`<section class="variants"><h2>Other replays of this procedure</h2><p>This guide follows the replay “${shortTitle(main.title, procedure.id)}”. The same procedure was also replayed as:</p><ul>${others.map((t) => html`<li>${shortTitle(t.title, procedure.id)} — ${t.status}</li>`)}</ul></section>`
    : undefined;

  const body = html`<main>
<header class="cover">
  <p class="kicker">Illustrated guide · ${procedure.portal}</p>
  <h1>${procedure.title}</h1>
  <dl class="facts">
    <div><dt>Source</dt><dd>${sourceOf(procedure.seed)}${procedure.basis ? html`<br><span class="basis">${procedure.basis}</span>` : ''}</dd></div>
    <div><dt>Portal</dt><dd>${procedure.portal}</dd></div>
    <div><dt>Steps</dt><dd>${procedure.steps.length}</dd></div>
    <div><dt>Recorded</dt><dd>${recorded}, from a replay on the cbp-harness mock portal (${main.status === 'passed' ? `passed in ${seconds(main.durationMs)}` : main.status})</dd></div>
  </dl>
  <p class="how">Each step gives the instruction ${procedure.basis ? 'as the source above describes it' : 'as the CBIC wrote it'}, then a picture of the screen at that moment. <span class="mark">The red outline</span> marks what you click or fill in.</p>
</header>
${banner}
<ol class="steps">${steps}</ol>
<section class="outcome"><h2>What you see at the end</h2><p>${procedure.outcome}</p>${
  main.outcomePicture ? html`<figure><img src="${trusted(dataUri(reportsDir, main.outcomePicture))}" alt="The screen at the end: ${procedure.outcome}"></figure>` : ''
}</section>
${variants}
<footer>Made by <code>npm run flows</code> from a real replay of the procedure (test “${main.title}”, <code>${main.file}:${main.line}</code>), not from stored pictures. Procedure id <code>${procedure.id}</code>. The portal shown is the cbp-harness mock of ${procedure.portal}; names, IDs and PTANs are made up.</footer>
</main>`;
  return page(`${procedure.title} — illustrated guide`, BASE_CSS + GUIDE_CSS, body);
}

/** An error message as a sentence of the banner: "Error: x failed" → "x failed." */
function sentence(message: string | undefined): string {
  const text = (message ?? '').replace(/^Error:\s*/, '').trim();
  return text ? `${text.replace(/[.:]$/, '')}.` : '';
}

function dataUri(reportsDir: string, picture: string): string {
  return `data:image/png;base64,${readFileSync(path.join(reportsDir, picture)).toString('base64')}`;
}

const GUIDE_CSS = `
.cover { border-bottom: 3px solid var(--navy); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 1rem 0; }
.facts div { display: contents; }
.facts dt { font-weight: 700; color: var(--muted); }
.facts dd { margin: 0; }
.basis { color: var(--muted); font-size: .92rem; }
.how { background: var(--grey-bg); padding: .7rem 1rem; border-radius: 4px; }
.mark { color: var(--red); font-weight: 700; }
.steps { list-style: none; padding: 0; margin: 0; }
.step { display: grid; grid-template-columns: 3rem 1fr; gap: 1rem; padding: 1.2rem 0; border-bottom: 1px solid var(--line); break-inside: avoid; page-break-inside: avoid; }
.num { width: 2.6rem; height: 2.6rem; border-radius: 50%; background: var(--navy); color: #fff; font-weight: 700; font-size: 1.25rem; display: flex; align-items: center; justify-content: center; }
.text { margin: .3rem 0 .8rem; font-size: 1.12rem; }
figure { margin: 0; }
figure img { display: block; width: 100%; height: auto; border: 1px solid #aeb0b5; border-radius: 3px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
figcaption { font-size: .88rem; color: var(--muted); margin-top: .35rem; }
figcaption.failed { color: #981b1e; }
.no-picture { padding: 2rem; text-align: center; background: var(--grey-bg); color: var(--muted); border: 1px dashed #aeb0b5; }
.alert { border-left: 6px solid var(--red); background: var(--red-bg); padding: .8rem 1rem; margin: 1rem 0; }
.outcome { background: var(--green-bg); border-left: 6px solid var(--green); padding: .4rem 1.2rem 1rem; margin-top: 2rem; break-inside: avoid; }
.outcome h2 { margin-top: .8rem; }
.outcome figure { margin-top: .8rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@page { size: Letter; margin: .55in .5in .7in; }
@media print {
  body { font-size: 12pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  .step { padding: .7rem 0; }
  /* Short enough for two steps a page, even with long step texts. */
  figure img { box-shadow: none; width: auto; max-width: 100%; max-height: 3.5in; }
}
`;
