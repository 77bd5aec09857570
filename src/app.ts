import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { registerRestMessagesRoute } from './channels/rest/messages-route.js';
import { restAccessFrom, restAccessStartupLine } from './channels/rest/api-keys.js';
import { registerConsoleSocket } from './routes/console-socket.js';
import { registerChatSocket } from './channels/web/chat-socket.js';
import type { Config } from './config.js';
import { telegramConfigFrom, telegramStartupLine } from './channels/telegram/channel-config.js';
import { wechatConfigFrom, wechatStartupLine } from './channels/wechat-oa/channel-config.js';
import { wechatyConfigFrom, wechatyStartupLine } from './channels/wechaty/channel-config.js';
import { AppError, toErrorBody } from './errors.js';
import { registerRateLimits } from './net/rate-limits.js';
import { registerSecurityHeaders } from './net/security-headers.js';
import { loggerOptions } from './logger.js';
import { projectPath } from './paths.js';
import { registerAuthRoutes, BEARER_SECURITY } from './routes/auth-routes.js';
import { registerCaseRoutes } from './routes/case-routes.js';
import { registerAuditRoutes } from './routes/audit-routes.js';
import { registerRevealRoutes } from './routes/reveal-routes.js';
import { registerVolunteerRoutes } from './routes/volunteer-routes.js';
import { registerConsolePage } from './routes/console-page.js';
import { registerOversightFeature } from './routes/oversight-feature.js';
import { registerHandoffRoutes } from './routes/handoff-routes.js';
import { registerConsoleToolRoutes } from './routes/console-tool-routes.js';
import { registerHealthRoute } from './routes/health.js';
import { registerPasswordRoute } from './routes/password-routes.js';
import { registerMetaRoutes } from './routes/meta-routes.js';
import { registerUnderstandingRoutes } from './routes/understanding-routes.js';
import { startEventLoopWatchdog, type EventLoopWatchdog } from './runtime/event-loop-watchdog.js';
import { createServices, type ServiceOverrides, type Services } from './services.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** Options of the yimen plugin. */
export interface AppOptions extends ServiceOverrides {
  config: Config;
  /** A Wechaty puppet instance to use instead of loading WECHATY_PUPPET by name (tests: PuppetMock). */
  wechatyPuppet?: object;
}

// Socket frames are capped by ws far above our own limit, so an oversized chat message gets an error frame, not a
// closed socket: up to this size (a 10 MB paste included) the frame is read and refused; beyond it ws closes with 1009.
const WS_PROTOCOL_MAX_BYTES = 16 * 1024 * 1024;
// The largest HTTP body: a resident message is at most a few KB; a larger body gets a 413 in Chinese.
const BODY_LIMIT_BYTES = 64 * 1024;

