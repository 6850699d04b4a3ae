import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MockState } from './mock-state.ts';

/**
 * Keeps the portal's records in a JSON file, so that with `--data-dir` uploads, their history, people, roles,
 * requests and mail survive a restart of the server. Every data field of Portal is kept except the ones below,
 * which are services or short-lived (a pending one-time code does not outlive the server).
 */
const NOT_KEPT = new Set(['clock', 'faults', 'random', 'faker', 'upstream', 'verifications', 'uploadDir']);
const FORMAT = 1;

interface SavedState {
  format: number;
  now: string;
  randomState: number;
  fields: Record<string, unknown>;
}

const MAP_TAG = '__map__';

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? { [MAP_TAG]: [...value.entries()] } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && MAP_TAG in value) return new Map((value as Record<string, [unknown, unknown][]>)[MAP_TAG]);
  return value;
}

export function saveState(state: MockState, file: string): void {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (!NOT_KEPT.has(key) && typeof value !== 'function') fields[key] = value;
  }
  const saved: SavedState = { format: FORMAT, now: state.nowIso(), randomState: state.random.state, fields };
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(saved, replacer));
  renameSync(temporary, file);
}

/** Loads a saved state into `portal`; answers false when there is none. A damaged file is an error, never ignored. */
export function loadState(state: MockState, file: string): boolean {
  if (!existsSync(file)) return false;
  let saved: SavedState;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'), reviver) as SavedState;
  } catch (error) {
    throw new Error(`The saved state ${file} is not readable JSON (${(error as Error).message}). Move it away to start afresh.`, { cause: error });
  }
  if (saved.format !== FORMAT) throw new Error(`The saved state ${file} has format ${saved.format}; this version reads format ${FORMAT}.`);
  const target = state as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(saved.fields)) {
    if (!NOT_KEPT.has(key) && key in target) target[key] = value;
  }
  state.clock.set(saved.now);
  state.random.state = saved.randomState;
  return true;
}
