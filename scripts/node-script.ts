import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * True in the installed package, which holds the project compiled to JavaScript (scripts/build-package.ts);
 * false in the repository, where Node runs the TypeScript through tsx.
 */
export const COMPILED = import.meta.url.endsWith('.js');

/** The extension of the project's own modules here: ".js" in the installed package, ".ts" in the repository. */
export const OWN_EXT = COMPILED ? '.js' : '.ts';

/**
 * Node's arguments that run one of the project's scripts: `file` is relative to `from` (an import.meta.url), without
 * its extension. In the repository that is `--import tsx x.ts`; in the package, `x.js`.
 */
export function nodeScript(from: string, file: string): string[] {
  const script = fileURLToPath(new URL(`${file}${OWN_EXT}`, from));
  return COMPILED ? [script] : ['--import', 'tsx', script];
}

/** Playwright's command line (`node <it> test …`), wherever npm put @playwright/test. */
export const PLAYWRIGHT_CLI: string = createRequire(import.meta.url).resolve('@playwright/test/cli');
