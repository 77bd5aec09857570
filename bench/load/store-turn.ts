// npm run bench:store — the store's two statements of an ordinary turn (the turn's read, its one-statement
// write) on PGlite in process, many turns, with the statements marked prepared() run as PGlite's `query` runs
// them (the baseline) and as prepared statements, rounds alternating so both see the same machine.
// Usage: npm run bench:store [-- --turns 300 --rounds 6 --conversations 50 --memory]
//        --memory   (databases in memory instead of in a folder on disk, as the server keeps them)
import { exitWithUsageOnHelp } from '../support/usage.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { initialState } from '../../src/engine/conversation-state.js';
import type { ConversationStore } from '../../src/engine/types.js';
import { createConversationRepository } from '../../src/store/conversation-repository.js';
import { createDataCipher, generateDataKey } from '../../src/store/crypto/data-cipher.js';
import { migrate } from '../../src/store/migrate.js';
import { openPgliteDatabase } from '../../src/store/pglite-database.js';
import type { SqlDatabase } from '../../src/store/sql.js';
import { machineLine, ms, printTable, quantile } from '../support/stats.js';

exitWithUsageOnHelp(import.meta.url);

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const TURNS = arg('turns', 300);
const ROUNDS = arg('rounds', 6);
const CONVERSATIONS = arg('conversations', 50);
const IN_MEMORY = process.argv.includes('--memory');

interface Variant {
  name: string;
  db: SqlDatabase;
  store: ConversationStore;
  /** CPU ms per turn of each round: read, write, whole turn; and wall ms per turn. */
  read: number[];
  write: number[];
  turn: number[];
  wall: number[];
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

let messageCounter = 0;

/** Runs `TURNS` ordinary turns round-robin over the conversations and records one round's figures. */
async function round(variant: Variant): Promise<void> {
  let read = 0;
  let write = 0;
  const startCpu = process.cpuUsage();
  const startWall = performance.now();
  for (let i = 0; i < TURNS; i++) {
    const address = { channel: 'web', userId: `u${i % CONVERSATIONS}` };
    const messageId = `m${++messageCounter}`;
    const at = new Date();
    let since = process.cpuUsage();
    const { conversation } = await variant.store.openTurn(address, messageId, at);
    read += cpuMs(since);
    since = process.cpuUsage();
    const outcome = await variant.store.commitTurn({
      conversationId: conversation.id,
      address,
      expectedVersion: conversation.version,
      messageId,
      inbound: { ...address, messageId, at, kind: 'text', text: '低保怎么申请' },
      inboundHash: 'h',
      actions: [{ type: 'reply', text: '您可以到社区服务中心申请低保。' }],
      stateAfter: { ...initialState(), turnCount: conversation.version + 1 },
      publicState: {
        topic: null,
        urgency: 'none',
        turnCount: conversation.version + 1,
        flow: null,
        expecting: [],
      },
      nonce: '0',
      at,
    });
    write += cpuMs(since);
    if (outcome.status !== 'committed') throw new Error(`turn not committed: ${outcome.status}`);
  }
  variant.turn.push(cpuMs(startCpu) / TURNS);
  variant.wall.push((performance.now() - startWall) / TURNS);
  variant.read.push(read / TURNS);
  variant.write.push(write / TURNS);
}

async function openVariant(name: string, prepared: boolean, root: string): Promise<Variant> {
  const dataDir = IN_MEMORY ? undefined : path.join(root, name, 'pglite');
  const db = await openPgliteDatabase(dataDir, createDataCipher(generateDataKey()), {
    preparedStatements: prepared,
  });
  await migrate(db);
  const store = createConversationRepository(db);
  for (let c = 0; c < CONVERSATIONS; c++)
    await store.getOrCreate({ channel: 'web', userId: `u${c}` }, new Date());
  return { name, db, store, read: [], write: [], turn: [], wall: [] };
}

const root = await mkdtemp(path.join(tmpdir(), 'yimen-store-turn-'));
const load = (): string => loadavg()[0]!.toFixed(2);
try {
  const loadBefore = load();
  const variants = [await openVariant('unprepared', false, root), await openVariant('prepared', true, root)];
  // A warm-up round each (JIT, PGlite's caches, the statements prepared) is not counted.
  for (const variant of variants) {
    await round(variant);
    variant.read.length = variant.write.length = variant.turn.length = variant.wall.length = 0;
  }
  for (let r = 0; r < ROUNDS; r++)
    for (const variant of r % 2 === 0 ? variants : [...variants].reverse()) await round(variant);
  const loadAfter = load();

  console.log(
    `\nbench:store — ${ROUNDS} rounds × ${TURNS} ordinary turns over ${CONVERSATIONS} conversations, PGlite ${IN_MEMORY ? 'in memory' : 'on disk'}; medians of the rounds (min–max of CPU per turn)`,
  );
  console.log(`${await machineLine()}; load average ${loadBefore} before, ${loadAfter} after\n`);
  const baseline = quantile(variants[0]!.turn, 0.5);
  printTable(
    [
      'statements',
      'read CPU ms',
      'write CPU ms',
      'turn CPU ms',
      'turn CPU min–max',
      'wall ms / turn',
      'turns/s (wall)',
      'vs baseline',
    ],
    variants.map((v) => {
      const turn = quantile(v.turn, 0.5);
      return [
        v.name,
        ms(quantile(v.read, 0.5)),
        ms(quantile(v.write, 0.5)),
        ms(turn),
        `${ms(Math.min(...v.turn))}–${ms(Math.max(...v.turn))}`,
        ms(quantile(v.wall, 0.5)),
        Math.round(1000 / quantile(v.wall, 0.5)),
        `${((turn / baseline - 1) * 100).toFixed(0)} %`,
      ];
    }),
  );
  for (const variant of variants) await variant.db.close();
} finally {
  await rm(root, { recursive: true, force: true });
}
