import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const GIVE_UP_LINE = '这条消息没能发出，请稍后再试，或拨打热线';

/** Every chat frame the page sends, as text, from the moment this is called. */
function recordSentFrames(page: Page): string[] {
  const sent: string[] = [];
  page.on('websocket', (ws) => ws.on('framesent', (frame) => sent.push(String(frame.payload))));
  return sent;
}

async function openChat(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(0);
}

describe("the chat page's outbox in a real browser", () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    // A server that refuses anything over ten characters, so the page meets a refusal.
    t = await startTestApp({ WS_MAX_MESSAGE_CHARS: '10' });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    // Starting the app trains the model: minutes, not seconds, when the shared machine is busy.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('gives up on a message the server refused, tells the resident, and does not send it again after a reload', async () => {
    const page = await browser.newPage();
    await openChat(page, baseUrl);
    const refused = '我家里的情况比较复杂想详细说一说';
    await page.fill('#input', refused);
    await page.click('#send');

    await expect.poll(() => page.locator('.msg.resident.failed').count()).toBe(1);
    expect(await page.locator('.msg.resident.failed').textContent()).toContain('未发送成功');
    const notice = await page.locator('.msg.system').last().textContent();
    expect(notice).toContain('消息太长了');
    expect(notice).toContain(GIVE_UP_LINE);
    expect(await page.evaluate(() => localStorage.getItem('yimen.outbox'))).toBe('[]');

    const sent = recordSentFrames(page);
    await page.reload();
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(0);
    await expect.poll(() => sent.some((frame) => frame.includes('"hello"'))).toBe(true);
    await page.waitForTimeout(1500);
    expect(sent.filter((frame) => frame.includes(refused))).toEqual([]);
    // The resident still sees what did not go through.
    expect(await page.locator('.msg.resident.failed').textContent()).toContain(refused);
    await page.close();
  });

  it('gives up on a message the server never answers after three sends, and never replays it once the server is back', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { yimenOutboxPolicy: object }).yimenOutboxPolicy = {
        maxAttempts: 3,
        replyWaitMs: 700,
        giveUpMs: 60_000,
      };
    });
    // Between the page and the server: while `answering` is false, chat messages are lost on the way.
    let answering = true;
    const lost: string[] = [];
    await page.routeWebSocket('**/ws/chat', (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const text = String(message);
        if (!answering && text.includes('"message"')) lost.push(text);
        else server.send(message);
      });
      server.onMessage((message) => ws.send(message));
    });
    await openChat(page, baseUrl);

    answering = false;
    await page.fill('#input', '在吗');
    await page.click('#send');
    await expect.poll(() => page.locator('.msg.resident.failed').count(), { timeout: 15_000 }).toBe(1);
    expect(lost).toHaveLength(3);
    expect(await page.locator('.msg.system').last().textContent()).toContain(GIVE_UP_LINE);
    expect(await page.evaluate(() => localStorage.getItem('yimen.outbox'))).toBe('[]');

    answering = true;
    const sent = recordSentFrames(page);
    await page.reload();
    await expect.poll(() => sent.some((frame) => frame.includes('"hello"'))).toBe(true);
    await page.waitForTimeout(2000);
    expect(sent.filter((frame) => frame.includes('在吗'))).toEqual([]);
    expect(lost).toHaveLength(3);
    await page.close();
  });
});
