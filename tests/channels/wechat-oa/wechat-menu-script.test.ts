import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YIMEN_MENU } from '../../../src/channels/wechat-oa/menu.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { startFakeWechatServer, type FakeWechatServer } from '../../helpers/fake-wechat-server.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'wechat-menu.ts');

let wechat: FakeWechatServer;
beforeAll(async () => {
  wechat = await startFakeWechatServer();
});
afterAll(() => wechat.close());

function env(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    WECHAT_TOKEN: 'yimenToken1',
    WECHAT_APP_ID: wechat.appId,
    WECHAT_APP_SECRET: wechat.appSecret,
    WECHAT_API_BASE: wechat.baseUrl,
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}

describe('npm run wechat:menu', () => {
  it('sets the menu with CLICK keys equal to the button ids', async () => {
    const { stdout } = await run(TSX, [SCRIPT], { env: env(), cwd: PROJECT_ROOT });
    expect(stdout).toContain('公众号菜单已设置');
    expect(wechat.menus()).toEqual([YIMEN_MENU]);
    const keys = JSON.stringify(YIMEN_MENU).match(/"key":"[a-z_]+"/g);
    expect(keys).toEqual([
      '"key":"apply"',
      '"key":"check_status"',
      '"key":"policy_menu"',
      '"key":"urgent"',
      '"key":"request_human"',
    ]);
  });

  it('says what to fix when WeChat refuses, and when the channel is not configured', async () => {
    const refused = await run(TSX, [SCRIPT], {
      env: env({ WECHAT_APP_SECRET: 'f'.repeat(32) }),
      cwd: PROJECT_ROOT,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 69 });
    expect((refused as { stderr: string }).stderr).toContain('WECHAT_APP_SECRET');
    const off = await run(TSX, [SCRIPT], { env: { PATH: process.env.PATH }, cwd: PROJECT_ROOT }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(off).toMatchObject({ code: 78 });
    expect((off as { stderr: string }).stderr).toContain('WECHAT_TOKEN');
  });
});
