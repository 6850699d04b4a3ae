import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Procedure } from '../../flows/catalog.ts';
import { chooseReplay, guideModel, type GuideFigure, type GuideModel } from './guide-model.ts';
import { html, page, trusted } from './html.ts';
import { projectVersion, type ProjectVersion } from './project-version.ts';
import type { RunData, TestRecord } from './run-data.ts';
import { BASE_CSS } from './style.ts';
import { seconds } from './text.ts';

export { chooseReplay };

/**
 * The illustrated guide of one procedure, as a trainer hands it out: a cover (title, portal, seed document, what
 * it reflects), Before you start, the contents, then each documented step (number and text, word for word) with
 * pictures zoomed on what to click or fill in, then the documented outcome. Self-contained: the pictures are
 * inlined as data: URIs, so the file can be mailed or printed as it is (scripts/reports/pdf.ts).
 */
export function guideHtml(procedure: Procedure, tests: readonly TestRecord[], run: RunData, reportsDir: string, version: ProjectVersion = projectVersion()): string {
  return renderGuide(guideModel(procedure, tests, run, version), reportsDir);
}

export function renderGuide(model: GuideModel, reportsDir: string): string {
  const { procedure, reflects, before, replay } = model;
  const src = (file: string) => trusted(dataUri(reportsDir, file));
  const figureHtml = (f: GuideFigure) => html`<figure class="${f.thumbnail ? 'shot with-screen' : 'shot'}"><img class="zoom" src="${src(f.file)}" alt="${f.alt}">${
    f.thumbnail ? html`<img class="screen" src="${src(f.thumbnail)}" alt="The whole screen; the blue frame shows the part enlarged">` : ''
  }${f.caption ? html`<figcaption class="${f.failed ? 'failed' : ''}">${f.caption}</figcaption>` : ''}</figure>`;

  const banner = model.failure
    ? html`<div class="alert" role="alert"><strong>This replay did not pass${model.failure.step ? html` (step ${model.failure.step})` : ''}.</strong> ${model.failure.message} The pictures after that point are missing; do not hand this guide out until the flow passes again.</div>`
    : undefined;

  const beforeHtml = before
    ? html`<section class="before" id="before"><h2>Before you start</h2><dl class="facts">
  <div><dt>Who can do this</dt><dd>${before.who}</dd></div>
  <div><dt>Account shown</dt><dd>${before.account
    ? html`<strong>${before.account.userId}</strong> (${before.account.name}, ${before.account.roles}, ${before.account.organization}); password <code>${before.account.password}</code> on the practice portal (<code>npm start</code>). On the real portal, use your own CMS account.`
    : html`<strong>${before.accountId}</strong>`}</dd></div>
  <div><dt>Have at hand</dt><dd><ul>${before.haveAtHand.map((item) => html`<li>${item}</li>`)}</ul></dd></div>
</dl></section>`
    : undefined;

  const toc = html`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>${[
    ...(before ? [html`<li><a href="#before">Before you start</a></li>`] : []),
    ...model.steps.map((s) => html`<li><a href="#step-${s.number}"><span class="toc-num">${s.number}.</span> ${shorten(s.text)}</a></li>`),
    html`<li><a href="#outcome">What you see at the end</a></li>`,
  ]}</ol></nav>`;

  const steps = model.steps.map((s) => html`<li class="step" id="step-${s.number}"><div class="num" aria-hidden="true">${s.number}</div><div class="body"><h3 class="text"><span class="visually-hidden">Step ${s.number}. </span>${s.text}</h3>${
    s.figures.length ? s.figures.map(figureHtml) : html`<div class="no-picture">No picture: no replay reached this step.</div>`
  }${s.note ? html`<p class="note">${s.note}</p>` : ''}</div></li>`);

  const variants = model.variants.length
    ? html`<section class="variants"><h2>Other replays of this procedure</h2><p>This guide follows the replay “${shortTitleOf(model)}”. The same procedure was also replayed as:</p><ul>${model.variants.map((v) => html`<li>${v.title} — ${v.status}</li>`)}</ul></section>`
    : undefined;

  const body = html`<main>
<header class="cover">
  <p class="kicker">Illustrated guide · ${procedure.portal}</p>
  <h1>${procedure.title}</h1>
  <dl class="facts">
    <div><dt>Portal</dt><dd>${procedure.portal}</dd></div>
    <div><dt>Source</dt><dd>${model.source}${model.sourceUpdated ? html`, updated ${model.sourceUpdated}` : ''}${procedure.basis ? html`<br><span class="basis">${procedure.basis}</span>` : ''}</dd></div>
    <div><dt>Steps</dt><dd>${procedure.steps.length}</dd></div>
    <div><dt>Reflects</dt><dd>cbp-harness ${reflects.version}, commit <code>${reflects.commit}</code>; replayed ${reflects.recorded}${
      reflects.portalClock ? html` on the mock portal, whose clock read ${reflects.portalClock}` : ' on the mock portal'
    } (${replay.passed ? `passed in ${seconds(replay.durationMs)}` : replay.status})</dd></div>
  </dl>
  <p class="how">Each step gives the instruction ${procedure.basis ? 'as the source above describes it' : 'as the CBIC wrote it'}, then a picture zoomed on that part of the screen. <span class="mark">The red outline</span> marks what you click or fill in. Where the small picture of the whole screen stands beside it, <span class="frame">the blue frame</span> shows which part is enlarged.</p>
</header>
${banner}
${beforeHtml}
${toc}
<section class="procedure" aria-labelledby="steps-title"><h2 id="steps-title">Steps</h2>
<ol class="steps">${steps}</ol>
</section>
<section class="outcome" id="outcome"><h2>What you see at the end</h2><p>${model.outcome.text}</p>${model.outcome.figure ? figureHtml(model.outcome.figure) : ''}</section>
${variants}
<footer>Made by <code>npm run flows</code> from a real replay of the procedure (test “${replay.title}”, <code>${replay.file}:${replay.line}</code>), not from stored pictures. Procedure id <code>${procedure.id}</code>. The portal shown is the cbp-harness mock of ${procedure.portal}; the people are the demo accounts of <code>npm start</code>, and names, IDs and PTANs are made up.</footer>
</main>`;
  return page(`${procedure.title} — illustrated guide`, BASE_CSS + GUIDE_CSS, body);
}

