import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { TEST_DATA_KEY, testCipher } from '../helpers/test-data-key.js';

const USER = 'kill-nine-resident';
const ID_NUMBER = fakeIdNumber('19500606', 77);

interface Reply {
  replies: { text: string }[];
  state: { caseNo?: string };
  replayed: boolean;
}

async function post(baseUrl: string, messageId: string, text: string): Promise<Reply> {
  const res = await fetch(`${baseUrl}/api/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: USER, messageId, text }),
  });
  if (res.status !== 200) throw new Error(`POST /api/v1/messages ${res.status}: ${await res.text()}`);
  return (await res.json()) as Reply;
}

/** Polls until `probe` holds, within `ms`. */
async function until(probe: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`never happened within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('kill -9 of an instance in the middle of a turn', () => {
  let db: FreshDatabase | undefined;
  const processes: ServerProcess[] = [];
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) await p.stop();
    await db?.drop();
  });

  it('the message retried on another instance is answered once: one turn, one case, never lost', async () => {
    db = await createFreshDatabase('yimen_kill');
    const env = {
      DATABASE_URL: db.url,
      DATA_KEY: TEST_DATA_KEY,
      SLA_CHECK_INTERVAL_MS: '600000',
      LOG_LEVEL: 'warn',
    };
    const [a, b] = await Promise.all([startServerProcess(env, 150_000), startServerProcess(env, 150_000)]);
    processes.push(a, b);

    // The application up to the last step, on instance A.
    await post(
      a.baseUrl,
      'k1',
      `我要申请低保 我叫孙凤英 身份证${ID_NUMBER} 电话13912345566 住江阴市周庄镇山泉村9号 一家两口 月收入九百 老伴瘫痪在床`,
    );
    await post(a.baseUrl, 'k2', '同意');
    await post(a.baseUrl, 'k2b', '就这些 没有别的');

    // Hold the case table so A's registering turn stops inside its transaction, after it wrote the turn.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE cases IN EXCLUSIVE MODE');
    const onA = post(a.baseUrl, 'k3', '确认提交');
    onA.catch(() => undefined);
    const waitingOnLock = async (): Promise<number> =>
      Number(
        (
          await db!.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
          )
        )[0]?.n ?? 0,
      );
    await until(async () => (await waitingOnLock()) === 1, 20_000, 'A waits on the case table');

    a.child.kill('SIGKILL');
    await expect(onA).rejects.toThrow();
    await until(() => a.child.exitCode !== null || a.child.signalCode !== null, 5_000, 'A is gone');

    // The resident's client retries the same message on B while A's half-done transaction still holds its rows.
    const onB = post(b.baseUrl, 'k3', '确认提交');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await holder.query('COMMIT');
    await holder.end();
    const answered = await onB;
    const caseNo = answered.state.caseNo;
    expect(caseNo, JSON.stringify(answered)).toMatch(/^\d{6}-\d{8}-\d{6}-\d$/);
    expect(answered.replies.map((r) => r.text).join('\n')).toContain(caseNo!);

    // A second retry is answered from the record with the same receipt number.
    const again = await post(b.baseUrl, 'k3', '确认提交');
    expect(again.replayed).toBe(true);
    expect(again.state.caseNo).toBe(caseNo);
    expect(again.replies).toEqual(answered.replies);

    // Personal data is sealed at rest: the cases are found by opening their ID numbers with the shared key.
    const cipher = testCipher();
    const rows = await db.query<{ case_no: string; id_number: string | null }>(
      'SELECT case_no, id_number FROM cases',
    );
    const cases = rows.filter((c) => c.id_number !== null && cipher.open(c.id_number) === ID_NUMBER);
    expect(cases.map((c) => c.case_no)).toEqual([caseNo]);
    const turns = await db.query("SELECT 1 FROM turns WHERE message_id = 'k3'");
    expect(turns).toHaveLength(1);
    const said = await db.query<{ text: string }>("SELECT text FROM messages WHERE author = 'resident'");
    expect(said.filter((m) => cipher.open(m.text) === '确认提交')).toHaveLength(1);
  }, 240_000);
});
