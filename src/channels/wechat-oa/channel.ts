import type { FastifyInstance } from 'fastify';
import { WechatApiClient } from './api-client.js';
import type { WechatSettings } from './channel-config.js';
import type { MessageDedupe } from './dedupe.js';
import {
  caseUpdateTemplateData,
  customerServiceSender,
  sendCaseUpdate,
  type CaseUpdateFields,
  type CaseUpdateTemplateKeys,
  type RetryPolicy,
} from './delivery.js';
import type { WechatInbound } from './inbound.js';
import type { WechatLogger } from './logger.js';
import { createMemoryOfferedOptions, type OfferedOptions } from './offered-options.js';
import { registerWechatRoute } from './fastify-route.js';
import { renderWechatTexts, type WechatReply } from './render-text.js';
import { createWechatWebhook, type WechatWebhook } from './webhook.js';

/** What the engine side gives the channel: the turn runner, and optionally shared stores. */
export interface WechatChannelDeps {
  /** Runs one turn for a resident's message and returns the replies (the engine seam). */
  handleInbound: (inbound: WechatInbound) => Promise<readonly WechatReply[]>;
  logger: WechatLogger;
  offeredOptions?: OfferedOptions;
  dedupe?: MessageDedupe;
  /** Template keys of the configured case-update template, when they differ from the defaults. */
  caseUpdateKeys?: CaseUpdateTemplateKeys;
  timeoutMs?: number;
  retry?: RetryPolicy;
  fetch?: typeof fetch;
  /**
   * Sends the texts a webhook answer could not carry (late, or beyond the first); default: straight to the
   * customer-service API. The wiring passes the durable outbox here so that they survive a restart.
   */
  deliverLater?: (openid: string, texts: readonly string[]) => Promise<void>;
}

/** The WeChat Official Account channel, assembled: webhook, API client and the two push paths. */
export interface WechatChannel {
  readonly webhook: WechatWebhook;
  readonly client: WechatApiClient;
  /** Serves the webhook on the configured path. */
  readonly register: (app: FastifyInstance) => Promise<void>;
  /**
   * Pushes replies outside a webhook answer (an operator's message, a late bot reply): rendered as
   * numbered-option text, the options recorded for the digit reply, sent through the customer-service
   * API. Rejects with WechatApiError / WechatNetworkError for the outbound router to retry or report.
   */
  readonly push: (openid: string, replies: readonly WechatReply[]) => Promise<void>;
  /**
   * Tells a resident about their case: a customer-service message inside the 48-hour window, else the
   * configured template. Rejects when neither is possible, for the console to show.
   */
  readonly pushCaseUpdate: (
    openid: string,
    update: CaseUpdateFields & { text: string },
  ) => Promise<'customer_service' | 'template'>;
}

/** Builds the channel from validated settings (wechatConfigFrom) and the engine seam. */
export function createWechatChannel(settings: WechatSettings, deps: WechatChannelDeps): WechatChannel {
  const client = new WechatApiClient({
    appId: settings.appId,
    appSecret: settings.appSecret,
    baseUrl: settings.apiBase,
    logger: deps.logger,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const offeredOptions = deps.offeredOptions ?? createMemoryOfferedOptions();
  const send = customerServiceSender(client, deps.retry);
  const webhook = createWechatWebhook({
    token: settings.token,
    appId: settings.appId,
    encodingAesKey: settings.encodingAesKey,
    handleInbound: deps.handleInbound,
    deliverLater: deps.deliverLater ?? send,
    offeredOptions,
    logger: deps.logger,
    ...(deps.dedupe ? { dedupe: deps.dedupe } : {}),
    ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
  });
  return {
    webhook,
    client,
    register: (app) => registerWechatRoute(app, webhook, settings.path),
    push: async (openid, replies) => {
      const rendered = renderWechatTexts(replies);
      await offeredOptions.set(openid, rendered.offered);
      await send(openid, rendered.texts);
    },
    pushCaseUpdate: (openid, update) => {
      const templateId = settings.caseUpdateTemplateId;
      return sendCaseUpdate(client, {
        openid,
        text: update.text,
        ...(templateId
          ? { template: { templateId, data: caseUpdateTemplateData(update, deps.caseUpdateKeys) } }
          : {}),
      });
    },
  };
}
