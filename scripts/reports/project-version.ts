import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPILED } from '../node-script.ts';
import { ROOT } from './paths.ts';

export interface ProjectVersion {
  /** package.json's version. */
  version: string;
  /** The short commit the reports were made from, "+ changes" when the work tree differs from it. */
  commit: string;
}

/**
 * What the reports reflect: the project's version and commit (git), or "unknown" outside a git checkout. In the
 * installed package (compiled into dist/, package.json one folder up) the version says it all: no git is asked,
 * which would answer for the project that installed it.
 */
export function projectVersion(): ProjectVersion {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, COMPILED ? '..' : '.', 'package.json'), 'utf8')) as { version: string };
  if (COMPILED) return { version, commit: 'installed package' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no') !== '';
    return { version, commit: changed ? `${commit} + changes` : commit };
  } catch {
    return { version, commit: 'unknown' };
  }
}
