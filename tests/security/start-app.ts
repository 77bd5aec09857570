import { rm } from 'node:fs/promises';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { tempDir, type TestApp } from '../helpers/test-app.js';

/**
 * The real app on a fresh data dir, like startTestApp, with a start-up allowance for a machine shared with
 * other test runs and benchmarks (training the models can then take minutes).
 */
export async function startPatientApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = await tempDir();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    EVENT_LOOP_LAG_LIMIT_MS: '10000',
    WARM_UP_MS: '0',
    ...env,
    DATA_DIR: dataDir,
  });
  const app = await buildApp({ config }, { pluginTimeout: 600_000 });
  return {
    app,
    config,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
