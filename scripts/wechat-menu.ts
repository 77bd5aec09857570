/**
 * Sets the WeChat Official Account's custom menu (申请救助 / 查询进度 / 更多: 政策咨询, 紧急求助, 转人工)
 * through the menu API: `npm run wechat:menu` (add `-- --dry-run` to print it without sending). Uses the
 * same WECHAT_APP_ID, WECHAT_APP_SECRET and WECHAT_API_BASE as the server; the server's IP must be on the
 * account's IP whitelist. WeChat clients pick up a new menu within about five minutes.
 */
import { parseArgs } from 'node:util';
import { WechatApiClient } from '../src/channels/wechat-oa/api-client.js';
import { WechatApiError, WechatNetworkError } from '../src/channels/wechat-oa/api-errors.js';
import { wechatConfigFrom } from '../src/channels/wechat-oa/channel-config.js';
import { YIMEN_MENU, menuProblems } from '../src/channels/wechat-oa/menu.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

// sysexits.h: a wrong command line, a service unavailable, a bad configuration.
const EX_USAGE = 64;
const EX_UNAVAILABLE = 69;
const EX_CONFIG = 78;

function fail(code: number, ...lines: string[]): never {
  process.stderr.write(lines.map((line) => `${line}\n`).join(''));
  process.exit(code);
}

async function main(): Promise<void> {
  let dryRun = false;
  try {
    dryRun = parseArgs({ options: { 'dry-run': { type: 'boolean' } } }).values['dry-run'] ?? false;
  } catch (error) {
    fail(EX_USAGE, (error as Error).message, 'Usage: npm run wechat:menu [-- --dry-run]');
  }
  const problems = menuProblems(YIMEN_MENU);
  if (problems.length > 0) fail(EX_CONFIG, 'The menu breaks WeChat limits:', ...problems);
  if (dryRun) {
    process.stdout.write(`${JSON.stringify(YIMEN_MENU, null, 2)}\n`);
    return;
  }

  let channel;
  try {
    channel = wechatConfigFrom(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) fail(EX_CONFIG, error.message);
    throw error;
  }
  if (!channel.enabled) {
    fail(
      EX_CONFIG,
      '未配置微信公众号：请设置 WECHAT_TOKEN、WECHAT_APP_ID 和 WECHAT_APP_SECRET。',
      'The WeChat Official Account is not configured: set WECHAT_TOKEN, WECHAT_APP_ID and WECHAT_APP_SECRET.',
    );
  }
  const { settings } = channel;
  const client = new WechatApiClient({
    appId: settings.appId,
    appSecret: settings.appSecret,
    baseUrl: settings.apiBase,
    logger: createLogger(process.env.LOG_LEVEL ?? 'warn'),
  });
  try {
    await client.createMenu(YIMEN_MENU);
  } catch (error) {
    if (error instanceof WechatApiError) {
      fail(
        EX_UNAVAILABLE,
        `微信拒绝了菜单（错误码 ${error.code}）：${error.hintZh}`,
        `WeChat refused the menu: ${error.hint}`,
      );
    }
    if (error instanceof WechatNetworkError) {
      fail(
        EX_UNAVAILABLE,
        `无法连接微信接口：${error.message}`,
        `Could not reach the WeChat API: ${error.message}`,
      );
    }
    throw error;
  }
  process.stdout.write(
    '公众号菜单已设置：申请救助 / 查询进度 / 更多（政策咨询、紧急求助、转人工）。约 5 分钟内在微信里生效。\n' +
      'The Official Account menu is set; WeChat clients show it within about five minutes.\n',
  );
}

await main();
