/**
 * `cbp-harness/fixtures`: Playwright's `test` with a mock portal of each worker's own (`baseURL` points at it),
 * `control` (its control API, reset before each test), `mailbox` and `credentialsOf` (flow credentials whose
 * one-time code is read from the mailbox). A passing @procedure test fails if its flow left out a documented step.
 */
export { test, expect, type Mailbox } from '../fixtures/test.ts';
export { PortalControl, type StateSnapshot } from '../fixtures/control.ts';
export { startPortal, type RunningPortal } from '../fixtures/portal-server.ts';
export { chromiumExecutablePath, REDUCED_MOTION } from '../scripts/chromium.ts';
export type { ScenarioInput, ScenarioResult } from '../mock-portal/domain/scenario.ts';
export type { Mail, RoleRequest } from '../mock-portal/domain/types.ts';
