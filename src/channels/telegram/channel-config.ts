import { createHash } from 'node:crypto';
import { ConfigError, type Config } from '../../config.js';

/** Telegram's Bot API, unless TELEGRAM_API_ROOT points elsewhere (a local Bot API server, or a test fake). */
export const DEFAULT_TELEGRAM_API_ROOT = 'https://api.telegram.org';

/** Where Telegram posts updates in webhook mode, and how it proves it is Telegram. */
export interface TelegramWebhookSettings {
  path: string;
  /** Sent back by Telegram in the X-Telegram-Bot-Api-Secret-Token header of every update. */
  secret: string;
  /** The URL given to setWebhook: TELEGRAM_PUBLIC_URL followed by the path. */
  url: string;
  /** True when the path was derived from the token, so the start-up line does not print it. */
  derivedPath: boolean;
}

/** The Telegram settings, once validated. */
export interface TelegramSettings {
  token: string;
  mode: 'polling' | 'webhook';
  apiRoot: string;
  webhook?: TelegramWebhookSettings;
}

/** Whether the channel is on, and its settings when it is. */
export type TelegramChannelConfig = { enabled: false } | { enabled: true; settings: TelegramSettings };

type TelegramVariables = Pick<
  Config,
  | 'TELEGRAM_BOT_TOKEN'
  | 'TELEGRAM_MODE'
  | 'TELEGRAM_WEBHOOK_PATH'
  | 'TELEGRAM_WEBHOOK_SECRET'
  | 'TELEGRAM_PUBLIC_URL'
  | 'TELEGRAM_API_ROOT'
>;

const ALL = [
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_MODE',
  'TELEGRAM_WEBHOOK_PATH',
  'TELEGRAM_WEBHOOK_SECRET',
  'TELEGRAM_PUBLIC_URL',
  'TELEGRAM_API_ROOT',
] as const satisfies readonly (keyof TelegramVariables)[];

const WEBHOOK_ONLY = ['TELEGRAM_WEBHOOK_PATH', 'TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_PUBLIC_URL'] as const;

/**
 * Reads the Telegram channel from the configuration: off when no TELEGRAM_ variable is set, on when the
 * bot token is. A partial or malformed setup throws a ConfigError naming the variable, never quoting the
 * token or the secret.
 */
export function telegramConfigFrom(config: TelegramVariables): TelegramChannelConfig {
  const set = (name: keyof TelegramVariables) => config[name] !== undefined && config[name] !== '';
  if (!ALL.some(set)) return { enabled: false };
  const token = config.TELEGRAM_BOT_TOKEN;
  if (token === undefined || token === '') {
    throw new ConfigError(
      'The Telegram channel is only partly configured: set TELEGRAM_BOT_TOKEN (from @BotFather, /newbot), ' +
        'or unset the other TELEGRAM_ variables to turn it off.',
    );
  }
  const problems: string[] = [];
  if (!/^\d{3,20}:[A-Za-z0-9_-]{30,100}$/.test(token)) {
    problems.push(
      'TELEGRAM_BOT_TOKEN: the token @BotFather gave, digits, a colon and about 35 letters or digits',
    );
  }
  const mode = config.TELEGRAM_MODE ?? 'polling';
  let webhook: TelegramWebhookSettings | undefined;
  if (mode === 'polling') {
    const stray = WEBHOOK_ONLY.filter(set);
    if (stray.length > 0) {
      problems.push(
        `TELEGRAM_MODE: set it to webhook to use ${stray.join(' and ')}, or unset ${stray.length > 1 ? 'them' : 'it'} for long polling`,
      );
    }
  } else {
    const missing = (['TELEGRAM_WEBHOOK_SECRET', 'TELEGRAM_PUBLIC_URL'] as const).filter(
      (name) => !set(name),
    );
    if (missing.length > 0) {
      problems.push(
        `${missing.join(' and ')}: needed with TELEGRAM_MODE=webhook (the public https:// address of this server, ` +
          'and a secret Telegram sends back with every update)',
      );
    }
    const secret = config.TELEGRAM_WEBHOOK_SECRET ?? '';
    if (set('TELEGRAM_WEBHOOK_SECRET') && !/^[A-Za-z0-9_-]{16,256}$/.test(secret)) {
      problems.push(
        'TELEGRAM_WEBHOOK_SECRET: 16–256 letters, digits, _ or - (e.g. the output of `openssl rand -hex 32`)',
      );
    }
    const path = config.TELEGRAM_WEBHOOK_PATH ?? derivedWebhookPath(token);
    webhook = {
      path,
      secret,
      url: `${(config.TELEGRAM_PUBLIC_URL ?? '').replace(/\/+$/, '')}${path}`,
      derivedPath: config.TELEGRAM_WEBHOOK_PATH === undefined,
    };
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration, fix these environment variables:\n  ${problems.join('\n  ')}`,
    );
  }
  return {
    enabled: true,
    settings: {
      token,
      mode,
      apiRoot: (config.TELEGRAM_API_ROOT ?? DEFAULT_TELEGRAM_API_ROOT).replace(/\/+$/, ''),
      ...(webhook ? { webhook } : {}),
    },
  };
}

/** A path nobody can guess without the token, so that stray requests never reach the secret check. */
function derivedWebhookPath(token: string): string {
  const digest = createHash('sha256').update(`yimen telegram webhook\u0000${token}`).digest('hex');
  return `/telegram/${digest.slice(0, 32)}`;
}

/** The start-up line reporting the channel, e.g. 「Telegram: on (webhook at /telegram/<secret path>)」. */
export function telegramStartupLine(channel: TelegramChannelConfig): string {
  if (!channel.enabled) return 'Telegram: off (set TELEGRAM_BOT_TOKEN to turn it on)';
  const { settings } = channel;
  const api = settings.apiRoot === DEFAULT_TELEGRAM_API_ROOT ? '' : `, Bot API at ${settings.apiRoot}`;
  if (settings.mode === 'polling') return `Telegram: on (long polling${api})`;
  const path = settings.webhook?.derivedPath ? '/telegram/<secret path>' : settings.webhook?.path;
  return `Telegram: on (webhook at ${path}${api})`;
}
