/**
 * The Playwright trace every config keeps for a failed test: the actions with the page's DOM before and after
 * each, its network and console, and the sources (what `npx playwright show-trace` shows), but not the
 * screencast's film strip. Recording the film strip of every test, passing or not, cost a third of the time of
 * the procedure tests (8 IDM procedure tests, 1 worker: 66 s with it, 45 s without, 40 s with no trace at all);
 * a failure still gets its screenshot (`screenshot: 'only-on-failure'`) and the steps' own pictures.
 */
export const FAILURE_TRACE = { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true } as const;
