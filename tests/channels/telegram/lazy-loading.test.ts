import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess } from '../../helpers/server-process.js';
import { tempDir } from '../../helpers/test-app.js';

// Preloaded into the server (NODE_OPTIONS=--require): at exit, says how many files of two packages were loaded.
// ESM imports of CommonJS packages (fastify, telegraf) go through the CommonJS loader, so they show in its cache.
const PROBE = `'use strict';
process.on('exit', () => {
  const files = Object.keys(require.cache);
  const count = (name) => files.filter((file) => file.includes('/node_modules/' + name + '/')).length;
  process.stdout.write('loaded-modules ' + JSON.stringify({ fastify: count('fastify'), telegraf: count('telegraf') }) + '\\n');
});
`;

describe('telegraf is loaded only when Telegram is configured', () => {
  it('a server started with no TELEGRAM_ variable never loads it, and says Telegram is off', async () => {
    const dataDir = await tempDir('yimen-lazy-');
    const probeDir = await tempDir('yimen-probe-');
    const probe = path.join(probeDir, 'report-loaded-modules.cjs');
    await writeFile(probe, PROBE);
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${probe}`.trim(),
    };
    // Whatever the machine's environment says, this server has no Telegram configuration.
    for (const name of Object.keys(process.env)) if (name.startsWith('TELEGRAM_')) env[name] = '';
    const server = await startServerProcess(env, 180_000);
    expect(await server.stop()).toBe(0);
    await rm(dataDir, { recursive: true, force: true });
    await rm(probeDir, { recursive: true, force: true });
    const report = /loaded-modules (\{.*\})/.exec(server.output())?.[1];
    expect(report, server.output()).toBeDefined();
    const loaded = JSON.parse(report!) as { fastify: number; telegraf: number };
    // The probe does see packages the server imports: fastify is there.
    expect(loaded.fastify).toBeGreaterThan(0);
    expect(loaded.telegraf).toBe(0);
    expect(server.output()).toContain('Telegram: off (set TELEGRAM_BOT_TOKEN to turn it on)');
  }, 240_000);
});
