import { networkInterfaces } from 'node:os';
import path from 'node:path';
import type { MockPortal } from './app.ts';
import { CLASS_MESSAGES, isClassSize, roster, seedClass } from './domain/classroom/class.ts';
import { ROOT } from '../scripts/reports/paths.ts';

export interface ClassOptions {
  /** Trainees to seed (`--class N`); undefined: no class, unless restored from a data folder. */
  size?: number;
  /** The portal's address on the roster (`--public-url`). */
  publicUrl?: string;
}

/** `--class N` and `--public-url URL` checked before the portal starts: the options, or what is wrong in one line. */
export function classOptionsOf(size: string | undefined, publicUrl: string | undefined): ClassOptions | Error {
  const options: ClassOptions = {};
  if (size !== undefined) {
    const number = /^\s*\d+\s*$/.test(size) ? Number(size) : NaN;
    if (!isClassSize(number)) return new Error(`--class: ${CLASS_MESSAGES.size(size)}`);
    options.size = number;
  }
  if (publicUrl !== undefined) {
    if (size === undefined) return new Error('--public-url is the address printed on the class roster: give it with --class N.');
    let url: URL | undefined;
    try {
      url = new URL(publicUrl);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) return new Error(`--public-url must be an http:// or https:// address, such as http://192.168.1.20:4010, not "${publicUrl}".`);
    options.publicUrl = publicUrl.replace(/\/+$/, '');
  }
  return options;
}

/** The address trainees reach: the one asked for, else this machine's network address when listening on all of them. */
function addressForTrainees(url: string, host: string, publicUrl?: string): string {
  if (publicUrl) return publicUrl;
  if (host !== '0.0.0.0' && host !== '::') return url;
  const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  return external ? url.replace('//localhost', `//${external.address}`) : url;
}

/**
 * After the portal listens: seeds the class (unless the records restored one), prints the roster and writes the
 * handout (reports/class/roster.html and .pdf). Without --class and without a restored class, nothing.
 */
export async function startClass(mock: MockPortal, options: ClassOptions & { url: string; host: string; quiet: boolean }): Promise<void> {
  const state = mock.state;
  if (options.size !== undefined && state.trainees.length === 0) {
    seedClass(state, options.size);
    mock.persist();
  } else if (options.size !== undefined && state.trainees.length !== options.size) {
    console.log(`The records restored a class of ${state.trainees.length} trainee(s); --class ${options.size} is not seeded again.`);
  }
  if (state.trainees.length === 0) return;
  const entries = roster(state);
  const address = addressForTrainees(options.url, options.host, options.publicUrl);
  if (!options.quiet) {
    console.log(`\nClass of ${entries.length} trainee(s) (each reads their codes at ${address}/mailbox/tNN/; the trainer's page is ${options.url}/class/):\n`);
    console.table(entries.flatMap((e) => e.people.map((p) => ({ trainee: e.trainee, 'user ID': p.userId, password: p.password, role: p.role }))));
  }
  // The handout is printed with Chromium (scripts/reports/pdf.ts), loaded only for a class.
  const { writeRoster } = await import('../scripts/reports/roster.ts');
  const files = await writeRoster(entries, address);
  const shown = (file: string) => (file.startsWith(ROOT) ? path.relative(ROOT, file) : file);
  console.log(`Roster handout: ${shown(files.html)} and ${shown(files.pdf)}`);
}
