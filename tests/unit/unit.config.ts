import { fileURLToPath } from 'node:url';
import base from '../../playwright.config.ts';

/**
 * The unit tests alone, with no portal started: what `npm run coverage:domain` measures (V8 coverage of the
 * domain while only these tests run, reported by c8).
 */
export default {
  ...base,
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: ['**/*.spec.ts'],
  webServer: undefined,
  reporter: [['line']],
};
