import { timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { config } from '../config.ts';

const { scryptCost } = config.passwordHashing;

/**
 * The hashing thread's code: scrypt, one check after another, each answered as soon as it is done. It takes its
 * next check from its own message queue, so a queue of checks drains without waiting for the busy event loop.
 */
const HASHING_THREAD = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ id, password, salt, length, cost }) => {
  try {
    parentPort.postMessage({ id, hash: scryptSync(password, Buffer.from(salt, 'hex'), length, { N: cost }) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Answer {
  id: number;
  hash?: Uint8Array;
  error?: string;
}

/**
 * Password checks on one thread of their own. Not libuv's pool: its four threads hashing at once on a 2-core machine
 * left the event loop, which serves every page, a third of a core while a class signed in, and a limit on the
 * event loop's side drains the queue only as fast as the busy loop comes back to it (issue 18).
 */
class HashingThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (hash: Buffer) => void; reject: (error: Error) => void }>();

  hash(password: string, saltHex: string, length: number): Promise<Buffer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.started().postMessage({ id, password, salt: saltHex, length, cost: scryptCost });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(HASHING_THREAD, { eval: true });
    worker.unref(); // an idle hashing thread does not keep the portal running
    worker.on('message', ({ id, hash, error }: Answer) => {
      const waiter = this.waiting.get(id);
      this.waiting.delete(id);
      if (hash) waiter?.resolve(Buffer.from(hash));
      else waiter?.reject(new Error(`The password check failed: ${error ?? 'no answer'}`));
    });
    // A thread that dies fails the checks it held; the next check starts a new one.
    const failAll = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`The password-checking thread stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }
}

const hashingThread = new HashingThread();

/**
 * The sign-in's password check, the same as passwordMatches (passwords.ts) but off the event loop, so a class
 * signing in at once does not stall every other page (issue 18: the blocking call took about 22% of the portal's
 * CPU under load). `stored` is what hashPassword made: `salt:hash`, hex.
 */
export async function passwordMatchesWithoutBlocking(password: string, stored: string): Promise<boolean> {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = await hashingThread.hash(password, saltHex, expected.length);
  return actual.length === expected.length && timingSafeEqual(expected, actual);
}
