import { mkdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src/oversight/figures.js';
import { launchBrowser } from '../helpers/browser.js';
import { FakeClock, startTestApp, type TestApp } from '../helpers/test-app.js';
import { generateNovember } from '../oversight/month-of-cases.js';

const POLL = { timeout: 20_000, interval: 100 };
const clock = new FakeClock(new Date('2026-12-01T02:00:00Z'));

describe('the oversight dashboard in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ DEADLINE_CHECK_INTERVAL_MS: '3600000', AUTH_TOKEN_TTL_HOURS: '720' }, clock);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    const created = await t.app.services.auth.createUser({
      username: 'kezhang',
      displayName: '窗口负责人老周',
      role: 'window_head',
      password: 'dashboard-pass-1',
    });
    expect(created.ok).toBe(true);
    await generateNovember(t.app);
    await mkdir('test-results', { recursive: true });
    // Starting the app trains the NLU and hashes passwords: slow on a shared 2-core machine.
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('logs in, draws every chart with its table, opens an overdue case, downloads the report and prints', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/console/dashboard`);
    await page.fill('#login-username', 'kezhang');
    await page.fill('#login-password', 'dashboard-pass-1');
    await page.click('#login-form button[type=submit]');
    await expect.poll(() => page.locator('#app-view').isVisible(), POLL).toBe(true);

    await page.fill('#period-from', '2026-11-01');
    await page.fill('#period-to', '2026-11-30');
    await page.click('#period-form button[type=submit]');
    await expect
      .poll(() => page.locator('#report-title').textContent(), POLL)
      .toContain('2026-11-01 至 2026-11-30');
    await expect.poll(() => page.evaluate(() => document.body.dataset.state), POLL).toBe('ready');

    // Eight charts, each drawn as SVG with real shapes, and a table beside each.
    const charts = page.locator('.chart');
    await expect.poll(() => charts.count(), POLL).toBe(8);
    const shapes = await page.$$eval('.chart svg', (svgs) =>
      svgs.map((svg) => svg.querySelectorAll('path, rect').length),
    );
    expect(shapes).toHaveLength(8);
    expect(shapes.every((n) => n > 3)).toBe(true);
    expect(await page.locator('#view-type table tbody tr').count()).toBe(6);
    expect(await page.locator('#view-green table tbody tr').count()).toBe(4);
    await page.screenshot({ path: 'test-results/dashboard.png', fullPage: true });

    // The overdue list links to the case, which shows how late it is.
    const overdue = page.locator('#view-overdue tbody a').first();
    const caseNo = await overdue.textContent();
    await overdue.click();
    await expect.poll(() => page.locator('#case-panel').isVisible(), POLL).toBe(true);
    expect(await page.locator('#case-panel h2').textContent()).toContain(caseNo!);
    expect(await page.locator('#case-panel .late').first().textContent()).toMatch(/逾期 \d+ 个工作日/);

    // The report downloads as a real workbook holding the dashboard's figures.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    const saved = 'test-results/report.xlsx';
    await download.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const shown = await page.$$eval('#view-type tbody tr', (rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent)),
    );
    const inBook: string[][] = [];
    book.getWorksheet('按救助类型')!.eachRow((row, n) => {
      if (n > 1) inBook.push((row.values as unknown[]).slice(1).map(String));
    });
    expect(inBook).toEqual(shown);

    // The printable page: controls hidden, tables kept.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    await page.pdf({ path: 'test-results/report.pdf', format: 'A4', landscape: true, printBackground: true });
    expect(errors).toEqual([]);

    const figures = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/oversight/figures?from=2026-11-01&to=2026-11-30',
        headers: {
          authorization: `Bearer ${await page.evaluate(() => sessionStorage.getItem('yimen.console.token'))}`,
        },
      })
    ).json<Figures>();
    expect(inBook).toEqual(figures.byType.map((r) => [r.label, String(r.count)]));
    await context.close();
  });
});
