import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFactor } from '../helpers/fuzz.js';
import { FrameClient } from '../helpers/ws-client.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Frame = Record<string, unknown>;

// What residents really send that once broke the service, and the shapes that make patterns backtrack.
const KNOWN_HOSTILE = [
  '🙏求求你们帮帮我',
  '😭😭😭',
  '👍',
  '𠀀小明想申请低保',
  '👨‍👩‍👧‍👦🏳️‍🌈🇨🇳1️⃣#️⃣🧑🏽‍⚕️',
  '我想\u0000申请低保',
  '\ud83d你好\udc00',
  '\u202e保低请申想我\u202c',
  '\u200b\u200c\u200d\u2060\ufeff转人工',
  `一家${'共有'.repeat(999)}`,
  `${'1'.repeat(1999)}口`,
  `想死。${'之前现在'.repeat(499)}`,
  '字'.repeat(2000),
  '字'.repeat(2001),
  'e\u0301'.repeat(1000),
  '\u0000',
];

/** Sends messages on one socket and resolves each with its reply or error frame, whatever the order. */
class Resident {
  private readonly waiting = new Map<string, (frame: Frame) => void>();
  private constructor(readonly client: FrameClient) {
    client.socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString('utf8')) as Frame;
      const id =
        frame.type === 'reply' ? frame.inReplyTo : frame.type === 'error' ? frame.messageId : undefined;
      if (typeof id === 'string') this.waiting.get(id)?.(frame);
    });
  }

  static async connect(url: string, userId: string): Promise<Resident> {
    const client = await FrameClient.connect(url);
    client.send({ type: 'hello', userId });
    await client.next((f) => f.type === 'welcome');
    return new Resident(client);
  }

  say(messageId: string, text: string, timeoutMs = 30_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no answer to ${messageId} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting.set(messageId, (frame) => {
        clearTimeout(timer);
        resolve(frame);
      });
      this.client.send({ type: 'message', messageId, text });
    });
  }
}

describe('hostile messages through the public channels', () => {
  let t: TestApp;
  let baseUrl: string;
  let wsUrl: string;

  beforeAll(async () => {
    // One second on an idle machine; stretched when the shared machine gives this process less of a core.
    const lagLimit = String(Math.round(1000 * loadFactor()));
    t = await startTestApp({ EVENT_LOOP_LAG_LIMIT_MS: lagLimit, LOG_LEVEL: process.env.DBG ?? 'silent' });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    wsUrl = `${baseUrl.replace('http', 'ws')}/ws/chat`;
    // Starting the app trains the model: minutes, not seconds, when the shared machine is busy.
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('every hostile message gets a reply or a clear error, while an ordinary conversation keeps getting prompt replies and /healthz stays 200', async () => {
    const generated = fc.sample(fc.oneof(anyResidentText(), pumpedText()), { numRuns: 24, seed: 20261202 });
    const hostile = [...KNOWN_HOSTILE, ...generated];
    const residents = await Promise.all(
      [0, 1, 2].map((i) => Resident.connect(wsUrl, `hostile-ws-resident-${i}`)),
    );
    const ordinary = await Resident.connect(wsUrl, 'ordinary-ws-resident-1');

    let barrageDone = false;
    const health: number[] = [];
    const polling = (async () => {
      while (!barrageDone) {
        health.push(
          await fetch(`${baseUrl}/healthz`).then(
            (res) => res.status,
            () => 0,
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    const ordinaryLatencies: number[] = [];
    const conversation = (async () => {
      const lines = ['你好', '我想问问低保怎么申请', '需要什么材料', '谢谢'];
      for (let i = 0; !barrageDone || i < lines.length; i++) {
        const started = performance.now();
        const frame = await ordinary.say(`ordinary-${i}`, lines[i % lines.length]!);
        expect(frame.type).toBe('reply');
        ordinaryLatencies.push(performance.now() - started);
      }
    })();

    // Several hostile residents at once, each sending its share one message after another as a person (or a
    // page flushing its outbox) would. All of them at the same instant is another matter on the embedded
    // database: see the note at the end of this file.
    const share = <T>(count: number, send: (text: string, i: number, who: number) => Promise<T>) =>
      Array.from({ length: count }, async (_, who) => {
        const out: T[] = [];
        for (const [i, text] of hostile.entries()) if (i % count === who) out.push(await send(text, i, who));
        return out;
      });
    const overWs = share(residents.length, async (text, i, who) => ({
      text,
      frame: await residents[who]!.say(`h${who}-${i}`, text),
    }));
    const overRest = share(2, async (text, i, who) => {
      const res = await fetch(`${baseUrl}/api/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: `hostile-rest-${who}`, messageId: `r-${i}`, text }),
      });
      return { text, status: res.status, body: (await res.json()) as Frame };
    });

    const wsAnswers = (await Promise.all(overWs)).flat();
    const restAnswers = (await Promise.all(overRest)).flat();
    barrageDone = true;
    await Promise.all([conversation, polling]);

    for (const { text, frame } of wsAnswers) {
      const what = JSON.stringify(text.slice(0, 30));
      if (frame.type === 'error') {
        expect(['bad_request', 'payload_too_large'], what).toContain(frame.code);
        expect(String(frame.message), what).toMatch(/\p{Script=Han}/u);
      } else {
        expect(frame.type, what).toBe('reply');
        expect((frame.messages as unknown[]).length, what).toBeGreaterThan(0);
      }
    }
    for (const { text, status, body } of restAnswers) {
      const what = `${status} ${JSON.stringify(text.slice(0, 30))} ${JSON.stringify(body).slice(0, 200)}`;
      expect(status === 200 || (status >= 400 && status < 500), what).toBe(true);
      if (status === 200) expect((body.replies as unknown[]).length, what).toBeGreaterThan(0);
    }
    for (const resident of [...residents, ordinary]) expect(resident.client.socket.readyState).toBe(1);

    // Generous on a shared 2-core machine: a turn takes milliseconds, a stalled loop took for ever.
    expect(ordinaryLatencies.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...ordinaryLatencies)).toBeLessThan(5000 * loadFactor());
    expect(health.length).toBeGreaterThan(0);
    expect(
      health.filter((status) => status !== 200),
      `health checks: ${health.join(',')}`,
    ).toEqual([]);
    console.log(
      `barrage: ${wsAnswers.length} over WebSocket, ${restAnswers.length} over REST; ordinary replies ` +
        `${ordinaryLatencies.length}, slowest ${Math.round(Math.max(...ordinaryLatencies))} ms; ${health.length} health checks`,
    );
    for (const resident of [...residents, ordinary]) resident.client.close();
  }, 120_000);
});

// Note for the lead: with the embedded database (PGlite runs in this thread and answers through promises
// only), fifty turns arriving at the same instant are processed as one long chain of microtasks, and the
// event loop does not turn for 2–4 s: timers and /healthz wait, and the watchdog rightly reports it.
// PostgreSQL over a socket, or PGlite in a worker thread, lets the loop turn between queries.
