import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { freePort } from '../helpers/server-process.js';
import { tempDir } from '../helpers/test-app.js';
import { startAuthApp } from './start-auth-app.js';

/** Runs `npm run user:add` the way an admin would (from source via tsx), with the given environment. */
async function addUser(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/add-user.ts', ...args], {
    cwd: PROJECT_ROOT,
    // A free port, so a server someone runs on 3000 does not make the CLI refuse (it checks that port).
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}

describe('the add-user CLI', () => {
  it('adds a user who can then log in, with the department as scope', async () => {
    const dataDir = await tempDir();
    try {
      const password = 'li-si-password-2026';
      const run = await addUser(
        ['--username', 'li.si', '--role', 'department', '--department', 'civil_affairs', '--name', '李四'],
        { DATA_DIR: dataDir, YIMEN_NEW_PASSWORD: password },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('已添加用户 li.si（李四）');
      expect(run.stdout).toContain('Added user li.si');
      expect(run.stdout).not.toContain(password);

      const t = await startAuthApp({ DATA_DIR: dataDir });
      try {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'li.si', password },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ user: { role: 'department', departmentCode: 'civil_affairs' } });

        // Regression: with PGlite, a user added while the server ran was silently lost at its shutdown.
        const port = await freePort();
        await t.app.listen({ port, host: '127.0.0.1' });
        const whileRunning = await addUser(
          ['--username', 'wang.wu', '--role', 'operator', '--name', '王五'],
          {
            DATA_DIR: dataDir,
            PORT: String(port),
            YIMEN_NEW_PASSWORD: password,
          },
        );
        expect(whileRunning.code).toBe(1);
        expect(whileRunning.stderr).toContain('请先停止服务器');
      } finally {
        await t.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a password on the command line and an unknown role, kindly and before touching the database', async () => {
    const dataDir = await tempDir();
    try {
      const withPassword = await addUser(
        ['--username', 'x', '--role', 'admin', '--name', 'X', '--password', 'secret-in-argv'],
        { DATA_DIR: dataDir },
      );
      expect(withPassword.code).toBe(64);
      expect(withPassword.stderr).toContain('请不要在命令行里写密码');
      const badRole = await addUser(['--username', 'x', '--role', 'boss', '--name', 'X'], {
        DATA_DIR: dataDir,
        YIMEN_NEW_PASSWORD: 'long-enough-password',
      });
      expect(badRole.code).toBe(64);
      expect(badRole.stderr).toContain('没有“boss”这个角色');
      expect(badRole.stderr).toContain('operator');
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
