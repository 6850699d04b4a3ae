import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReporterDescription } from '@playwright/test';
import { OWN_EXT } from '../node-script.ts';

const own = (name: string) => fileURLToPath(new URL(`./${name}${OWN_EXT}`, import.meta.url));

/**
 * The reporters of a flow run (scripts/flows.config.ts) and of a merge of shards (scripts/merge.config.ts), so a
 * merged run writes reports/ exactly as one run on one machine: the Playwright HTML report, JUnit XML, the guides,
 * the traceability matrix and the index. `blob` adds the blob report a shard hands to the merge.
 */
export function flowReporters(reports: string, options: { progress: boolean; blob: boolean }): ReporterDescription[] {
  return [
    ...(options.progress ? [[own('progress-reporter')] as ReporterDescription] : []),
    ['html', { outputFolder: path.join(reports, 'html'), open: 'never' }],
    ['junit', { outputFile: path.join(reports, 'junit.xml') }],
    ...(options.blob ? [['blob', { outputDir: path.join(reports, 'blob') }] as ReporterDescription] : []),
    [own('procedure-reporter')],
    [own('count-reporter')],
  ];
}
