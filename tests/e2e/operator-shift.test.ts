import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startHandoffApp, type HandoffTestApp } from '../handoff/handoff-harness.js';

const POLL = { timeout: 15_000, interval: 100 };
const OUT = path.join('test-results', 'operator-shift');

describe('one operator’s shift in a real browser', () => {
  let t: HandoffTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = { width: 1366, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    return context.newPage();
  }

  async function createOperator(username: string, displayName: string): Promise<void> {
    const created = await t.app.services.auth.createUser({
      username,
      displayName,
      role: 'operator',
      password: `${username}-pass-1`,
    });
    expect(created.ok).toBe(true);
  }

  const rest = (userId: string, text: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/messages', payload: { userId, text } });

  beforeAll(async () => {
    t = await startHandoffApp();
    browser = await launchBrowser();
    await createOperator('shift-zhou', '值班员小周');
    await createOperator('shift-sun', '值班员小孙');
    await mkdir(OUT, { recursive: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await t?.close();
  });

  it('three urgent arrivals, a warning that reaches the resident, claim, notes, a transfer, a canned reply, resolve with outcome', async () => {
    const desk = await newPage();
    const pageErrors: string[] = [];
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await desk.goto(`${t.baseUrl}/console`);
    await desk.fill('#login-username', 'shift-zhou');
    await desk.fill('#login-password', 'shift-zhou-pass-1');
    await desk.click('#login-submit');
    await expect.poll(() => desk.locator('#conn').getAttribute('data-state'), POLL).toBe('online');

    // Three urgent arrivals: a resident on the web chat, two callers over REST.
    const resident = await newPage({ width: 390, height: 800 });
    await resident.goto(t.baseUrl);
    await expect.poll(() => resident.locator('.msg.bot').count(), POLL).toBeGreaterThan(0);
    await resident.fill('#input', '我不想活了 药都准备好了');
    await resident.click('#send');
    expect((await rest('shift-fire-0001', '家里着火了，我妈被困在里面')).statusCode).toBe(200);
    expect((await rest('shift-faint-001', '我是他儿子，我爸晕倒了叫不醒')).statusCode).toBe(200);
    await expect.poll(() => desk.locator('#queue .row').count(), POLL).toBe(3);
    const suicideRow = desk.locator('#queue .row', { hasText: '不想活' });
    const fireRow = desk.locator('#queue .row', { hasText: '着火' });
    const faintRow = desk.locator('#queue .row', { hasText: '晕倒' });
    // Each row says who is in danger and the kind of danger, not only the last message.
    await expect.poll(() => faintRow.locator('.row-who').textContent(), POLL).toBe('求助者的父亲');
    expect(await fireRow.locator('.row-who').textContent()).toBe('求助者的母亲');
    expect(await fireRow.locator('.row-category').textContent()).toContain('火灾');
    expect(await suicideRow.locator('.row-who').textContent()).toBe('求助者本人');
    // The safety reply promised only what the locality declares.
    const safety = await resident.locator('.msg.bot').last().textContent();
    expect(safety).toContain('江阴市社会救助中心的值班工作人员');
    await desk.screenshot({ path: path.join(OUT, '1-three-arrivals.png') });

    // Nobody picks them up within the SLA: the resident is told at once what to do now.
    t.clock.advance(121_000);
    await t.app.services.sla.checkSla(t.clock.now());
    await expect
      .poll(() => resident.locator('.msg.bot').last().textContent(), POLL)
      .toContain('还没有工作人员接手');
    expect(await resident.locator('.msg.bot').last().textContent()).toContain('12356');
    await expect.poll(() => suicideRow.locator('.warned-flag').count(), POLL).toBe(1);
    await resident.screenshot({ path: path.join(OUT, '2-resident-warned.png') });

    // The resident gives a place and a number; the operator opens the case and claims it with Alt+C.
    await resident.fill('#input', '我在幸福街道和平社区3栋 电话13812345678');
    await resident.click('#send');
    await suicideRow.locator('.row-button').click();
    await expect.poll(() => desk.locator('#claim').isVisible(), POLL).toBe(true);
    await desk.keyboard.press('Alt+KeyC');
    await expect.poll(() => desk.locator('#reply-form').isVisible(), POLL).toBe(true);
    // The number is masked until the operator gives a reason to see it (written to the audit log).
    const maskedPhone = desk.locator('#summary .reveal', { hasText: '138****5678' });
    await expect.poll(() => maskedPhone.count(), POLL).toBe(1);
    desk.once('dialog', (dialog) => void dialog.accept('回拨居民'));
    await maskedPhone.locator('.reveal-button').click();
    await expect
      .poll(() => desk.locator('#summary a.tel').getAttribute('href'), POLL)
      .toBe('tel:13812345678');
    expect(await desk.locator('#summary').textContent()).toContain('求助者本人');

    // An internal note, seen by operators only.
    await desk.fill('#note-input', '居民说药在手边，先稳住情绪再问地址');
    await desk.click('#note-submit');
    await expect
      .poll(() => desk.locator('#notes .note-text').allTextContents(), POLL)
      .toContain('居民说药在手边，先稳住情绪再问地址');

    // Typing shows both ways.
    await desk.keyboard.press('Alt+KeyR');
    await desk.keyboard.type('您好');
    await expect.poll(() => resident.locator('#typing').isVisible(), POLL).toBe(true);
    expect(await resident.locator('#typing').textContent()).toContain('工作人员正在输入');
    await resident.locator('#input').pressSequentially('我在', { delay: 20 });
    await expect.poll(() => desk.locator('#resident-typing').isVisible(), POLL).toBe(true);
    await resident.fill('#input', '');

    // A canned reply, found by search, filled with the operator's name, sent from the reply box.
    await desk.fill('#reply-input', '');
    await desk.fill('#canned-q', '问候');
    await expect.poll(() => desk.locator('#canned-list .canned-item').count(), POLL).toBeGreaterThan(0);
    await desk.locator('#canned-list .canned-item').first().click();
    const greeting = await desk.inputValue('#reply-input');
    expect(greeting).toContain('值班员小周');
    expect(greeting).not.toContain('{');
    await desk.keyboard.press('Enter');
    await expect.poll(() => resident.locator('.msg.operator').count(), POLL).toBe(1);
    expect(await resident.locator('.msg.operator').textContent()).toContain('值班员小周');
    await desk.screenshot({ path: path.join(OUT, '3-claimed-with-notes.png') });

    // The fire call goes to a colleague, with the reason.
    await fireRow.locator('.row-button').click();
    await expect.poll(() => desk.locator('#claim').isVisible(), POLL).toBe(true);
    await desk.click('#claim');
    await expect.poll(() => desk.locator('#transfer-panel').isVisible(), POLL).toBe(true);
    await desk.selectOption('#transfer-target', { label: '值班员小孙' });
    await desk.fill('#transfer-reason', '小孙熟悉消防联动，由他跟进');
    await desk.click('#transfer-submit');
    await expect.poll(() => fireRow.locator('.row-status').textContent(), POLL).toBe('值班员小孙 处理中');
    await expect
      .poll(() => desk.locator('#notes .note-text').allTextContents(), POLL)
      .toContain('转给值班员小孙：小孙熟悉消防联动，由他跟进');

    // Search narrows the queue to the receipt number of the fainting call, then clears.
    const faintCase = (await t.app.services.handoffs.list(true)).find((h) =>
      h.preview.includes('晕倒'),
    )?.caseNo;
    expect(faintCase).toBeTruthy();
    await desk.fill('#filter-q', faintCase!);
    await expect.poll(() => desk.locator('#queue .row').count(), POLL).toBe(1);
    expect(await desk.locator('#queue .row .preview').textContent()).toContain('晕倒');
    await desk.fill('#filter-q', '');
    await expect.poll(() => desk.locator('#queue .row').count(), POLL).toBe(3);

    // Back to the first case: resolve with an outcome from the list (119 and 12356 are there) and a note.
    await suicideRow.locator('.row-button').click();
    await expect.poll(() => desk.locator('#resolve-panel').isVisible(), POLL).toBe(true);
    const outcomes = await desk.locator('#resolve-outcome option').allTextContents();
    expect(outcomes).toEqual(expect.arrayContaining(['已联动119', '已转介12356心理援助热线']));
    expect(await desk.locator('#resolve-note').getAttribute('required')).not.toBeNull();
    await desk.keyboard.press('Alt+KeyE');
    await desk.selectOption('#resolve-outcome', { label: '已转介12356心理援助热线' });
    await desk.fill('#resolve-note', '已回电，居民同意拨打12356，社区网格员上门陪伴');
    await desk.screenshot({ path: path.join(OUT, '4-before-resolve.png') });
    await desk.click('#resolve-submit');
    await expect.poll(() => desk.locator('#case-state').textContent(), POLL).toContain('已结案');
    expect(await desk.locator('#case-state').textContent()).toContain('已转介12356心理援助热线');
    await expect.poll(() => desk.locator('#queue .row').count(), POLL).toBe(2);
    await desk.screenshot({ path: path.join(OUT, '5-resolved.png') });
    expect(pageErrors).toEqual([]);
  }, 240_000); // a whole shift of browser steps, on a shared two-core machine
});
