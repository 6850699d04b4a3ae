import Database from 'better-sqlite3';
import type { KeptClock } from './records.ts';

const FORMAT = 2;

/**
 * The portal's records in an SQLite database (better-sqlite3): one row per field of MockState, written in one
 * transaction, so a save is all there or not at all. WAL journal with synchronous=FULL: when `save` returns,
 * the transaction is on disk (SQLite fsyncs its log, and the folder when it creates it), and a crash at any moment
 * leaves the last committed save, which SQLite recovers on the next open.
 */
export class RecordsDatabase {
  private readonly db: Database.Database;
  private readonly upsert: Database.Statement<[string, string]>;
  private readonly setMeta: Database.Statement<[string, string]>;

  constructor(readonly file: string) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      const check = this.db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS records (field TEXT PRIMARY KEY, json TEXT NOT NULL) STRICT;
      `);
    } catch (error) {
      throw new Error(`The portal's records ${file} cannot be read (${(error as Error).message}). Move the file away to start afresh.`, { cause: error });
    }
    const format = this.meta('format');
    if (format !== undefined && Number(format) !== FORMAT) throw new Error(`The portal's records ${file} have format ${format}; this version reads format ${FORMAT}.`);
    this.upsert = this.db.prepare('INSERT INTO records (field, json) VALUES (?, ?) ON CONFLICT (field) DO UPDATE SET json = excluded.json');
    this.setMeta = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  private meta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  /** The records of the last save, or undefined for a database never saved to. */
  load(): { records: Map<string, string>; clock: KeptClock } | undefined {
    const now = this.meta('now');
    const randomState = this.meta('randomState');
    if (now === undefined || randomState === undefined) return undefined;
    const rows = this.db.prepare('SELECT field, json FROM records').all() as { field: string; json: string }[];
    return { records: new Map(rows.map((r) => [r.field, r.json])), clock: { now, randomState: Number(randomState) } };
  }

  /** Writes the changed records and the clock in one durable transaction. */
  save(changed: Map<string, string>, clock: KeptClock): void {
    this.db.transaction(() => {
      for (const [field, json] of changed) this.upsert.run(field, json);
      this.setMeta.run('format', String(FORMAT));
      this.setMeta.run('now', clock.now);
      this.setMeta.run('randomState', String(clock.randomState));
    })();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
