import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROCEDURES } from '../../flows/catalog.ts';
import { chooseReplay, renderGuide } from './guide.ts';
import { guideDocx } from './guide-docx.ts';
import { guideModel } from './guide-model.ts';
import { projectVersion } from './project-version.ts';
import { indexHtml, type GuideLink, type IndexInput } from './index-page.ts';
import { buildMatrix, type Matrix } from './traceability.ts';
import { matrixHtml } from './traceability-page.ts';
import { printPdfs } from './pdf.ts';
import { readRunData, type RunData } from './run-data.ts';

/**
 * Everything made from a run's data: reports/traceability.{json,html}, reports/guides/<id>.* for each procedure
 * that was replayed, and reports/index.html linking them with the Playwright report and JUnit XML. The guides of
 * procedures this run did not replay (a filtered run, one shard) are kept; those of procedures without a flow go.
 */
export async function writeReports(run: RunData, dir: string): Promise<{ matrix: Matrix; guides: GuideLink[] }> {
  const matrix = buildMatrix(run);
  writeFileSync(path.join(dir, 'traceability.json'), `${JSON.stringify(matrix, null, 2)}\n`);
  writeFileSync(path.join(dir, 'traceability.html'), matrixHtml(matrix));

  const guidesDir = path.join(dir, 'guides');
  mkdirSync(guidesDir, { recursive: true });
  const notRun = new Set((run.notRun ?? []).map((t) => t.procedureId));
  const jobs: { html: string; pdf: string; title: string }[] = [];
  const version = projectVersion();
  for (const procedure of PROCEDURES) {
    const tests = run.tests.filter((t) => t.procedureId === procedure.id);
    const replayed = chooseReplay(tests) !== undefined;
    if (replayed || !notRun.has(procedure.id)) removeGuide(guidesDir, procedure.id);
    if (!replayed) continue;
    const file = path.join(guidesDir, `${procedure.id}.html`);
    const model = guideModel(procedure, tests, run, version);
    writeFileSync(file, renderGuide(model, dir));
    writeFileSync(path.join(guidesDir, `${procedure.id}.docx`), await guideDocx(model, dir));
    jobs.push({ html: file, pdf: path.join(guidesDir, `${procedure.id}.pdf`), title: procedure.title });
  }
  await printPdfs(jobs);
  const guides = writeIndex(run, matrix, dir);
  return { matrix, guides };
}

/** Removes every file of one procedure's guide (guides/<id>.html, .pdf, and any other format beside them). */
function removeGuide(guidesDir: string, procedureId: string): void {
  for (const entry of readdirSync(guidesDir)) {
    const ext = entry.slice(procedureId.length + 1);
    if (entry === procedureId || (entry.startsWith(`${procedureId}.`) && !ext.includes('.'))) rmSync(path.join(guidesDir, entry), { recursive: true, force: true });
  }
}

/** Writes reports/index.html from what is on disk (also after `npm run demo` adds a video). */
export function writeIndex(run: RunData, matrix: Matrix, dir: string): GuideLink[] {
  const size = (file: string) => (existsSync(path.join(dir, file)) ? statSync(path.join(dir, file)).size : undefined);
  const guides: GuideLink[] = PROCEDURES.flatMap((procedure): GuideLink[] => {
    const htmlFile = `guides/${procedure.id}.html`;
    const pdfFile = `guides/${procedure.id}.pdf`;
    const htmlBytes = size(htmlFile);
    if (htmlBytes === undefined) return [];
    const pdfBytes = size(pdfFile);
    const docxFile = `guides/${procedure.id}.docx`;
    const docxBytes = size(docxFile);
    const files = {
      html: htmlFile, htmlBytes, ...(pdfBytes !== undefined ? { pdf: pdfFile, pdfBytes } : {}),
      ...(docxBytes !== undefined ? { docx: docxFile, docxBytes } : {}),
    };

    const tests = run.tests.filter((t) => t.procedureId === procedure.id);
    const main = chooseReplay(tests);
    const common: Pick<GuideLink, 'procedureId' | 'title' | 'portal' | 'html' | 'htmlBytes' | 'pdf' | 'pdfBytes' | 'docx' | 'docxBytes'> = { procedureId: procedure.id, title: procedure.title, portal: procedure.portal, ...files };
    if (main) {
      return [{ ...common, ranThisTime: true, ok: main.ok && main.status === 'passed', replays: tests.length, failedReplays: tests.filter((t) => !t.ok).length }];
    }
    // Kept from an earlier run: the procedure has a flow this run did not replay.
    const earlier = (run.notRun ?? []).filter((t) => t.procedureId === procedure.id);
    if (earlier.length === 0) return [];
    const last = earlier.flatMap((t) => (t.lastRun ? [t.lastRun] : []));
    return [{
      ...common, ranThisTime: false, ok: last.length > 0 && last.every((r) => r.ok),
      replays: earlier.length, failedReplays: last.filter((r) => !r.ok).length,
      ...(last.length ? { lastRunAt: last.map((r) => r.startedAt).sort().at(-1) } : {}),
    }];
  });
  const videosDir = path.join(dir, 'videos');
  const videos = existsSync(videosDir) ? readdirSync(videosDir).filter((f) => f.endsWith('.webm')).sort() : [];
  writeFileSync(path.join(dir, 'index.html'), indexHtml({ run, matrix, guides, videos, ...driftOf(dir) }));
  return guides;
}

/** The last drift report, when both its files are there (reports/drift.json, reports/drift.html). */
function driftOf(dir: string): Pick<IndexInput, 'drift'> {
  const json = path.join(dir, 'drift.json');
  if (!existsSync(json) || !existsSync(path.join(dir, 'drift.html'))) return {};
  return { drift: JSON.parse(readFileSync(json, 'utf8')) as NonNullable<IndexInput['drift']> };
}

/** Refreshes reports/index.html when a flow run's data is there; returns whether it was. */
export function refreshIndex(dir: string): boolean {
  const data = path.join(dir, 'data', 'run.json');
  if (!existsSync(data)) return false;
  const run = readRunData(data);
  writeIndex(run, buildMatrix(run), dir);
  return true;
}
