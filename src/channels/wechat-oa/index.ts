// The WeChat Official Account channel: what the wiring (src/app.ts, the outbound router) uses.
export { createWechatChannel, type WechatChannel, type WechatChannelDeps } from './channel.js';
export {
  wechatConfigFrom,
  wechatStartupLine,
  type WechatChannelConfig,
  type WechatSettings,
} from './channel-config.js';
export { createWechatWebhook, type WechatWebhook, type WechatWebhookOptions } from './webhook.js';
export { registerWechatRoute } from './fastify-route.js';
export { WechatApiClient, type TemplateMessage } from './api-client.js';
export { WechatApiError, WechatNetworkError } from './api-errors.js';
export {
  customerServiceSender,
  sendCaseUpdate,
  caseUpdateTemplateData,
  type CaseUpdateFields,
} from './delivery.js';
export { createMessageDedupe, type MessageDedupe } from './dedupe.js';
export { createMemoryOfferedOptions, type OfferedOptions } from './offered-options.js';
export { toWechatInbound, type WechatInbound } from './inbound.js';
export { renderWechatTexts, type WechatReply } from './render-text.js';
export type { Button } from './button.js';
export { YIMEN_MENU } from './menu.js';
