// Bundles the oversight dashboard's browser code (src/web/dashboard/, TypeScript, with ECharts) into
// dist/web/dashboard.js with esbuild, like the console (scripts/console-bundle.ts). Used by
// `npm run build:console` and once before the tests (tests/helpers/build-console-global-setup.ts).
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { PROJECT_ROOT, WEB_BUNDLE_DIR } from '../src/paths.js';

/** The dashboard's source folder. */
export const DASHBOARD_SOURCE_DIR = path.join(PROJECT_ROOT, 'src', 'web', 'dashboard');

/** The bundle the server serves at /dashboard.js. */
export const DASHBOARD_BUNDLE = path.join(WEB_BUNDLE_DIR, 'dashboard.js');

// Browser code only: the dashboard's own source, the console's session and HTTP helpers it shares, and ECharts.
const ALLOWED = [
  'src/web/dashboard/',
  'src/web/console/',
  'node_modules/echarts/',
  'node_modules/zrender/',
  'node_modules/tslib/',
];

/** Builds dist/web/dashboard.js; throws on a bundling error or on server code in the bundle. */
export async function buildDashboardBundle(): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(DASHBOARD_SOURCE_DIR, 'main.ts')],
    outfile: DASHBOARD_BUNDLE,
    tsconfig: path.join(DASHBOARD_SOURCE_DIR, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome100', 'firefox100', 'safari15', 'edge100'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: PROJECT_ROOT,
  });
  const foreign = Object.keys(result.metafile.inputs).filter(
    (input) => !ALLOWED.some((prefix) => input.split(path.sep).join('/').includes(prefix)),
  );
  if (foreign.length > 0)
    throw new Error(
      `the dashboard bundle pulled in server code (use \`import type\`): ${foreign.join(', ')}`,
    );
  return result.metafile;
}
