import path from 'node:path';
import { ConfigError, type Config } from '../../config.js';

/** The puppet that needs a token: the gateway to a hosted puppet (padlocal, WorkPro, …) speaks gRPC with it. */
export const PUPPET_SERVICE = 'wechaty-puppet-service';

/** The Wechaty settings, once validated. */
export interface WechatySettings {
  /** The npm name of the puppet package, installed next to yimen. */
  puppet: string;
  /** The puppet service token, when the puppet needs one. */
  token?: string;
  /**
   * Where Wechaty keeps its memory card (`<file>.memory-card.json`, the puppet's login session for puppets
   * that keep one locally), so a restart needs no new QR scan; absent without WECHATY_NAME, and then
   * nothing is written to disk.
   */
  sessionFile?: string;
}

/** Whether the channel is on, and its settings when it is. */
export type WechatyChannelConfig = { enabled: false } | { enabled: true; settings: WechatySettings };

type WechatyVariables = Pick<
  Config,
  'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_NAME' | 'DATA_DIR'
>;

/**
 * Reads the Wechaty channel from the configuration: off when none of its variables is set, on when
 * WECHATY_PUPPET is. A partial setup throws a ConfigError naming the variable, never quoting the token.
 */
export function wechatyConfigFrom(config: WechatyVariables): WechatyChannelConfig {
  const { WECHATY_PUPPET: puppet, WECHATY_PUPPET_SERVICE_TOKEN: token, WECHATY_NAME: name } = config;
  if (!puppet) {
    if (!token && !name) return { enabled: false };
    throw new ConfigError(
      'The Wechaty channel is only partly configured: set WECHATY_PUPPET (the puppet package, e.g. ' +
        `${PUPPET_SERVICE}), or unset WECHATY_PUPPET_SERVICE_TOKEN and WECHATY_NAME to turn it off.`,
    );
  }
  if (puppet === PUPPET_SERVICE && !token) {
    throw new ConfigError(
      `WECHATY_PUPPET=${PUPPET_SERVICE} needs WECHATY_PUPPET_SERVICE_TOKEN: the token your puppet service ` +
        'provider issued for this WeChat account.',
    );
  }
  return {
    enabled: true,
    settings: {
      puppet,
      ...(token ? { token } : {}),
      ...(name ? { sessionFile: path.resolve(config.DATA_DIR, `wechaty-${name}`) } : {}),
    },
  };
}

/** The start-up line reporting the channel, e.g. 「Wechaty: on (puppet wechaty-puppet-service)」. */
export function wechatyStartupLine(channel: WechatyChannelConfig, started = true): string {
  if (!channel.enabled) return 'Wechaty: off (set WECHATY_PUPPET to a Wechaty puppet package to turn it on)';
  const { settings } = channel;
  if (!started) return `Wechaty: configured (puppet ${settings.puppet}) but not started, see the error above`;
  const session = settings.sessionFile
    ? `login kept in ${settings.sessionFile}.memory-card.json`
    : 'no local session file: set WECHATY_NAME to keep one';
  return `Wechaty: on (puppet ${settings.puppet}; ${session})`;
}
