import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import type { FastifyInstance } from 'fastify';
import { bearer, staffToken } from '../handoff/handoff-harness.js';

/** A resident on one channel, as the contract drives them. */
export interface ChannelResident {
  readonly channel: string;
  readonly userId: string;
  /** Sends words; resolves with what the bot said back (for this message). */
  say(text: string): Promise<string[]>;
  /** Chooses one of the options the bot just offered, the way this channel lets a resident choose. */
  choose(label: string): Promise<string[]>;
  /** Resolves with the first message pushed to the resident (outside a reply) that contains `text`. */
  received(text: string, timeoutMs?: number): Promise<string>;
}

/** How the contract starts an app with one channel on and a resident on it. */
export interface ChannelDriver {
  name: string;
  start(): Promise<{
    /** The running app (only its Fastify instance is used: the staff API and the services). */
    app: { app: FastifyInstance };
    resident: (id: string) => Promise<ChannelResident>;
    close(): Promise<void>;
  }>;
}

/** Polls until `check` resolves to something, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The promises every channel keeps, run against each adapter: a resident on it gets the same answers,
 * forms, receipts and green channel as on the web page, and an operator's reply reaches them there.
 */
export function channelContract(driver: ChannelDriver): void {
  describe(`channel contract: ${driver.name}`, () => {
    let started: Awaited<ReturnType<ChannelDriver['start']>>;
    let operator: string;
    beforeAll(async () => {
      started = await driver.start();
      operator = await staffToken(started.app.app, `op-${driver.name}`, 'operator', '值班员小李');
    });
    afterAll(async () => {
      await started.close();
    });

    it('answers a policy question from the documents', async () => {
      const resident = await started.resident('policy');
      const replies = await resident.say('江阴哪个部门管就业救助');
      expect(replies.join('\n')).toContain('依据');
    });

    it('takes a whole application and gives a receipt number', async () => {
      const resident = await started.resident('apply');
      await resident.say('我想申请低保');
      await resident.choose('同意');
      await resident.say(`王秀英 ${fakeIdNumber('19560314', 601 + driver.name.length)}`);
      await resident.say('13912345678 江阴市青阳镇里山村18号');
      await resident.say('三口人 每月一千五');
      await resident.say('老伴生病住院了 家里没有别的收入');
      await resident.choose('都没有');
      const done = await resident.choose('确认提交');
      expect(done.join('\n')).toMatch(/320281-\d{8}-\d{6}-\d/);
    });

    it('puts an urgent message in front of an operator, whose reply reaches the resident on the same channel', async () => {
      const resident = await started.resident('urgent');
      const safety = await resident.say('救命 他拿着刀要砍我');
      expect(safety.join('\n')).toContain('110');
      const { app } = started.app;
      const conversation = await app.services.conversations.getOrCreate(
        { channel: resident.channel, userId: resident.userId },
        new Date(),
      );
      const queued = await eventually(async () => {
        const res = await app.inject({
          method: 'GET',
          url: '/api/v1/handoffs?status=open',
          headers: bearer(operator),
        });
        const list = res.json<{ handoffs: { id: string; conversationId: string; priority: string }[] }>();
        return list.handoffs.find((h) => h.conversationId === conversation.id);
      });
      expect(queued.priority).toBe('critical');
      await app.inject({
        method: 'POST',
        url: `/api/v1/handoffs/${queued.id}/claim`,
        headers: bearer(operator),
      });
      const sent = await app.inject({
        method: 'POST',
        url: `/api/v1/handoffs/${queued.id}/messages`,
        headers: bearer(operator),
        payload: { text: '我是值班员小李，已经通知110，请待在安全的地方。' },
      });
      expect(sent.statusCode).toBe(200);
      expect(await resident.received('值班员小李')).toContain('110');
    });
  });
}
