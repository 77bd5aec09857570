import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wechatyConfigFrom, wechatyStartupLine } from '../../../src/channels/wechaty/channel-config.js';
import { ConfigError, loadConfig } from '../../../src/config.js';

const TOKEN = 'puppet_workpro_0123456789abcdef';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    wechatyConfigFrom(loadConfig(env));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Wechaty channel configuration', () => {
  it('is off when no WECHATY_ variable is set', () => {
    const channel = wechatyConfigFrom(loadConfig({}));
    expect(channel).toEqual({ enabled: false });
    expect(wechatyStartupLine(channel)).toBe(
      'Wechaty: off (set WECHATY_PUPPET to a Wechaty puppet package to turn it on)',
    );
  });

  it('is on with a puppet, keeping no session file without a name', () => {
    const channel = wechatyConfigFrom(loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-wechat4u' }));
    expect(channel).toEqual({ enabled: true, settings: { puppet: 'wechaty-puppet-wechat4u' } });
    expect(wechatyStartupLine(channel)).toBe(
      'Wechaty: on (puppet wechaty-puppet-wechat4u; no local session file: set WECHATY_NAME to keep one)',
    );
  });

  it('takes the service token and keeps the session in DATA_DIR under WECHATY_NAME', () => {
    const channel = wechatyConfigFrom(
      loadConfig({
        WECHATY_PUPPET: 'wechaty-puppet-service',
        WECHATY_PUPPET_SERVICE_TOKEN: TOKEN,
        WECHATY_NAME: 'jiangyin-bot',
        DATA_DIR: '/var/lib/yimen',
      }),
    );
    expect(channel).toEqual({
      enabled: true,
      settings: {
        puppet: 'wechaty-puppet-service',
        token: TOKEN,
        sessionFile: path.resolve('/var/lib/yimen', 'wechaty-jiangyin-bot'),
      },
    });
    const line = wechatyStartupLine(channel);
    expect(line).toBe(
      'Wechaty: on (puppet wechaty-puppet-service; login kept in /var/lib/yimen/wechaty-jiangyin-bot.memory-card.json)',
    );
    expect(line).not.toContain(TOKEN);
    expect(wechatyStartupLine(channel, false)).toContain('not started');
  });

  it('names the missing variable of a partial setup, never quoting the token', () => {
    const partial = configError({ WECHATY_PUPPET_SERVICE_TOKEN: TOKEN });
    expect(partial).toContain('WECHATY_PUPPET');
    expect(partial).not.toContain(TOKEN);
    expect(configError({ WECHATY_NAME: 'bot' })).toContain('WECHATY_PUPPET');
    expect(configError({ WECHATY_PUPPET: 'wechaty-puppet-service' })).toContain(
      'WECHATY_PUPPET_SERVICE_TOKEN',
    );
  });

  it('refuses names that are not a package or a file name', () => {
    expect(() => loadConfig({ WECHATY_PUPPET: '../evil' })).toThrow(/WECHATY_PUPPET/);
    expect(() => loadConfig({ WECHATY_PUPPET: 'Wechaty Puppet' })).toThrow(/WECHATY_PUPPET/);
    expect(loadConfig({ WECHATY_PUPPET: '@juzi/wechaty-puppet-service' }).WECHATY_PUPPET).toBe(
      '@juzi/wechaty-puppet-service',
    );
    expect(() => loadConfig({ WECHATY_NAME: '../../etc/passwd' })).toThrow(/WECHATY_NAME/);
  });
});
