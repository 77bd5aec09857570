// npm run build:console [-- --watch] — bundles the operator console into dist/web/console.js
// (see scripts/console-bundle.ts); `--watch` rebuilds on every change while `npm run dev` runs.
import path from 'node:path';
import { buildConsoleBundle, CONSOLE_BUNDLE, watchConsoleBundle } from './console-bundle.js';
import { buildDashboardBundle, DASHBOARD_BUNDLE } from './dashboard-bundle.js';
import { PROJECT_ROOT } from '../src/paths.js';

const target = path.relative(PROJECT_ROOT, CONSOLE_BUNDLE);
if (process.argv.includes('--watch')) {
  await watchConsoleBundle();
  console.log(`watching src/web/console/ → ${target}`);
} else {
  const metafile = await buildConsoleBundle();
  const bytes = Object.values(metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(
    `${target}: ${(bytes / 1024).toFixed(1)} KiB from ${Object.keys(metafile.inputs).length} modules`,
  );
}
// The oversight dashboard (src/web/dashboard/, with ECharts) is bundled beside it; `--watch` leaves it to a rebuild.
const dashboard = await buildDashboardBundle();
const dashboardBytes = Object.values(dashboard.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`${path.relative(PROJECT_ROOT, DASHBOARD_BUNDLE)}: ${(dashboardBytes / 1024).toFixed(1)} KiB`);
