/**
 * The Playwright trace every config keeps for a failed test: the actions with the page's DOM before and after
 * each, its network and console, and the sources (what `npx playwright show-trace` shows), but not the
 * screencast's film strip. Recording the film strip of every test, passing or not, cost about an eighth of the
 * suite's browser tests: `CI=true npx playwright test tests/idm` (56 tests, 2 workers) took 180 s and 171 s with it,
 * 149 s and 156 s without (runs alternated on one quiet machine). A failure still gets its screenshot
 * (`screenshot: 'only-on-failure'`) and the steps' own pictures.
 */
export const FAILURE_TRACE = { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true } as const;
