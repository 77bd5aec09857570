import type { FastifyInstance } from 'fastify';
import type { TelegramLogger } from './logger.js';
import { UpdateDeferred } from './update-deferred.js';
import { SECRET_TOKEN_HEADER, secretTokenMatches } from './secret-token.js';

/** Largest update body read. A text message is at most 4,096 characters, quoted twice at most (a reply). */
export const WEBHOOK_BODY_LIMIT = 256 * 1024;

/** Options of registerTelegramWebhookRoute. */
export interface TelegramWebhookRouteOptions {
  path: string;
  secret: string;
  handle: (update: unknown) => Promise<void>;
  logger: TelegramLogger;
  bodyLimit?: number;
}

/**
 * Serves Telegram's webhook at `path`: a POST whose secret-token header matches is run as an update and
 * answered 200 once its turn is committed (the replies go out through the outbox, not in this answer).
 * A wrong or missing secret gets 401; a shutdown in progress 503 and a failure 500, so that Telegram sends
 * the update again later, when the engine answers it once.
 */
export async function registerTelegramWebhookRoute(
  app: FastifyInstance,
  options: TelegramWebhookRouteOptions,
): Promise<void> {
  const { logger } = options;
  const bodyLimit = options.bodyLimit ?? WEBHOOK_BODY_LIMIT;
  // A plugin function (not async) so Fastify gives the route a scope of its own.
  await app.register((scope, _options, done) => {
    scope.post(options.path, { bodyLimit }, async (request, reply) => {
      if (!secretTokenMatches(request.headers[SECRET_TOKEN_HEADER], options.secret)) {
        logger.warn({ ip: request.ip }, 'Telegram webhook: wrong or missing secret token, refused');
        return reply.code(401).send({ error: { code: 'unauthorized', message: '未授权。' } });
      }
      try {
        await options.handle(request.body);
        return reply.code(200).send({ ok: true });
      } catch (error) {
        if (error instanceof UpdateDeferred) return reply.code(503).send({ ok: false });
        logger.error(
          { err: error instanceof Error ? { name: error.name, message: error.message } : {} },
          'Telegram webhook: an update could not be handled; Telegram will send it again',
        );
        return reply.code(500).send({ ok: false });
      }
    });
    done();
  });
}
