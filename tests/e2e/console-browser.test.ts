import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const POLL = { timeout: 15_000, interval: 100 };
const CRITICAL_TEXT = '我不想活了 药都准备好了';
const OPERATOR_REPLY = '我是工作人员小李，请告诉我您现在在哪里？';
const XSS_TEXT = `<img src=x onerror="document.title='pwned'">`;

describe('the operator console in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  }

  async function createOperator(username: string, displayName: string, password: string): Promise<void> {
    const created = await t.app.services.auth.createUser({
      username,
      displayName,
      role: 'operator',
      password,
    });
    expect(created.ok).toBe(true);
  }

  async function loginToken(username: string, password: string): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ token: string }>().token;
  }

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    await createOperator('op1', '值班员小李', 'operator-pass-1');
    await createOperator('op2', '值班员小王', 'operator-pass-2');
    await mkdir('test-results', { recursive: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await t?.close();
  });

  it('sends back to the login form without a token and refuses a wrong password', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/console`);
    await expect.poll(() => page.locator('#login-form').isVisible(), POLL).toBe(true);
    expect(await page.locator('#app-view').isVisible()).toBe(false);
    await page.fill('#login-username', 'op1');
    await page.fill('#login-password', 'wrong-password-1');
    await page.click('#login-submit');
    await expect.poll(() => page.locator('#login-error').textContent(), POLL).toContain('用户名或密码不对');
    expect(await page.locator('#app-view').isVisible()).toBe(false);
  });

  it('takes a critical message from the queue to a reply on the resident page and a resolved case', async () => {
    // The operator is on duty before anything arrives.
    const desk = await newPage();
    const pageErrors: string[] = [];
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await desk.goto(`${baseUrl}/console`);
    const title = await desk.title();
    await desk.fill('#login-username', 'op1');
    await desk.fill('#login-password', 'operator-pass-1');
    await desk.click('#login-submit');
    await expect.poll(() => desk.locator('#conn').getAttribute('data-state'), POLL).toBe('online');
    expect(await desk.locator('#me').textContent()).toBe('值班员小李');
    // Marks this document: if the page reloaded to show new work, the mark would be gone.
    await desk.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });

    // A hotline caller asks for a person first (normal priority) over REST.
    const hotline = await t.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: { userId: 'hotline-caller-1', text: '转人工' },
    });
    expect(hotline.statusCode).toBe(200);
    await expect.poll(() => desk.locator('#queue .row').count(), POLL).toBe(1);
    expect(await desk.locator('#queue .row .badge').first().textContent()).toBe('一般');

    // Then a resident on the web chat types a critical message.
    const resident = await newPage({ width: 390, height: 800 });
    await resident.goto(baseUrl);
    await expect.poll(() => resident.locator('.msg.bot').count(), POLL).toBeGreaterThan(0);
    await resident.fill('#input', CRITICAL_TEXT);
    await resident.click('#send');

    // It is pushed to the console, above the earlier normal request, with a running timer and its reasons.
    await expect.poll(() => desk.locator('#queue .row').count(), POLL).toBe(2);
    const top = desk.locator('#queue .row').first();
    expect(await top.locator('.badge').textContent()).toBe('紧急');
    expect(await top.locator('.preview').textContent()).toContain('不想活');
    expect(await top.locator('.reason').count()).toBeGreaterThan(0);
    await expect.poll(() => top.locator('.wait').textContent(), POLL).toMatch(/^等待 \d\d:\d\d$/);
    expect(await desk.locator('#queue .row').nth(1).locator('.badge').textContent()).toBe('一般');
    expect(
      await desk.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    // The critical arrival rang (Web Audio beep and, when permitted, a notification).
    expect(
      await desk.evaluate(() => (window as unknown as { __consoleAlerts?: number }).__consoleAlerts ?? 0),
    ).toBe(1);

    // The resident answers the bot's safety question before anyone claims it.
    await resident.fill('#input', '我在幸福街道和平社区3栋 电话13812345678');
    await resident.click('#send');
    await expect.poll(() => top.locator('.preview').textContent(), POLL).toContain('13812345678');

    // Claim it.
    await top.locator('.row-button').click();
    await expect.poll(() => desk.locator('#claim').isVisible(), POLL).toBe(true);
    const handoffId = await top.getAttribute('data-id');
    expect(handoffId).toBeTruthy();
    expect(new URL(desk.url()).hash).toBe(`#${handoffId}`);
    await expect
      .poll(() => desk.locator('#transcript .msg.resident .text').first().textContent(), POLL)
      .toBe(CRITICAL_TEXT);
    await desk.click('#claim');
    await expect.poll(() => desk.locator('#reply-form').isVisible(), POLL).toBe(true);
    expect(await desk.locator('#claim').isVisible()).toBe(false);
    expect(await desk.locator('#case-state').textContent()).toContain('由你处理中');
    expect(await desk.locator('#summary').textContent()).toContain('风险原因');
    // The summary shows the callback number masked; revealing it asks for a reason, then it is a click-to-call link.
    await expect.poll(() => desk.locator('#summary .masked').textContent(), POLL).toBe('138****5678');
    desk.once('dialog', (dialog) => void dialog.accept('回拨居民'));
    await desk.click('#summary .reveal-button');
    await expect
      .poll(() => desk.locator('#summary a.tel').getAttribute('href'), POLL)
      .toBe('tel:13812345678');
    expect(await desk.locator('#summary a.tel').textContent()).toContain('13812345678');

    // Reply; the resident's page shows it from 工作人员.
    await desk.fill('#reply-input', OPERATOR_REPLY);
    await desk.click('#reply-send');
    await expect
      .poll(() => desk.locator('#transcript .msg.operator .text').last().textContent(), POLL)
      .toBe(OPERATOR_REPLY);
    await expect.poll(() => resident.locator('.msg.operator').count(), POLL).toBe(1);
    expect(await resident.locator('.msg.operator .who').textContent()).toBe('工作人员');
    expect(await resident.locator('.msg.operator').textContent()).toContain(OPERATOR_REPLY);

    // The resident answers with markup; the console shows it live, as text, and nothing runs.
    const botBefore = await resident.locator('.msg.bot').count();
    await resident.fill('#input', XSS_TEXT);
    await resident.click('#send');
    await expect
      .poll(() => desk.locator('#transcript .msg.resident .text').last().textContent(), POLL)
      .toBe(XSS_TEXT);
    expect(await desk.locator('#transcript img').count()).toBe(0);
    expect(await desk.locator('#queue img').count()).toBe(0);
    expect(await desk.title()).toBe(title);
    // While a person holds the conversation the bot stays silent.
    expect(await resident.locator('.msg.bot').count()).toBe(botBefore);

    // A dropped connection: the console reconnects by itself and catches up with what it missed.
    for (const client of t.app.websocketServer.clients) client.terminate();
    await expect
      .poll(() => desk.locator('#conn').getAttribute('data-state'), { timeout: 5_000, interval: 20 })
      .toBe('offline');
    await resident.fill('#input', '我现在在楼顶');
    await resident.click('#send');
    await expect.poll(() => desk.locator('#conn').getAttribute('data-state'), POLL).toBe('online');
    await expect
      .poll(() => desk.locator('#transcript .msg.resident .text').last().textContent(), POLL)
      .toBe('我现在在楼顶');
    expect(await desk.locator('#reply-form').isVisible()).toBe(true);

    // A reload comes back to the same case, still held by this operator.
    await desk.reload();
    await expect.poll(() => desk.locator('#case').isVisible(), POLL).toBe(true);
    expect(new URL(desk.url()).hash).toBe(`#${handoffId}`);
    await expect
      .poll(() => desk.locator('#transcript .msg.resident .text').allTextContents(), POLL)
      .toContain(XSS_TEXT);
    expect(await desk.locator('#transcript img').count()).toBe(0);
    await expect.poll(() => desk.locator('#reply-form').isVisible(), POLL).toBe(true);
    await expect.poll(() => desk.locator('#conn').getAttribute('data-state'), POLL).toBe('online');
    expect(await desk.locator('#queue .row.selected').getAttribute('data-id')).toBe(handoffId);
    expect(await desk.title()).toBe(title);
    await desk.screenshot({ path: 'test-results/console.png' });

    // Resolve it as called back; it leaves the open queue.
    await desk.selectOption('#resolve-outcome', { label: '已回电' });
    await desk.fill('#resolve-note', '已回电，居民情绪稳定，社区网格员上门陪伴。');
    await desk.click('#resolve-submit');
    await expect.poll(() => desk.locator('#case-state').textContent(), POLL).toContain('已结案');
    expect(await desk.locator('#case-state').textContent()).toContain('已回电');
    await expect.poll(() => desk.locator(`#queue .row[data-id="${handoffId}"]`).count(), POLL).toBe(0);
    expect(await desk.locator('#reply-form').isVisible()).toBe(false);
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/handoffs/${handoffId}`,
      headers: { authorization: `Bearer ${await loginToken('op2', 'operator-pass-2')}` },
    });
    expect(detail.json<{ handoff: { status: string } }>().handoff.status).toBe('resolved');
    expect(pageErrors).toEqual([]);
  });

  it('says who won when another operator claims the same case first', async () => {
    const desk = await newPage();
    await desk.goto(`${baseUrl}/console`);
    await desk.fill('#login-username', 'op1');
    await desk.fill('#login-password', 'operator-pass-1');
    await desk.click('#login-submit');
    await expect.poll(() => desk.locator('#conn').getAttribute('data-state'), POLL).toBe('online');

    // The hotline request from the previous test is still waiting.
    const row = desk.locator('#queue .row', { hasText: '转人工' }).first();
    await expect.poll(() => row.count(), POLL).toBe(1);
    await row.locator('.row-button').click();
    await expect.poll(() => desk.locator('#claim').isVisible(), POLL).toBe(true);
    const handoffId = await row.getAttribute('data-id');

    // Another operator's click lands just before this one.
    const op2 = await loginToken('op2', 'operator-pass-2');
    await desk.route('**/api/v1/handoffs/*/claim', async (route) => {
      const won = await t.app.inject({
        method: 'POST',
        url: `/api/v1/handoffs/${handoffId}/claim`,
        headers: { authorization: `Bearer ${op2}` },
      });
      expect(won.statusCode).toBe(200);
      await route.continue();
    });
    await desk.click('#claim');
    await expect.poll(() => desk.locator('#case-error').textContent(), POLL).toBe('已被值班员小王接手');
    expect(await desk.locator('#reply-form').isVisible()).toBe(false);
    await expect.poll(() => row.locator('.row-status').textContent(), POLL).toBe('值班员小王 处理中');

    // Logging out goes back to the login form, and the old token no longer opens the desk.
    await desk.click('#logout');
    await expect.poll(() => desk.locator('#login-form').isVisible(), POLL).toBe(true);
    await desk.reload();
    await expect.poll(() => desk.locator('#login-form').isVisible(), POLL).toBe(true);
  });
});
