// Start-up time to ready and the reply latency of one message, through a real server process.
// Usage: npm run bench:reply [-- --messages 300]
import { exitWithUsageOnHelp } from './support/usage.js';
import { rm } from 'node:fs/promises';
import { startServerProcess } from '../tests/helpers/server-process.js';
import { tempDir } from '../tests/helpers/test-app.js';
import { FrameClient } from '../tests/helpers/ws-client.js';
import { machineLine, ms, printTable, quantile } from './support/stats.js';

exitWithUsageOnHelp(import.meta.url);

const count = Number(process.argv[process.argv.indexOf('--messages') + 1]) || 300;
const TEXTS = ['你好', '我想问问低保怎么申请', '谢谢', '在吗', '转人工'];

async function timeStart(dataDir: string) {
  const started = performance.now();
  const server = await startServerProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  return { server, readyMs: performance.now() - started };
}

async function restLatencies(baseUrl: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: `bench-${i % 20}`, text: TEXTS[i % TEXTS.length], messageId: `b${i}` }),
    });
    await res.json();
    samples.push(performance.now() - t0);
  }
  return samples;
}

async function wsLatencies(baseUrl: string): Promise<number[]> {
  const client = await FrameClient.connect(`${baseUrl.replace('http', 'ws')}/ws/chat`);
  client.send({ type: 'hello', userId: 'bench-browser-0001' });
  await client.next((f) => f.type === 'welcome');
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    client.send({ type: 'message', messageId: `w${i}`, text: TEXTS[i % TEXTS.length] });
    await client.next((f) => f.type === 'reply' && f.inReplyTo === `w${i}`);
    samples.push(performance.now() - t0);
  }
  client.close();
  return samples;
}

const dataDir = await tempDir('yimen-bench-');
const cold = await timeStart(dataDir);
const rest = await restLatencies(cold.server.baseUrl);
const ws = await wsLatencies(cold.server.baseUrl);
await cold.server.stop();
const warm = await timeStart(dataDir);
await warm.server.stop();
await rm(dataDir, { recursive: true, force: true });

console.log(
  `\nyimen start-up and reply latency — ${await machineLine()}, embedded PGlite, ${count} messages each\n`,
);
printTable(
  ['measure', 'median ms', 'p90 ms', 'p99 ms'],
  [
    ['start to ready, new data dir (spawn → /healthz 200)', ms(cold.readyMs), '', ''],
    ['start to ready, existing data dir', ms(warm.readyMs), '', ''],
    [
      'REST POST /api/v1/messages round trip',
      ms(quantile(rest, 0.5)),
      ms(quantile(rest, 0.9)),
      ms(quantile(rest, 0.99)),
    ],
    ['WebSocket message → reply frame', ms(quantile(ws, 0.5)), ms(quantile(ws, 0.9)), ms(quantile(ws, 0.99))],
  ],
);
