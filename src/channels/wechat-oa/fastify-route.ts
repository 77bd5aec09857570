import type { FastifyInstance } from 'fastify';
import type { WechatWebhook } from './webhook.js';
import { DEFAULT_MAX_XML_BYTES } from './xml-reader.js';

/** Options of registerWechatRoute. */
export interface WechatRouteOptions {
  /** Largest body read; a larger one gets 413 before the webhook sees it. */
  bodyLimit?: number;
}

/**
 * Serves the webhook at `path` (GET verification and POST messages on one URL, as WeChat requires).
 * The raw body is read as text whatever the content type (WeChat sends text/xml), in a scope of its
 * own so the app's JSON parsing elsewhere is untouched. The Fastify wrapper is all that is here: the
 * protocol lives in createWechatWebhook.
 */
export async function registerWechatRoute(
  app: FastifyInstance,
  webhook: WechatWebhook,
  path = '/wechat',
  options: WechatRouteOptions = {},
): Promise<void> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_MAX_XML_BYTES;
  // A plugin function (not async) so Fastify gives the parser and route a scope of their own.
  await app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit }, (_request, body, done) => {
      done(null, body);
    });
    scope.route({
      method: ['GET', 'POST'],
      url: path,
      bodyLimit,
      // WeChat's documentation marks its own query parameters; no schema, so the app's validator is not involved.
      handler: async (request, reply) => {
        const response = await webhook.handle({
          method: request.method,
          query: (request.query ?? {}) as Record<string, unknown>,
          body: typeof request.body === 'string' ? request.body : undefined,
        });
        return reply.code(response.status).type(response.contentType).send(response.body);
      },
    });
    done();
  });
}
