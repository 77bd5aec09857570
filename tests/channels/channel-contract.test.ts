import {
  restResident,
  telegramResident,
  webResident,
  wechatResident,
  wechatyResident,
} from './channel-drivers.js';
import { startFakeTelegramServer } from '../helpers/fake-telegram-server.js';
import { telegramEnv } from './telegram/telegram-harness.js';
import { startWechatyApp } from './wechaty/wechaty-harness.js';
import { channelContract } from './channel-contract.js';
import { startHandoffApp } from '../handoff/handoff-harness.js';
import { startFakeWechatServer } from '../helpers/fake-wechat-server.js';
import { TEST_APP_ID, TEST_TOKEN } from '../helpers/wechat-requests.js';

channelContract({
  name: 'web',
  async start() {
    const app = await startHandoffApp();
    return { app, resident: (id) => webResident(app, `web-${id}-resident`), close: () => app.close() };
  },
});

channelContract({
  name: 'rest',
  async start() {
    const app = await startHandoffApp();
    return { app, resident: (id) => restResident(app, `rest-${id}`), close: () => app.close() };
  },
});

channelContract({
  name: 'wechat',
  async start() {
    const fake = await startFakeWechatServer({ appId: TEST_APP_ID });
    const app = await startHandoffApp({
      WECHAT_TOKEN: TEST_TOKEN,
      WECHAT_APP_ID: TEST_APP_ID,
      WECHAT_APP_SECRET: fake.appSecret,
      WECHAT_API_BASE: fake.baseUrl,
      OUTBOX_INTERVAL_MS: '100',
    });
    return {
      app,
      resident: (id) => wechatResident(app, fake, `oContract_${id}`),
      async close() {
        await app.close();
        await fake.close();
      },
    };
  },
});

channelContract({
  name: 'telegram',
  async start() {
    const fake = await startFakeTelegramServer();
    const app = await startHandoffApp({ ...telegramEnv(fake), OUTBOX_INTERVAL_MS: '100' });
    let chat = 7_100_000;
    return {
      app,
      resident: () => telegramResident({ ...app, fake }, ++chat),
      async close() {
        await app.close();
        await fake.close();
      },
    };
  },
});

channelContract({
  name: 'wechaty',
  async start() {
    const t = await startWechatyApp();
    return { app: t, resident: (id) => wechatyResident(t, `居民${id}`), close: () => t.close() };
  },
});
