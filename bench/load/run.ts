// npm run bench:load — N concurrent web-chat conversations over real sockets, each sending a message every
// few seconds, plus the REST channel; messages per second, reply latency p50/p99 and server memory, for
// yimen on PGlite, yimen on PostgreSQL and a bare Fastify WebSocket echo (the machine's ceiling), in one run.
// Usage: npm run bench:load [-- --conversations 1000 --interval 2000 --duration 20 --rest 50 --workers 2
//        --only pglite,postgres,socket,workers,echo
//        --cpu-prof DIR    (each yimen server writes a V8 CPU profile into DIR when it stops)
//        --tsx             (run the TypeScript sources through tsx instead of the build `npm start` runs)
//        --node-flags "…"] (Node flags for the yimen servers instead of those of the `start` script; "" for none)
import { exitWithUsageOnHelp } from '../support/usage.js';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import WebSocket from 'ws';
import { rawText } from './raw-text.js';
import { tempDir } from '../../tests/helpers/test-app.js';
import { freePort } from '../../tests/helpers/server-process.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../../tests/helpers/postgres.js';
import { machineLine, ms, printTable, quantile } from '../support/stats.js';
import { measureRoundTrips } from './round-trips.js';

exitWithUsageOnHelp(import.meta.url);

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const onlyIndex = process.argv.indexOf('--only');
const ONLY = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : undefined;
const CONVERSATIONS = arg('conversations', 1000);
const INTERVAL_MS = arg('interval', 2000);
const DURATION_S = arg('duration', 20);
const REST_RATE = arg('rest', 50);
// Worker processes of the clustered PostgreSQL run (WORKERS); --only workers runs just that one.
const WORKERS = arg('workers', 2);
const profileIndex = process.argv.indexOf('--cpu-prof');
const PROFILE_DIR = profileIndex >= 0 ? process.argv[profileIndex + 1] : undefined;
const SOCKET_DATABASE_URL =
  process.env.SOCKET_DATABASE_URL ?? 'postgresql://postgres@localhost/test?host=/var/run/postgresql';
const HARD_LIMIT_MS = 20 * 60_000;
const TEXTS = ['你好', '在吗', '临时救助找哪个部门', '低保怎么申请', '谢谢', '我想问问医疗救助', '好的'];

const hardStop = setTimeout(() => {
  console.error('bench:load did not finish in time; stopping.');
  process.exit(1);
}, HARD_LIMIT_MS);
hardStop.unref();

const sleep = (msec: number) => new Promise<void>((resolve) => setTimeout(resolve, msec));

interface Target {
  name: string;
  start(): Promise<{ baseUrl: string; child: ChildProcess; cleanup(): Promise<void> }>;
  rest: boolean;
}

async function spawnServer(
  args: string[],
  env: Record<string, string>,
): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return { baseUrl, child };
    } catch {
      // not yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${args.join(' ')} did not become healthy`);
}

// The server runs as `npm start` runs it (the compiled dist/, rebuilt first when a source is newer), because
// tsx's in-process compiler and source maps add about 35 MB to the resident memory being measured.
const FROM_SOURCE = process.argv.includes('--tsx');
if (!FROM_SOURCE) execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { stdio: 'inherit' });
// Node's flags come from the `start` script itself (`node <flags> dist/src/server.js`), so that the server measured
// here has the heap settings a deployment gets; `--node-flags "…"` replaces them for a side-by-side run.
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } })
  .scripts.start;
const flagsIndex = process.argv.indexOf('--node-flags');
const NODE_FLAGS =
  flagsIndex >= 0
    ? (process.argv[flagsIndex + 1] ?? '').split(' ').filter(Boolean)
    : startScript.split(' ').filter((word) => word.startsWith('--'));
const yimen = [
  ...NODE_FLAGS,
  ...(PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : []),
  ...(FROM_SOURCE ? ['--import', 'tsx', 'src/server.ts'] : ['dist/src/server.js']),
];
/** yimen on its own schema of the test PostgreSQL, dropped afterwards. */
async function startOnPostgres(
  env: Record<string, string>,
  databaseUrl = TEST_DATABASE_URL,
): ReturnType<Target['start']> {
  const schema = uniqueSchema('yimen_load');
  const { baseUrl, child } = await spawnServer(yimen, {
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    ...env,
  });
  return { baseUrl, child, cleanup: () => dropSchema(schema) };
}

