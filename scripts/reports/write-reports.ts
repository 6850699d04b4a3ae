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
 * Everything made from a run's data: reports/traceability.{json,html}, reports/guides/<id>.{html,pdf} for each
 * procedure that was replayed, and reports/index.html linking them with the Playwright report and JUnit XML.
 */
export async function writeReports(run: RunData, dir: string): Promise<{ matrix: Matrix; guides: GuideLink[] }> {
  const matrix = buildMatrix(run);
  writeFileSync(path.join(dir, 'traceability.json'), `${JSON.stringify(matrix, null, 2)}\n`);
  writeFileSync(path.join(dir, 'traceability.html'), matrixHtml(matrix));

  const guidesDir = path.join(dir, 'guides');
  rmSync(guidesDir, { recursive: true, force: true });
  mkdirSync(guidesDir, { recursive: true });
  const jobs: { html: string; pdf: string; title: string }[] = [];
  const version = projectVersion();
  for (const procedure of PROCEDURES) {
    const tests = run.tests.filter((t) => t.procedureId === procedure.id);
    if (!chooseReplay(tests)) continue;
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

/** Writes reports/index.html from what is on disk (also after `npm run demo` adds a video). */
export function writeIndex(run: RunData, matrix: Matrix, dir: string): GuideLink[] {
  const size = (file: string) => (existsSync(path.join(dir, file)) ? statSync(path.join(dir, file)).size : undefined);
  const guides: GuideLink[] = PROCEDURES.flatMap((procedure) => {
    const htmlFile = `guides/${procedure.id}.html`;
    const pdfFile = `guides/${procedure.id}.pdf`;
    const htmlBytes = size(htmlFile);
    const tests = run.tests.filter((t) => t.procedureId === procedure.id);
    const main = chooseReplay(tests);
    if (htmlBytes === undefined || !main) return [];
    const pdfBytes = size(pdfFile);
    const docxFile = `guides/${procedure.id}.docx`;
    const docxBytes = size(docxFile);
    return [{
      procedureId: procedure.id, title: procedure.title, portal: procedure.portal, ok: main.ok && main.status === 'passed',
      replays: tests.length, failedReplays: tests.filter((t) => !t.ok).length,
      html: htmlFile, htmlBytes, ...(pdfBytes !== undefined ? { pdf: pdfFile, pdfBytes } : {}),
      ...(docxBytes !== undefined ? { docx: docxFile, docxBytes } : {}),
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
