import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createApp } from './app.ts';
import { classOptionsOf, startClass } from './class-cli.ts';
import { DEMO_SECURITY_QUESTIONS, seedDemoWorld } from './domain/demo.ts';

/** `npm start` — serves the mock portal with a demo world and prints its accounts. */
const { values } = parseArgsOrExit({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
    'frozen-clock': { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    'admin-token': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    class: { type: 'string' },
    'public-url': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm start -- [--port 4010] [--host 127.0.0.1] [--seed N] [--no-demo] [--frozen-clock] [--data-dir DIR] [--admin-token TOKEN] [--class N [--public-url URL]] [--quiet]
  --port         port to listen on (default: $PORT or 4010; 0 picks a free one)
  --host         address to listen on (default 127.0.0.1; any other needs an admin token)
  --seed         seed of the generated data (default 2021)
  --no-demo      start empty, without the demo organizations and accounts
  --frozen-clock keep the mock clock still until the control API moves it (default: it runs with real time)
  --data-dir     keep uploads and records in DIR so they survive a restart (and a crash)
  --admin-token  every control API call must send "Authorization: Bearer TOKEN" (default: $CBP_ADMIN_TOKEN)
  --class        also seed N trainee worlds t01…tNN (1 to 200) and write the roster handout reports/class/roster.html and .pdf
  --public-url   the portal's address printed on the roster (default: the address it listens on)`);
  process.exit(0);
}

const port = Number(values.port ?? process.env.PORT ?? 4010);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}
if (seed !== undefined && (!Number.isInteger(seed) || seed < 0)) {
  console.error(`--seed must be a whole number of 0 or more, not "${values.seed}".`);
  process.exit(2);
}
const classOptions = classOptionsOf(values.class, values['public-url']);
if (classOptions instanceof Error) {
  console.error(classOptions.message);
  process.exit(2);
}

const adminToken = values['admin-token'] ?? (process.env.CBP_ADMIN_TOKEN || undefined);
const mock = createApp({ seed, dataDir: values['data-dir'], adminToken });
// The clock runs on with real time from its start point, so pages and mail show times that move; tests freeze it.
mock.state.clock.setFrozen(values['frozen-clock']);
const { url } = await mock.listen(port, values.host).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  mock.close();
  process.exit(2);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    mock.close();
    process.exit(0);
  });
}
console.log(`Mock portal listening on ${url}`);
if (mock.removedAtStart.length) {
  console.log(`Removed ${mock.removedAtStart.length} file(s) a crash had left half-done in ${values['data-dir']}: ${mock.removedAtStart.join(', ')}`);
}
if (mock.restored) {
  console.log(`Records restored from ${values['data-dir']}; the demo world is not seeded again.`);
} else if (!values['no-demo']) {
  const demo = seedDemoWorld(mock.state);
  mock.persist();
  if (!values.quiet) {
    console.log(`\nDemo accounts (sign in at ${url}/idm/; one-time codes arrive at ${url}/mailbox/):\n`);
    console.table(demo.map((a) => ({ 'user ID': a.userId, password: a.password, role: a.roles, organization: a.organization })));
    console.log(`CMS Enterprise Portal: ${url}/portal/ (same accounts; security answers: ${DEMO_SECURITY_QUESTIONS.map((q) => q.answer).join(', ')}).`);
  }
}
await startClass(mock, { ...classOptions, url, host: values.host, quiet: values.quiet });

/** parseArgs, with an unknown option or a missing value said in one line (exit 2) instead of a stack trace. */
function parseArgsOrExit<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error instanceof Error ? error.message : String(error)).replace(/\.?$/, '.')} See npm start -- --help.`);
    process.exit(2);
  }
}
