import { afterAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { FrameClient } from '../helpers/ws-client.js';

const INTERVAL_MS = 250;
const ADMIN_PASSWORD = 'scheduled-once-admin-pass';

interface Probe {
  runs: number;
  at: number;
}

describe('scheduled work on two instances runs once per period across them, not once per instance', () => {
  let db: FreshDatabase | undefined;
  const processes: ServerProcess[] = [];
  afterAll(async () => {
    for (const p of processes) await p.stop();
    await db?.drop();
  });

  it('the SLA sweep runs about once per interval in all, and an overdue critical handoff alerts a console once', async () => {
    db = await createFreshDatabase('yimen_sched');
    const env = {
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      SLA_CHECK_INTERVAL_MS: String(INTERVAL_MS),
      SLA_CRITICAL_UNCLAIMED_SECONDS: '1',
      // Both know it: whichever instance starts first creates the admin account.
      ADMIN_PASSWORD,
    };
    const instances = await Promise.all([startServerProcess(env, 150_000), startServerProcess(env, 150_000)]);
    processes.push(...instances);
    const [a, b] = instances;

    // Counted by the database's own clock, so a loaded test machine cannot skew the bound.
    const probe = async (): Promise<Probe> => {
      const rows = await db!.query<{ runs: string | null; at: string }>(
        `SELECT (SELECT runs FROM scheduled_jobs WHERE name = 'sla_check') AS runs,
                extract(epoch FROM clock_timestamp()) * 1000 AS at`,
      );
      return { runs: Number(rows[0]?.runs ?? 0), at: Number(rows[0]!.at) };
    };
    const before = await probe();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const after = await probe();
    const runs = after.runs - before.runs;
    const periods = (after.at - before.at) / INTERVAL_MS;
    // Each instance ticks every period; shared, the sweep may run at most once per 0.8 period (plus the edge).
    expect(runs).toBeLessThanOrEqual(Math.ceil(periods / 0.8) + 1);
    expect(runs).toBeGreaterThanOrEqual(3);

    const login = await fetch(`${b.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const desk = await FrameClient.connect(`${b.baseUrl.replace('http', 'ws')}/ws/console`);
    desk.send({ type: 'auth', token });
    await desk.next((f) => f.type === 'ready');

    const res = await fetch(`${a.baseUrl}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'sched-resident', messageId: 's1', text: '救命 他拿着刀要砍我' }),
    });
    expect(res.status).toBe(200);
    const isAlert = (f: Record<string, unknown>) => f.type === 'alert' && f.kind === 'critical_unclaimed';
    await desk.next(isAlert, 15_000);
    // Both instances keep sweeping: no second alert for the same handoff.
    await expect(desk.next(isAlert, 2_000)).rejects.toThrow(/no matching frame/);
    desk.close();
  }, 240_000);
});
