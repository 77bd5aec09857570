import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { freePort } from '../../helpers/server-process.js';
import { tempDir } from '../../helpers/test-app.js';

// Module hooks (node:module register) that append every URL the ESM loader resolves to a file: every
// import of the server, static or dynamic, its dependencies' and Wechaty's own included, goes through it.
const HOOKS = `
import { appendFileSync } from 'node:fs';
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(file, result.url + '\\n');
  return result;
}`;
const REGISTER = `
import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)}, import.meta.url, {
  data: { file: process.env.YIMEN_LOAD_LOG },
});`;

/** Wechaty, its puppets and their own trees (gRPC, LevelDB, the wechat4u client). */
const WECHATY_TREE =
  /\/node_modules\/(wechaty|wechaty-[^/]+|@grpc\/[^/]+|leveldown|level|flash-store|wechat4u|memory-card)\//;

/**
 * Runs `src/server.ts` as `npm start` runs the server (its own process, from source via tsx) with the
 * recording hooks, until it is healthy; stops it, and returns the modules it loaded and what it logged.
 */
async function serverLoads(env: Record<string, string>): Promise<{ urls: string[]; output: string }> {
  const dir = await tempDir('yimen-lazy-load-');
  const loadLog = path.join(dir, 'loads.txt');
  const port = await freePort();
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('WECHATY_')),
  );
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, 'src/server.ts'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...inherited,
        LOG_LEVEL: 'info',
        ...env,
        DATA_DIR: path.join(dir, 'data'),
        PORT: String(port),
        HOST: '127.0.0.1',
        YIMEN_LOAD_LOG: loadLog,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (res) => res.ok,
        () => false,
      );
      if (healthy) break;
      if (Date.now() > deadline) throw new Error(`server not healthy in time:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  const urls = (await readFile(loadLog, 'utf8')).split('\n').filter(Boolean);
  await rm(dir, { recursive: true, force: true });
  return { urls: [...new Set(urls)], output };
}

describe('Wechaty is loaded only when configured', () => {
  it('a server started with no WECHATY_ variable never loads wechaty; one with WECHATY_PUPPET does', async () => {
    const off = await serverLoads({});
    expect(off.output).toContain('Wechaty: off (set WECHATY_PUPPET');
    // The recorder saw the server's own modules and its dependencies, so an absence below means something.
    expect(off.urls.some((url) => url.endsWith('/src/app.ts'))).toBe(true);
    expect(off.urls.some((url) => url.includes('/node_modules/fastify/'))).toBe(true);
    expect(off.urls.filter((url) => WECHATY_TREE.test(url))).toEqual([]);
    expect(off.urls.filter((url) => url.includes('/src/channels/wechaty/'))).toEqual([
      expect.stringMatching(/\/src\/channels\/wechaty\/channel-config\.ts$/),
    ]);

    const on = await serverLoads({ WECHATY_PUPPET: 'wechaty-puppet-mock' });
    expect(on.output).toContain('Wechaty: on (puppet wechaty-puppet-mock');
    const tree = on.urls.filter((url) => WECHATY_TREE.test(url));
    expect(tree.some((url) => url.includes('/node_modules/wechaty/'))).toBe(true);
    expect(tree.some((url) => url.includes('/node_modules/wechaty-puppet-mock/'))).toBe(true);
    const readyMs = (output: string) => /"readyMs":(\d+)/.exec(output)?.[1] ?? '?';
    console.info(
      `modules resolved at start: ${off.urls.length} without Wechaty, ${on.urls.length} with it ` +
        `(${tree.length} of them Wechaty's tree); ready in ${readyMs(off.output)} ms and ${readyMs(on.output)} ms`,
    );
  }, 400_000);
});
