import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MockState } from '../domain/mock-state.ts';
import { removeUnreferencedFiles, syncToDisk } from './durable-files.ts';
import { RecordsDatabase } from './records-database.ts';
import { readFormatOneJson, recordsOf, referencedFiles, restoreRecords } from './records.ts';

export const RECORDS_FILE = 'records.sqlite';

/**
 * The portal's records kept in a data folder (`--data-dir`): read back at start, saved on every change before the
 * change is acknowledged (http/save-before-reply.ts). A save makes the uploaded files it refers to durable first
 * (fsync of each new file and of the uploads folder), then commits the records; files the records stop referring
 * to (after a reset) are deleted only once that is committed. At start, whatever a crash left half-done is removed.
 */
export class DurableState {
  private readonly database: RecordsDatabase;
  private readonly uploadFolder: string;
  /** The JSON of each field as last committed, so a save writes only what changed. */
  private committed = new Map<string, string>();
  private committedClock = '';
  /** Upload files known to be on disk and referred to by the committed records. */
  private durableFiles = new Set<string>();
  /** True when the records were read back (a restart), false for a fresh world. */
  readonly restored: boolean;
  /** Files removed at start because no record referred to them. */
  readonly removedAtStart: string[];

  constructor(private readonly state: MockState, dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.uploadFolder = state.uploadDir;
    mkdirSync(this.uploadFolder, { recursive: true });
    this.database = new RecordsDatabase(join(dataDir, RECORDS_FILE));
    // The records decide which files stay: a reset forgets its files only once the forgetting is committed.
    state.discardUploadFiles = () => undefined;

    let loaded = this.database.load();
    const formatOne = join(dataDir, 'state.json');
    if (!loaded && existsSync(formatOne)) {
      loaded = readFormatOneJson(formatOne);
      restoreRecords(state, loaded.records, loaded.clock);
      this.save();
      renameSync(formatOne, `${formatOne}.carried-over`);
    } else if (loaded) {
      restoreRecords(state, loaded.records, loaded.clock);
      this.committed = recordsOf(state);
      this.committedClock = JSON.stringify(this.clock());
    }
    this.restored = loaded !== undefined;
    const referenced = referencedFiles(state);
    this.durableFiles = new Set([...referenced].filter((path) => existsSync(path)));
    const earlierTemporaryFiles = readdirSync(dataDir).filter((name) => /^state\.json\.\d+\.tmp$/.test(name));
    for (const name of earlierTemporaryFiles) rmSync(join(dataDir, name), { force: true });
    this.removedAtStart = [...removeUnreferencedFiles(this.uploadFolder, referenced), ...earlierTemporaryFiles];
  }

  /** Saves what changed since the last save; when it returns, the change survives a crash. */
  save(): void {
    const records = recordsOf(this.state);
    const changed = new Map([...records].filter(([field, json]) => this.committed.get(field) !== json));
    const referenced = referencedFiles(this.state);
    const newFiles = [...referenced].filter((path) => !this.durableFiles.has(path));
    for (const path of newFiles) syncToDisk(path);
    if (newFiles.length) syncToDisk(this.uploadFolder);
    const clock = this.clock();
    if (changed.size || newFiles.length || JSON.stringify(clock) !== this.committedClock) this.database.save(changed, clock);
    for (const [field, json] of changed) this.committed.set(field, json);
    this.committedClock = JSON.stringify(clock);
    for (const path of this.durableFiles) if (!referenced.has(path)) rmSync(path, { force: true });
    this.durableFiles = new Set([...this.durableFiles, ...newFiles].filter((path) => referenced.has(path)));
  }

  private clock() {
    return { now: this.state.nowIso(), randomState: this.state.random.state };
  }

  close(): void {
    this.database.close();
  }
}
