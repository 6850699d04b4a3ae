import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface ProjectVersion {
  /** package.json's version. */
  version: string;
  /** The short commit the reports were made from, "+ changes" when the work tree differs from it. */
  commit: string;
}

/** What the reports reflect: the project's version and commit (git), or "unknown" outside a git checkout. */
export function projectVersion(): ProjectVersion {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no') !== '';
    return { version, commit: changed ? `${commit} + changes` : commit };
  } catch {
    return { version, commit: 'unknown' };
  }
}
