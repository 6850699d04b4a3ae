import { fileURLToPath } from 'node:url';
import base from '../../playwright.config.ts';

/**
 * The unit tests alone, with no portal started. The domain's lines covered by unit tests are measured with it:
 *   NODE_V8_COVERAGE=.coverage npx playwright test -c tests/unit/unit.config.ts --grep-invert "49 MiB"
 *   npx c8 report --temp-directory .coverage --all --src mock-portal/domain --include 'mock-portal/domain/**' --reporter=text-summary
 * (the memory test is left out: coverage counters change what it measures).
 */
export default {
  ...base,
  testDir: fileURLToPath(new URL('.', import.meta.url)),
  testMatch: ['**/*.spec.ts'],
  webServer: undefined,
  reporter: [['line']],
};
