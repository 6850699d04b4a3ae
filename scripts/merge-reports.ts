// `npm run reports:merge -- FOLDER`: the one reports/ ($CBP_REPORTS_DIR) of a run split across machines with
// `npm run flows -- --shard=i/n`, from the blob reports the shards wrote (reports/blob/report-i.zip, collected into
// FOLDER): the Playwright HTML report, JUnit XML, the guides, the traceability matrix and the index, as if the run
// had been one. Exits as `npm run flows` does: 0 every procedure passed, 1 one failed or left a step out, 2 no
// blob reports or the reports folder is in use.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXIT, MERGE_CONFIG, runIntoReports } from './flow-command.ts';

const [folder, ...rest] = process.argv.slice(2);
const blobs = folder ? path.resolve(folder) : undefined;
const zips = blobs && existsSync(blobs) && statSync(blobs).isDirectory() ? readdirSync(blobs).filter((f) => f.endsWith('.zip')) : [];
if (!blobs || rest.length > 0 || zips.length === 0) {
  process.stderr.write(
    `${blobs ? `No blob report (*.zip) in ${folder}.\n` : ''}Usage: npm run reports:merge -- FOLDER\n` +
      '  FOLDER holds the blob reports of every shard: each `npm run flows -- --shard=i/n` writes reports/blob/report-i.zip.\n',
  );
  process.exit(EXIT.couldNotRun);
}
process.stdout.write(`Merging ${zips.length} blob report${zips.length === 1 ? '' : 's'} from ${folder}: ${zips.join(', ')}\n`);
await runIntoReports('npm run reports:merge', ['merge-reports', '--config', MERGE_CONFIG, blobs]);
