import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('the chat page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a message, shows the reply, and shows the history again after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('.msg.bot').first().textContent()).toContain('社会救助服务助手');
    await expect.poll(() => page.locator('.quick button').count()).toBeGreaterThan(0);

    await page.fill('#input', '你好');
    await page.click('#send');
    await expect.poll(() => page.locator('.msg.resident').count()).toBe(1);
    await expect.poll(() => page.locator('.msg.bot').count()).toBe(2);
    await expect.poll(() => page.locator('.msg.resident.pending').count()).toBe(0);

    // A phone 360 px wide shows the page without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/chat-360.png' });

    await page.reload();
    await expect.poll(() => page.locator('.msg.resident').count()).toBe(1);
    expect(await page.locator('.msg.resident').first().textContent()).toBe('你好');
    expect(await page.locator('.msg.bot').count()).toBe(1);
    await page.close();
  });

  it('offers large type that stays on after a reload, and a 转人工 button that is always there', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(baseUrl);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.click('#font-toggle');
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeGreaterThan(before);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains('large'))).toBe(true);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(0);
    await page.click('#human');
    await expect.poll(() => page.locator('.msg.bot').last().textContent()).toContain('工作人员');
    expect(await page.locator('#human').isVisible()).toBe(true);
    await page.close();
  });

  it('renders a script typed by a resident as text, never as markup', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(0);
    await page.fill(
      '#input',
      '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>',
    );
    await page.click('#send');
    await expect.poll(() => page.locator('.msg.bot').count()).toBeGreaterThan(1);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('.msg.resident img').count()).toBe(0);
    await page.close();
  });
});
