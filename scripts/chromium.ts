// Which Chromium Playwright launches (see scripts/setup.mjs, which makes sure one exists).
// Order: $PW_CHROMIUM_PATH, Playwright's own build if downloaded, Debian's /usr/bin/chromium,
// else undefined (Playwright's default lookup, which names the install command if nothing is found).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env.PW_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined; // unsupported platform
  }
  if (bundled && existsSync(bundled)) return bundled;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}

/**
 * Pages open as for a person who asked for reduced motion (`prefers-reduced-motion: reduce`). The CMS Design
 * System then scrolls at once instead of smoothly, and Playwright's actions no longer find a scrolling element
 * "not stable" and wait 100 ms, then 500 ms, before trying again: a fifth of a procedure test's time went there
 * (issue 14). The pages, labels and rules are the same; only the motion goes. The demo keeps the motion a trainee sees.
 */
export const REDUCED_MOTION = 'reduce' as const;
