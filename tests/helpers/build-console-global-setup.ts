// Vitest global setup: bundles the operator console once before any test file runs, so tests that start
// the server from source (CI runs `npm install` then `npm test`, never `npm run build`) serve the console
// built from the current src/web/console/, never a missing or stale dist/web/console.js.
import { buildConsoleBundle } from '../../scripts/console-bundle.js';
import { buildDashboardBundle } from '../../scripts/dashboard-bundle.js';

/** Builds dist/web/console.js (about a second); a broken console fails the run here, before any test. */
export default async function setup(): Promise<void> {
  await buildConsoleBundle();
  await buildDashboardBundle();
}
