// `npm run flows`: replays every documented procedure that has a flow (tests/procedures/*.spec.ts, tagged
// @procedure) in headless Chromium and writes reports/ ($CBP_REPORTS_DIR): the Playwright HTML report, JUnit XML,
// an illustrated guide per procedure (HTML and PDF), the traceability matrix and an index. Extra arguments go to
// Playwright (`npm run flows -- --workers=1`, `--grep idm.add-ptan`, `--shard=1/2`, which also writes the blob
// report that `npm run reports:merge` reads). Exits 0 when every procedure passed, 1 if one failed or a flow left a
// step out, 2 if it could not run (e.g. another run is writing into the same reports folder).
import { FLOWS_CONFIG, runIntoReports } from './flow-command.ts';

await runIntoReports('npm run flows', ['test', '--config', FLOWS_CONFIG, '--pass-with-no-tests', ...process.argv.slice(2)]);
