import { log } from 'wechaty';
import { describe, expect, it, vi } from 'vitest';
import type { ChannelKit } from '../../../src/channels/channel-kit.js';
import { startWechatyChannel } from '../../../src/channels/wechaty/start.js';
import { ConfigError } from '../../../src/config.js';
import { silentLogger } from '../../../src/engine/logger.js';

describe('starting the Wechaty channel', () => {
  it('names WECHATY_PUPPET and the install command when the puppet package is not installed', async () => {
    // Wechaty prints its own advice on a failed puppet import; the ConfigError below says it for us.
    log.level('silent');
    const register = vi.fn();
    const kit = {
      router: { register, deliver: vi.fn() },
      engine: { handle: vi.fn() },
    } as unknown as ChannelKit;
    const error = await startWechatyChannel(
      kit,
      { puppet: 'wechaty-puppet-not-installed' },
      silentLogger,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'WECHATY_PUPPET=wechaty-puppet-not-installed: that puppet package is not installed; run ' +
        '`npm install wechaty-puppet-not-installed` in the yimen folder, or correct the name.',
    );
  }, 60_000);
});
