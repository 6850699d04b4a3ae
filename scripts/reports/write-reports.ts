import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROCEDURES } from '../../flows/catalog.ts';
import { chooseReplay, guideHtml } from './guide.ts';
import { indexHtml, type GuideLink } from './index-page.ts';
import { buildMatrix, type Matrix } from './matrix.ts';
import { matrixHtml } from './matrix-page.ts';
import { printPdfs } from './pdf.ts';
import type { RunData } from './run-data.ts';

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
  const guides: GuideLink[] = [];
  for (const procedure of PROCEDURES) {
    const tests = run.tests.filter((t) => t.procedureId === procedure.id);
    const main = chooseReplay(tests);
    if (!main) continue;
    const file = path.join(guidesDir, `${procedure.id}.html`);
    writeFileSync(file, guideHtml(procedure, tests, run, dir));
    jobs.push({ html: file, pdf: path.join(guidesDir, `${procedure.id}.pdf`), title: procedure.title });
    guides.push({ procedureId: procedure.id, title: procedure.title, portal: procedure.portal, ok: main.ok && main.status === 'passed', html: `guides/${procedure.id}.html`, htmlBytes: statSync(file).size });
  }
  await printPdfs(jobs);
  for (const g of guides) {
    const pdf = path.join(dir, 'guides', `${g.procedureId}.pdf`);
    if (existsSync(pdf)) Object.assign(g, { pdf: `guides/${g.procedureId}.pdf`, pdfBytes: statSync(pdf).size });
  }

  const videosDir = path.join(dir, 'videos');
  const videos = existsSync(videosDir) ? readdirSync(videosDir).filter((f) => f.endsWith('.webm')).sort() : [];
  writeFileSync(path.join(dir, 'index.html'), indexHtml({ run, matrix, guides, videos }));
  return { matrix, guides };
}
