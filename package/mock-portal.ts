/**
 * `cbp-harness/mock-portal`: the mock portal in your own process. `createApp()` returns the Express app, its
 * records (`state`) and `listen(port)`; `seedDemoWorld(state)` adds the demo accounts `npm start` prints.
 */
export { createApp, type AppOptions, type MockPortal } from '../mock-portal/app.ts';
export { seedDemoWorld, DEMO_WORLD } from '../mock-portal/domain/demo.ts';
export type { ScenarioInput, ScenarioResult } from '../mock-portal/domain/scenario.ts';
