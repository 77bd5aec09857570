/**
 * The monthly 通报: `npm run report -- --from 2026-11-01 --to 2026-11-30 --out report.xlsx [--html report.html]`.
 * The figures come from the same module as the dashboard (src/oversight/figures.ts), so they match it.
 * Uses the same DATABASE_URL / DATA_DIR and LOCALITY as the server.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.js';
import { loadLocalities } from '../src/localities/load-localities.js';
import { computeFigures } from '../src/oversight/figures.js';
import { periodOf } from '../src/oversight/period.js';
import { reportPage } from '../src/oversight/report-page.js';
import { reportWorkbook } from '../src/oversight/report-workbook.js';
import { openDatabase } from '../src/store/open-database.js';

const USAGE = `用法 / Usage:
  npm run report -- --from 2026-11-01 --to 2026-11-30 --out report.xlsx [--html report.html]

使用嵌入式数据库（未设置 DATABASE_URL）时，请先停止服务器：PGlite 同一时间只能被一个进程打开。
  With the embedded database (no DATABASE_URL), stop the server first: PGlite serves one process at a time.`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      html: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  fail(64, `${(error as Error).message}\n\n${USAGE}`);
}
if (values.help) fail(0, USAGE);
if (!values.from || !values.to || !values.out) fail(64, USAGE);

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  fail(78, error instanceof ConfigError ? error.message : String(error));
}
const localities = await loadLocalities({ dir: config.LOCALITIES_DIR, logger: { warn: () => undefined } });
const locality = config.LOCALITY ? localities.get(config.LOCALITY) : localities.default();
if (!locality) fail(78, `LOCALITY=${config.LOCALITY} has no profile in ${config.LOCALITIES_DIR}`);
const period = periodOf(values.from, values.to, locality.timezone);
if ('error' in period) fail(64, period.error);

const db = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  schema: config.DATABASE_SCHEMA,
  dataDir: config.DATA_DIR,
});
try {
  const figures = await computeFigures(db, period, new Date(), locality);
  await writeFile(values.out, await reportWorkbook(figures));
  if (values.html) await writeFile(values.html, reportPage(figures));
  console.log(
    `${values.out}: ${figures.totals.cases} 件受理，${figures.totals.overdueNow} 件当前逾期（${period.from} 至 ${period.to}）` +
      (values.html ? `；可打印页面：${values.html}` : ''),
  );
} finally {
  await db.close();
}
