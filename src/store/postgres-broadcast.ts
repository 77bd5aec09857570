import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Broadcast, BroadcastTopic } from '../delivery/broadcast.js';
import type { EngineLogger } from '../engine/logger.js';
import type { SqlDatabase } from './sql.js';
import { startClusterJob } from '../runtime/cluster-job.js';
import { claimScheduledRun } from './scheduled-jobs.js';

const TOPICS: readonly BroadcastTopic[] = ['console', 'push'];
// NOTIFY payloads are limited to 8000 bytes; larger ones travel through a table and the notice names the row.
const MAX_NOTIFY_BYTES = 7000;
const RECONNECT_MAX_MS = 10_000;
// Oversized payloads are read within moments of their notice; a day later nobody can still want them.
const SWEEP_INTERVAL_MS = 60 * 60_000;

const channelOf = (topic: BroadcastTopic, schema: string | undefined): string =>
  `yimen_${schema ?? 'public'}_${topic}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);

/**
 * Fan-out across instances with PostgreSQL LISTEN/NOTIFY. One dedicated connection listens and is
 * re-established after the server restarts; publishing is a `pg_notify` through the shared pool, and every
 * instance (this one too) delivers what it hears to its own subscribers: one path, exactly once each.
 */
export async function createPostgresBroadcast(options: {
  connectionString: string;
  schema?: string | undefined;
  db: SqlDatabase;
  logger: EngineLogger;
}): Promise<Broadcast> {
  const { db, logger } = options;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const channels = new Map(TOPICS.map((topic) => [channelOf(topic, options.schema), topic]));
  let client: pg.Client | undefined;
  let closed = false;
  let delay = 250;

  async function deliver(topic: BroadcastTopic, raw: string): Promise<void> {
    const parsed = JSON.parse(raw) as { ref?: string; payload?: unknown };
    if (parsed.ref !== undefined) {
      const { rows } = await db.query<{ payload: string }>(
        'SELECT payload FROM broadcast_payloads WHERE id = $1',
        [parsed.ref],
      );
      if (rows[0]) emitter.emit(topic, db.cipher.openJson(rows[0].payload));
      return;
    }
    emitter.emit(topic, parsed.payload);
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: options.connectionString,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    next.on('notification', (message) => {
      const topic = channels.get(message.channel);
      if (!topic || message.payload === undefined) return;
      deliver(topic, message.payload).catch((error: unknown) =>
        logger.error(
          { err: error instanceof Error ? { name: error.name, message: error.message } : error },
          'broadcast delivery failed',
        ),
      );
    });
    next.on('error', (error) => {
      logger.warn(
        { err: { name: error.name, message: error.message } },
        'the broadcast connection to PostgreSQL was lost; reconnecting (consoles on other instances miss nothing written meanwhile: they reload the queue)',
      );
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      scheduleReconnect();
    });
    await next.connect();
    try {
      for (const channel of channels.keys()) await next.query(`LISTEN ${channel}`);
    } catch (error) {
      // Half set up is no use: drop it, and the caller's retry starts from a fresh connection.
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    delay = 250;
  }

  function scheduleReconnect(): void {
    if (closed) return;
    const wait = delay;
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    setTimeout(() => {
      if (closed || client) return;
      connect().catch(() => scheduleReconnect());
    }, wait).unref();
  }

  await connect();
  const sweep = startClusterJob({
    name: 'broadcast_sweep',
    intervalMs: SWEEP_INTERVAL_MS,
    claim: () => claimScheduledRun(db, 'broadcast_sweep', SWEEP_INTERVAL_MS),
    run: async () => {
      await db.query(`DELETE FROM broadcast_payloads WHERE created_at < now() - interval '1 day'`);
    },
    logger,
  });
  return {
    async publish(topic, payload) {
      const message = JSON.stringify({ payload });
      const channel = channelOf(topic, options.schema);
      if (Buffer.byteLength(message, 'utf8') <= MAX_NOTIFY_BYTES) {
        await db.query('SELECT pg_notify($1, $2)', [channel, message]);
        return;
      }
      const { rows } = await db.query<{ id: string }>(
        'INSERT INTO broadcast_payloads (payload, created_at) VALUES ($1, now()) RETURNING id',
        [db.cipher.sealJson(payload)],
      );
      await db.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify({ ref: String(rows[0]!.id) })]);
    },
    subscribe(topic, listener) {
      emitter.on(topic, listener);
      return () => emitter.off(topic, listener);
    },
    async close() {
      closed = true;
      await sweep.stop();
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
