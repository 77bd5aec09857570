import { describe, expect, it } from 'vitest';
import { telegramConfigFrom, telegramStartupLine } from '../../../src/channels/telegram/channel-config.js';
import { ConfigError, loadConfig } from '../../../src/config.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const SECRET = 'b7f3c9e1a4d2f6e8b0c1d3e5f7a9b2c4';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    telegramConfigFrom(loadConfig(env));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Telegram channel configuration', () => {
  it('is off when no TELEGRAM_ variable is set (empty ones count as unset)', () => {
    const channel = telegramConfigFrom(loadConfig({ TELEGRAM_BOT_TOKEN: '', TELEGRAM_MODE: '' }));
    expect(channel).toEqual({ enabled: false });
    expect(telegramStartupLine(channel)).toBe('Telegram: off (set TELEGRAM_BOT_TOKEN to turn it on)');
  });

  it('is on with the token alone: long polling against api.telegram.org', () => {
    const channel = telegramConfigFrom(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN }));
    expect(channel).toEqual({
      enabled: true,
      settings: { token: TOKEN, mode: 'polling', apiRoot: 'https://api.telegram.org' },
    });
    expect(telegramStartupLine(channel)).toBe('Telegram: on (long polling)');
    expect(
      telegramStartupLine(
        telegramConfigFrom(
          loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }),
        ),
      ),
    ).toBe('Telegram: on (long polling, Bot API at http://127.0.0.1:8081)');
  });

  it('webhook mode: a path derived from the token unless given, the URL for setWebhook, the path hidden at start', () => {
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_PUBLIC_URL: 'https://yimen.example.gov.cn/',
    };
    const channel = telegramConfigFrom(loadConfig(env));
    if (!channel.enabled) throw new Error('expected on');
    const webhook = channel.settings.webhook!;
    expect(webhook.path).toMatch(/^\/telegram\/[0-9a-f]{32}$/);
    expect(webhook.path).not.toContain(TOKEN.split(':')[1]!.slice(0, 8));
    expect(webhook).toMatchObject({
      secret: SECRET,
      url: `https://yimen.example.gov.cn${webhook.path}`,
      derivedPath: true,
    });
    expect(telegramStartupLine(channel)).toBe('Telegram: on (webhook at /telegram/<secret path>)');
    const given = telegramConfigFrom(loadConfig({ ...env, TELEGRAM_WEBHOOK_PATH: '/hooks/telegram' }));
    expect(given).toMatchObject({
      settings: { webhook: { path: '/hooks/telegram', url: 'https://yimen.example.gov.cn/hooks/telegram' } },
    });
    expect(telegramStartupLine(given)).toBe('Telegram: on (webhook at /hooks/telegram)');
  });

  it('a partial setup names what is missing', () => {
    expect(configError({ TELEGRAM_MODE: 'webhook' })).toContain('set TELEGRAM_BOT_TOKEN');
    expect(configError({ TELEGRAM_API_ROOT: 'http://127.0.0.1:1' })).toContain('set TELEGRAM_BOT_TOKEN');
    const webhook = configError({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_MODE: 'webhook' });
    expect(webhook).toContain('TELEGRAM_WEBHOOK_SECRET and TELEGRAM_PUBLIC_URL');
    expect(configError({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET })).toContain(
      'TELEGRAM_MODE: set it to webhook to use TELEGRAM_WEBHOOK_SECRET',
    );
  });

  it('a malformed token or secret is named and never quoted', () => {
    const token = 'not-a-real-token-value';
    const tokenError = configError({ TELEGRAM_BOT_TOKEN: token });
    expect(tokenError).toContain('TELEGRAM_BOT_TOKEN');
    expect(tokenError).not.toContain(token);
    const secret = 'short secret!';
    const secretError = configError({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: secret,
      TELEGRAM_PUBLIC_URL: 'https://yimen.example.gov.cn',
    });
    expect(secretError).toContain('TELEGRAM_WEBHOOK_SECRET');
    expect(secretError).not.toContain(secret);
    expect(secretError).not.toContain(TOKEN);
  });

  it('a wrong mode, path or URL is refused by the schema with the variable named', () => {
    expect(() => loadConfig({ TELEGRAM_MODE: 'push' })).toThrow(/TELEGRAM_MODE: polling or webhook/);
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_PATH: 'telegram' })).toThrow(/TELEGRAM_WEBHOOK_PATH/);
    expect(() => loadConfig({ TELEGRAM_PUBLIC_URL: 'yimen.example' })).toThrow(/TELEGRAM_PUBLIC_URL/);
    expect(() => loadConfig({ TELEGRAM_API_ROOT: 'ftp://x' })).toThrow(/TELEGRAM_API_ROOT/);
  });
});
