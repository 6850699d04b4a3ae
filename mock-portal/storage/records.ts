import { readFileSync } from 'node:fs';
import type { MockState } from '../domain/mock-state.ts';

/**
 * Which of the portal's records are kept on disk with `--data-dir`, and how each is written as JSON. Every data
 * field of MockState is kept except the ones below, which are services or short-lived (a pending one-time code
 * does not outlive the server). The clock's time and the random generator's position are kept beside them.
 */
const NOT_KEPT = new Set(['clock', 'faults', 'random', 'faker', 'upstream', 'verifications', 'uploadDir']);

const MAP_TAG = '__map__';

function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? { [MAP_TAG]: [...value.entries()] } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && MAP_TAG in value) return new Map((value as Record<string, [unknown, unknown][]>)[MAP_TAG]);
  return value;
}

/** The kept records of `state`, one JSON text per field. */
export function recordsOf(state: MockState): Map<string, string> {
  const records = new Map<string, string>();
  for (const [key, value] of Object.entries(state)) {
    if (!NOT_KEPT.has(key) && typeof value !== 'function') records.set(key, JSON.stringify(value, replacer));
  }
  return records;
}

export interface KeptClock {
  now: string;
  randomState: number;
}

/** Puts records read back from disk into `state`. Fields this version no longer has are ignored. */
export function restoreRecords(state: MockState, records: Map<string, string>, clock: KeptClock): void {
  const target = state as unknown as Record<string, unknown>;
  for (const [key, json] of records) {
    if (!NOT_KEPT.has(key) && key in target && typeof target[key] !== 'function') target[key] = JSON.parse(json, reviver);
  }
  state.clock.set(clock.now);
  state.random.state = clock.randomState;
}

/** The files the records refer to: the bytes of every upload. */
export function referencedFiles(state: MockState): Set<string> {
  return new Set(state.uploads.map((u) => u.storedPath));
}

/** Reads the JSON file of earlier versions (`state.json`, format 1), to carry its records over. */
export function readFormatOneJson(file: string): { records: Map<string, string>; clock: KeptClock } {
  let saved: { format: number; now: string; randomState: number; fields: Record<string, unknown> };
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as typeof saved;
  } catch (error) {
    throw new Error(`The saved state ${file} is not readable JSON (${(error as Error).message}). Move it away to start afresh.`, { cause: error });
  }
  if (saved.format !== 1) throw new Error(`The saved state ${file} has format ${saved.format}; this version reads format 1.`);
  const records = new Map(Object.entries(saved.fields).map(([key, value]) => [key, JSON.stringify(value)]));
  return { records, clock: { now: saved.now, randomState: saved.randomState } };
}
