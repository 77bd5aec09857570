// Memory of one yimen instance at rest (issue 12: RSS target 300 MB): the compiled app built in a fresh Node process
// (bench/memory-probe.mjs, `node --expose-gc`), on embedded PGlite and on PostgreSQL, measured after start and two
// forced collections, beside the figures of commit 521bb28 (before the changes) on the same machine.
// Usage: npm run bench:memory [-- --store pglite|postgres]   (needs a built dist/: `npx tsc -p tsconfig.build.json`
// is enough for src changes; PostgreSQL at TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
import { exitWithUsageOnHelp } from './support/usage.js';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { machineLine, printTable } from './support/stats.js';

exitWithUsageOnHelp(import.meta.url);

interface Probe {
  store: string;
  trained: boolean;
  startMs: number;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, number>;
}

type Figures = Pick<Probe, 'rss' | 'heapTotal' | 'heapUsed' | 'external' | 'arrayBuffers'>;

const MB = 2 ** 20;
// Measured at 521bb28 with the models read from their cache (bytes, from process.memoryUsage()).
const BASELINE: Record<string, Figures> = {
  postgres: {
    rss: 333_930_496,
    heapTotal: 131_272_704,
    heapUsed: 90_635_120,
    external: 35_503_203,
    arrayBuffers: 32_030_684,
  },
  pglite: {
    rss: 455_127_040,
    heapTotal: 137_166_848,
    heapUsed: 96_823_440,
    external: 178_095_942,
    arrayBuffers: 40_405_695,
  },
};

const argument = process.argv.indexOf('--store');
const stores = argument > 0 ? [process.argv[argument + 1] ?? 'postgres'] : ['pglite', 'postgres'];
const probe = path.join(import.meta.dirname, 'memory-probe.mjs');

/** One measured start; a start that had to train the models (no cache for this code) is measured again. */
async function measure(store: string): Promise<Probe> {
  for (;;) {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', probe, store], {
      maxBuffer: 16 * MB,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Probe;
    if (!result.trained) return result;
    console.log(`${store}: the models were trained at this start (now cached); measuring again`);
  }
}

const mb = (bytes: number): string => (bytes / MB).toFixed(1);
console.log(`\nyimen at rest, MB (MiB) after two forced GCs — ${await machineLine()}\n`);
for (const store of stores) {
  const now = await measure(store);
  const base = BASELINE[store];
  const rows = (['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'] as const).map((key) => [
    key,
    base ? mb(base[key]) : '–',
    mb(now[key]),
    base ? `${now[key] >= base[key] ? '+' : ''}${mb(now[key] - base[key])}` : '–',
  ]);
  for (const [space, used] of Object.entries(now.spaces))
    if (used > MB) rows.push([`  V8 ${space}`, '–', mb(used), '–']);
  console.log(`${store} (start ${String(now.startMs)} ms)\n`);
  printTable(['figure', 'baseline 521bb28', 'now', 'change'], rows);
  console.log('');
}