async function yimen(fastify: FastifyInstance, options: AppOptions): Promise<void> {
  const { config } = options;
  let closing = false;
  const services = await createServices(config, fastify.log, options);
  fastify.decorate('services', services);
  fastify.addHook('preClose', () => {
    closing = true;
  });
  fastify.addHook('onClose', async () => {
    await services.close();
  });

  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  fastify.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({ path: v.instancePath, message: v.message }));
      return reply
        .code(400)
        .send({ error: { code: 'bad_request', message: '请求内容不符合要求。', details: issues } });
    }
    if (error instanceof AppError) return reply.code(error.status).send(toErrorBody(error));
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send({
        error: {
          code: 'payload_too_large',
          message: `发送的内容太大了（每次不超过${Math.floor(BODY_LIMIT_BYTES / 1024)} KB）。文字消息请分几次发送。`,
        },
      });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: { code: 'bad_request', message: '请求内容不符合要求。' } });
    }
    request.log.error(
      { err: { name: (error as Error).name, message: (error as Error).message } },
      'request failed',
    );
    return reply.code(500).send(toErrorBody(error));
  });
  fastify.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: { code: 'not_found', message: '没有这个地址。' } }),
  );

  // Before any route: the per-IP limit applies to every route registered after it.
  const limits = await registerRateLimits(fastify, config);
  await registerSecurityHeaders(fastify);

  await fastify.register(fastifySwagger, {
    openapi: {
      info: { title: 'yimen API', description: 'Social-assistance one-window intake bot', version: '0.1.0' },
      tags: [
        { name: 'messages', description: 'Resident conversations over REST' },
        { name: 'auth', description: 'Staff login; staff routes need `Authorization: Bearer <token>`' },
        { name: 'understanding', description: 'Offline NLU and policy search' },
        { name: 'cases', description: 'The case ledger (staff only)' },
        {
          name: 'oversight',
          description: 'Deadlines, figures, reports and the recipients ledger (staff only)',
        },
        {
          name: 'handoffs',
          description: 'The green-channel queue and operator console (operators and admins)',
        },
      ],
      components: { securitySchemes: { [BEARER_SECURITY]: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await fastify.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await fastify.register(fastifyWebsocket, { options: { maxPayload: WS_PROTOCOL_MAX_BYTES } });
  await fastify.register(fastifyStatic, {
    root: projectPath('src', 'web', 'static'),
    prefix: '/',
    index: 'index.html',
  });

  // Started once the app is ready: loading content and compiling routes block the loop by design, turns must not.
  let watchdog: EventLoopWatchdog | undefined;
  fastify.addHook('onReady', () => {
    watchdog = startEventLoopWatchdog({ thresholdMs: config.EVENT_LOOP_LAG_LIMIT_MS, logger: fastify.log });
  });
  fastify.addHook('onClose', () => watchdog?.stop());
  registerHealthRoute(fastify, services, () => closing, { degraded: () => watchdog?.degraded() ?? false });
  const restAccess = restAccessFrom(config.REST_API_KEYS);
  fastify.log.info(restAccessStartupLine(restAccess));
  registerRestMessagesRoute(fastify, services.channelKit, restAccess, limits);
  registerUnderstandingRoutes(fastify, services, restAccess);
  registerCaseRoutes(fastify, services, services.notifyResident);
  registerVolunteerRoutes(fastify, services);
  registerAuthRoutes(fastify, services.auth);
  registerPasswordRoute(fastify, services.staff, config.DATA_DIR);
  registerHandoffRoutes(fastify, services);
  registerRevealRoutes(fastify, services);
  registerAuditRoutes(fastify, services);
  registerConsoleToolRoutes(fastify, services);
  registerMetaRoutes(fastify, services);
  registerConsoleSocket(fastify, services);
  registerConsolePage(fastify);
  registerOversightFeature(fastify, services, config);
  // The SLA timer runs on the injected clock; services.close() stops it before the database closes.
  services.sla.start(config.SLA_CHECK_INTERVAL_MS);
  services.router.start(config.OUTBOX_INTERVAL_MS);
  services.retention.start(config.RETENTION_INTERVAL_MS);
  await startConfiguredChannels(fastify, services, options);
  registerChatSocket(fastify, services.channelKit, {
    maxMessageChars: config.WS_MAX_MESSAGE_CHARS,
    // JSON writes a control character or a lone surrogate as \uXXXX: six bytes for one character at worst.
    maxFrameBytes: config.WS_MAX_MESSAGE_CHARS * 6 + 1024,
    historyLimit: 200,
    limits,
  });
}

/**
 * The channels that run only when configured. Each SDK is imported only when its channel is on, so a
 * start with no channel configured never loads them; each says at start whether it is on and where.
 */
async function startConfiguredChannels(
  fastify: FastifyInstance,
  services: Services,
  options: AppOptions,
): Promise<void> {
  const { config } = options;
  const wechat = wechatConfigFrom(config);
  const wechaty = wechatyConfigFrom(config);
  if (wechat.enabled) {
    const { startWechatChannel } = await import('./channels/wechat-oa/engine-seam.js');
    const channel = await startWechatChannel(fastify, services.channelKit, wechat.settings, fastify.log);
    fastify.addHook('onClose', () => channel.webhook.drain());
  }
  fastify.log.info(wechatStartupLine(wechat));
  const telegram = telegramConfigFrom(config);
  if (telegram.enabled) {
    const { startTelegramChannel } = await import('./channels/telegram/engine-seam.js');
    const channel = await startTelegramChannel(fastify, services.channelKit, telegram.settings, fastify.log);
    // Before the engine drains and the database closes (onClose): stop taking updates, finish the one in flight.
    fastify.addHook('preClose', () => channel.stop());
  }
  fastify.log.info(telegramStartupLine(telegram));
  let wechatyStarted = false;
  if (wechaty.enabled) {
    // Wechaty and its puppets are a large tree (gRPC, a native LevelDB): loaded only when configured.
    const { startWechatyChannel } = await import('./channels/wechaty/start.js');
    const channel = await startWechatyChannel(services.channelKit, wechaty.settings, fastify.log, {
      ...(options.wechatyPuppet ? { puppet: options.wechatyPuppet } : {}),
    });
    wechatyStarted = channel.started;
    // preClose runs before the onClose hook that closes the services: no new message reaches an engine
    // that is draining, and the turns in flight commit before the database closes.
    fastify.addHook('preClose', () => channel.stop());
  }
  fastify.log.info(wechatyStartupLine(wechaty, wechatyStarted));
}

/** The yimen service as a Fastify plugin: services, channels and routes (not encapsulated, so `services` is visible to the host). */
export const app = fastifyPlugin(yimen, { name: 'yimen', fastify: '5.x' });

/** Fastify's trustProxy from TRUST_PROXY (the proxies' addresses); unset trusts no proxy. */
function trustProxyOf(value: string | undefined): { trustProxy?: string } {
  return value === undefined ? {} : { trustProxy: value.replaceAll(' ', '') };
}

/** Builds a ready Fastify instance with the yimen plugin; used by server.ts and tests. */
export async function buildApp(
  options: AppOptions,
  fastifyOptions: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: loggerOptions(options.config.LOG_LEVEL),
    bodyLimit: BODY_LIMIT_BYTES,
    // Loading content and opening the database can take a while on a busy 2-core machine.
    pluginTimeout: 120_000,
    ...trustProxyOf(options.config.TRUST_PROXY),
    ...fastifyOptions,
  });
  await fastify.register(app, options);
  await fastify.ready();
  return fastify;
}