const TARGETS: Target[] = [
  {
    name: 'yimen on PGlite',
    rest: true,
    async start() {
      const dataDir = await tempDir('yimen-bench-load-');
      const { baseUrl, child } = await spawnServer(yimen, { DATA_DIR: dataDir });
      return { baseUrl, child, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'yimen on PostgreSQL',
    rest: true,
    start: () => startOnPostgres({}),
  },
  {
    // The same database over its Unix socket: what a deployment with PostgreSQL on the same machine should use.
    name: 'yimen on PostgreSQL, Unix socket',
    rest: true,
    start: () => startOnPostgres({}, SOCKET_DATABASE_URL),
  },
  {
    name: `yimen on PostgreSQL, ${WORKERS} workers`,
    rest: true,
    // /healthz answers 200 once every worker listens. (Until 2026-12-07 it did as soon as the first did, and the
    // conversations opened then all stayed on the first worker: the runs with workers measured one.)
    start: () => startOnPostgres({ WORKERS: String(WORKERS) }),
  },
  {
    name: 'bare Fastify WebSocket echo',
    rest: false,
    async start() {
      const { baseUrl, child } = await spawnServer(['--import', 'tsx', 'bench/load/echo-server.ts'], {});
      return { baseUrl, child, cleanup: () => Promise.resolve() };
    },
  },
];

/** The server processes under a cluster primary (tsx also starts an esbuild child, which is not one). */
async function workerPids(pid: number | undefined): Promise<number[]> {
  if (pid === undefined) return [];
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const pids = children.split(' ').filter(Boolean).map(Number);
  const commands = await Promise.all(
    pids.map((child) => readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '')),
  );
  return pids.filter((_, i) => /server\.(ts|js)/.test(commands[i]!));
}

/** The server's processes: its own and, when it runs workers, theirs. */
async function serverPids(pid: number): Promise<number[]> {
  return [pid, ...(await workerPids(pid))];
}

/** Resident memory of the server: of its largest process when it runs workers (the target is per instance). */
async function rssMb(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const one = async (p: number) => {
    const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  };
  const sizes = await Promise.all((await serverPids(pid)).map(one));
  return Math.max(...sizes.filter((mb) => Number.isFinite(mb)));
}

/** CPU time (user and system) the server has used so far, in ms: its processes together when it runs workers. */
async function cpuMs(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const one = async (p: number) => {
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  };
  const times = await Promise.all((await serverPids(pid)).map(one));
  return times.reduce((sum, t) => sum + t, 0);
}
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface Result {
  sent: number;
  answered: number;
  errors: number;
  latencies: number[];
  restLatencies: number[];
  restErrors: number;
  seconds: number;
  peakRssMb: number;
  cpuMsPerReply: number;
}

async function drive(baseUrl: string, pid: number | undefined, rest: boolean): Promise<Result> {
  const wsUrl = `${baseUrl.replace('http', 'ws')}/ws/chat`;
  const latencies: number[] = [];
  const restLatencies: number[] = [];
  let sent = 0;
  let answered = 0;
  let errors = 0;
  let restErrors = 0;
  const sockets: WebSocket[] = [];
  // Connect in batches: a thousand handshakes at once would measure the accept queue, not a conversation.
  for (let i = 0; i < CONVERSATIONS; i += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, CONVERSATIONS - i) }, (_, j) => {
        const socket = new WebSocket(wsUrl);
        sockets.push(socket);
        return new Promise<void>((resolve, reject) => {
          socket.once('open', () => {
            socket.send(JSON.stringify({ type: 'hello', userId: `load-${process.pid}-${i + j}-resident` }));
          });
          socket.on('message', function onWelcome(data) {
            if (rawText(data).includes('"welcome"')) {
              socket.off('message', onWelcome);
              resolve();
            }
          });
          socket.once('error', reject);
        });
      }),
    );
  }
  const pending = new Map<string, number>();
  for (const socket of sockets)
    socket.on('message', (data) => {
      const frame = JSON.parse(rawText(data)) as { type: string; inReplyTo?: string; messageId?: string };
      const id =
        frame.type === 'reply' ? frame.inReplyTo : frame.type === 'error' ? frame.messageId : undefined;
      if (!id) return;
      const started = pending.get(id);
      if (started === undefined) return;
      pending.delete(id);
      if (frame.type === 'reply') {
        answered++;
        latencies.push(performance.now() - started);
      } else errors++;
    });
  const started = performance.now();
  const end = started + DURATION_S * 1000;
  let peakRssMb = await rssMb(pid);
  const cpuBefore = await cpuMs(pid);
  const memory = setInterval(() => {
    void rssMb(pid).then((mb) => (peakRssMb = Math.max(peakRssMb, mb)));
  }, 500);
  const timers = sockets.map((socket, i) => {
    let n = 0;
    const send = () => {
      if (performance.now() >= end || socket.readyState !== WebSocket.OPEN) return;
      const messageId = `c${i}m${++n}`;
      pending.set(messageId, performance.now());
      sent++;
      socket.send(JSON.stringify({ type: 'message', messageId, text: TEXTS[(i + n) % TEXTS.length] }));
    };
    // Spread the first messages over one interval so the load is steady, not a thundering herd.
    const first = setTimeout(() => {
      send();
      const every = setInterval(send, INTERVAL_MS);
      timersToClear.push(every);
    }, Math.random() * INTERVAL_MS);
    return first;
  });
  const timersToClear: NodeJS.Timeout[] = [];
  let restRunning = rest && REST_RATE > 0;
  const restLoop = (async () => {
    let k = 0;
    while (restRunning && performance.now() < end) {
      const t0 = performance.now();
      const id = ++k;
      fetch(`${baseUrl}/api/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          userId: `load-rest-${id % 200}`,
          text: TEXTS[id % TEXTS.length],
          messageId: `r${process.pid}-${id}`,
        }),
      })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.ok) restLatencies.push(performance.now() - t0);
          else restErrors++;
        })
        .catch(() => restErrors++);
      await sleep(1000 / REST_RATE);
    }
  })();
  await sleep(DURATION_S * 1000);
  // Let the last answers arrive (bounded).
  for (let i = 0; i < 100 && pending.size > 0; i++) await sleep(100);
  restRunning = false;
  await restLoop;
  clearInterval(memory);
  const cpuUsed = (await cpuMs(pid)) - cpuBefore;
  for (const t of timers) clearTimeout(t);
  for (const t of timersToClear) clearInterval(t);
  for (const socket of sockets) socket.terminate();
  return {
    sent,
    answered,
    errors: errors + pending.size,
    latencies,
    restLatencies,
    restErrors,
    seconds: (performance.now() - started) / 1000,
    peakRssMb,
    cpuMsPerReply: cpuUsed / Math.max(1, answered + restLatencies.length),
  };
}

const rows: (string | number)[][] = [];
for (const target of TARGETS) {
  const key = target.name.includes('PGlite')
    ? 'pglite'
    : target.name.includes('workers')
      ? 'workers'
      : target.name.includes('Unix socket')
        ? 'socket'
        : target.name.includes('PostgreSQL')
          ? 'postgres'
          : 'echo';
  if (ONLY && !ONLY.has(key)) continue;
  const server = await target.start();
  try {
    const r = await drive(server.baseUrl, server.child.pid, target.rest);
    rows.push([
      target.name,
      CONVERSATIONS,
      Math.round(r.answered / r.seconds),
      `${r.answered}/${r.sent}`,
      r.errors,
      ms(quantile(r.latencies, 0.5)),
      ms(quantile(r.latencies, 0.99)),
      target.rest ? `${ms(quantile(r.restLatencies, 0.5))} / ${ms(quantile(r.restLatencies, 0.99))}` : '—',
      Math.round(r.peakRssMb),
      r.cpuMsPerReply.toFixed(2),
    ]);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await server.cleanup();
  }
}

console.log(
  `\nbench:load — ${CONVERSATIONS} web-chat conversations, one message every ${INTERVAL_MS} ms each (offered ${Math.round((CONVERSATIONS * 1000) / INTERVAL_MS)} msg/s), ${DURATION_S} s, REST ${REST_RATE}/s beside`,
);
console.log(await machineLine());
console.log(`yimen's Node flags: ${NODE_FLAGS.length > 0 ? NODE_FLAGS.join(' ') : 'none'}`);
printTable(
  [
    'server',
    'conversations',
    'replies/s',
    'answered',
    'errors',
    'ws p50 ms',
    'ws p99 ms',
    'REST p50 / p99 ms',
    'peak RSS MB',
    'server CPU ms/reply',
  ],
  rows,
);
const trips = await measureRoundTrips();
console.log(
  `\nDatabase round trips per ordinary turn of a known conversation (counted on the store): ${trips}`,
);