function shortTitleOf(model: GuideModel): string {
  const id = model.procedure.id;
  const title = model.replay.title;
  return title.startsWith(id) ? title.slice(id.length).replace(/^[\s:—–-]+/, '') || title : title;
}

/** A step's text cut to its first sentence for the contents. */
export function shorten(text: string, max = 110): string {
  const first = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return first.length <= max ? first : `${first.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function dataUri(reportsDir: string, picture: string): string {
  const type = picture.endsWith('.jpg') ? 'image/jpeg' : 'image/png';
  return `data:${type};base64,${readFileSync(path.join(reportsDir, picture)).toString('base64')}`;
}

const GUIDE_CSS = `
.cover { border-bottom: 3px solid var(--navy); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.2rem; margin: 1rem 0; }
.facts div { display: contents; }
.facts dt { font-weight: 700; color: var(--muted); }
.facts dd { margin: 0; }
.basis { color: var(--muted); font-size: .92rem; }
.facts ul { margin: 0; padding-left: 1.2rem; }
.how { background: var(--grey-bg); padding: .7rem 1rem; border-radius: 4px; }
.mark { color: var(--red); font-weight: 700; }
.frame { color: var(--blue); font-weight: 700; }
.before { border: 1px solid var(--line); border-left: 6px solid var(--blue); padding: .2rem 1.2rem .6rem; border-radius: 3px; }
.before h2 { margin-top: .8rem; }
.toc ol { list-style: none; padding: 0; margin: 0; columns: 1; }
.toc li { padding: .18rem 0; border-bottom: 1px dotted var(--line); }
.toc a { text-decoration: none; color: var(--ink); }
.toc-num { display: inline-block; min-width: 2rem; font-weight: 700; color: var(--navy); }
.steps { list-style: none; padding: 0; margin: 0; }
.step { display: grid; grid-template-columns: 3rem 1fr; gap: 1rem; padding: 1.2rem 0; border-bottom: 1px solid var(--line); }
.num { width: 2.6rem; height: 2.6rem; border-radius: 50%; background: var(--navy); color: #fff; font-weight: 700; font-size: 1.25rem; display: flex; align-items: center; justify-content: center; }
.text { margin: .3rem 0 .8rem; font-size: 1.12rem; font-weight: 400; line-height: 1.5; }
figure { margin: 0 0 .9rem; }
.shot { display: grid; grid-template-columns: 1fr; gap: .8rem; align-items: start; break-inside: avoid; page-break-inside: avoid; }
.shot.with-screen { grid-template-columns: minmax(0, 1fr) 11rem; }
.shot img { display: block; max-width: 100%; height: auto; border: 1px solid #aeb0b5; border-radius: 3px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
.shot img.screen { width: 11rem; }
.shot figcaption { grid-column: 1 / -1; }
figcaption, .note { font-size: .88rem; color: var(--muted); margin: .35rem 0 0; }
figcaption.failed { color: #981b1e; }
.no-picture { padding: 2rem; text-align: center; background: var(--grey-bg); color: var(--muted); border: 1px dashed #aeb0b5; }
.alert { border-left: 6px solid var(--red); background: var(--red-bg); padding: .8rem 1rem; margin: 1rem 0; }
.outcome { background: var(--green-bg); border-left: 6px solid var(--green); padding: .4rem 1.2rem 1rem; margin-top: 2rem; break-inside: avoid; }
.outcome h2 { margin-top: .8rem; }
.outcome figure { margin-top: .8rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@page { size: Letter; margin: .55in .5in .7in; }
@media print {
  body { font-size: 11.5pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 24pt; }
  .procedure { break-before: page; }
  .procedure > h2 { margin-top: 0; }
  .step { padding: .6rem 0; }
  .text { break-after: avoid; page-break-after: avoid; }
  .shot img { box-shadow: none; }
  /* Zoomed pictures print at about their screen size: 7 in for a 960 px wide part, so text stays legible. */
  .shot img.zoom { max-height: 5.6in; width: auto; }
  .shot.with-screen { grid-template-columns: minmax(0, 1fr) 1.7in; }
  .shot img.screen { width: 1.7in; }
  .toc a::after { content: ""; }
}
`;
