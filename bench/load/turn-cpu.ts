// npm run bench:turn — the server's CPU per turn in process, without sockets or a load generator beside it:
// the real app (buildApp) on PGlite in a temporary folder or on PostgreSQL (--postgres), REST turns through
// Fastify's inject, the same messages and conversation mix as bench:load, a few turns at a time. Run it under
// `node --cpu-prof` (tsx's --cpu-prof works too) to see where a turn's CPU goes.
// Usage: npm run bench:turn -- [--turns 3000 --conversations 200 --concurrency 8 --postgres
//        --cpu-prof FILE   (a V8 CPU profile of the measured turns only, without start-up and warm-up)]
import { exitWithUsageOnHelp } from '../support/usage.js';
import { Session } from 'node:inspector/promises';
import { rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../../tests/helpers/test-app.js';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from '../../tests/helpers/postgres.js';

exitWithUsageOnHelp(import.meta.url);

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const TURNS = arg('turns', 3000);
const CONVERSATIONS = arg('conversations', 200);
const CONCURRENCY = arg('concurrency', 8);
const POSTGRES = process.argv.includes('--postgres');
const profileIndex = process.argv.indexOf('--cpu-prof');
const PROFILE_FILE = profileIndex >= 0 ? process.argv[profileIndex + 1] : undefined;
const TEXTS = ['你好', '在吗', '临时救助找哪个部门', '低保怎么申请', '谢谢', '我想问问医疗救助', '好的'];

const dataDir = await tempDir('yimen-bench-turn-');
const schema = uniqueSchema('yimen_turn');
const config = loadConfig({
  LOG_LEVEL: 'warn',
  EVENT_LOOP_LAG_LIMIT_MS: '10000',
  DATA_DIR: dataDir,
  ...(POSTGRES ? { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
});
const app = await buildApp({ config });
await app.ready();

const sent = new Array<number>(CONVERSATIONS).fill(0);
let next = 0;
let failures = 0;
async function turn(k: number): Promise<void> {
  const i = k % CONVERSATIONS;
  const n = ++sent[i]!;
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/messages',
    payload: { userId: `turn-${i}`, text: TEXTS[(i + n) % TEXTS.length], messageId: `t${i}m${n}` },
  });
  if (res.statusCode !== 200) failures++;
}
async function worker(limit: number): Promise<void> {
  while (next < limit) await turn(next++);
}

// Warm up: every conversation opened and a few turns each, so the measured turns are ordinary ones.
const warm = CONVERSATIONS * 3;
await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(warm)));
const session = PROFILE_FILE ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(warm + TURNS)));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (session && PROFILE_FILE) {
  const { profile } = await session.post('Profiler.stop');
  await writeFile(PROFILE_FILE, JSON.stringify(profile));
  session.disconnect();
}
console.log(
  `${POSTGRES ? 'PostgreSQL' : 'PGlite'}: ${TURNS} turns, ${CONVERSATIONS} conversations, ${CONCURRENCY} at a time; ` +
    `CPU ${((cpu.user + cpu.system) / 1000 / TURNS).toFixed(3)} ms/turn (user ${(cpu.user / 1000 / TURNS).toFixed(3)}, ` +
    `system ${(cpu.system / 1000 / TURNS).toFixed(3)}), ${Math.round((TURNS * 1000) / wall)} turns/s wall, ` +
    `failures ${failures}, load average ${loadavg()[0]!.toFixed(1)}`,
);
await app.close();
await rm(dataDir, { recursive: true, force: true });
if (POSTGRES) await dropSchema(schema);
