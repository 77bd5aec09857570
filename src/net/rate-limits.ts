import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { isLocalRequest } from './loopback.js';

/** A request seen as coming from one resident (`channel:userId`), for the per-resident counts. */
type SubjectRequest = FastifyRequest & { rateSubject?: string };

// A view of the request with the resident on it: one socket's request is shared by all its frames, so
// the resident is never written onto the request itself.
const asSubject = (request: FastifyRequest, subject: string): SubjectRequest =>
  Object.create(request, { rateSubject: { value: subject } }) as SubjectRequest;

/** The 429 a resident reads: kind, says when to try again, and where to turn if it cannot wait. */
export function tooManyRequests(afterSeconds?: number): AppError {
  const wait = afterSeconds && afterSeconds > 0 ? `请${Math.ceil(afterSeconds)}秒后再试` : '请稍等一会儿再试';
  return new AppError(
    'rate_limited',
    `您发送得太频繁了，${wait}。如果情况紧急，请直接拨打110或120，我们的工作人员也会尽快处理。`,
  );
}

/** The limits on what residents send, counted per address, per resident and per IP. */
export interface ResidentRateLimits {
  /** Counts one message of `subject` (`channel:userId`), per resident and per IP; throws a 429 AppError over either. */
  message(request: FastifyRequest, subject: string): Promise<void>;
  /**
   * Counts a conversation opened from the request's IP for `subject`, unless that resident was seen from
   * this IP within the window (a reload, the next message); throws a 429 AppError over the limit.
   */
  opening(request: FastifyRequest, subject: string): Promise<void>;
  /** The per-IP limit for routes that open conversations (the chat socket's upgrade). */
  readonly openingRoute: { max: number; timeWindow: number };
  /** The per-IP limit for routes that carry resident messages (REST messages). */
  readonly messageRoute: { max: number; timeWindow: number };
}

const RECENT_PAIRS_MAX = 50_000;

type Check = ReturnType<FastifyInstance['createRateLimit']>;

async function enforce(check: Check, request: FastifyRequest): Promise<void> {
  const result = await check(request);
  if (!result.isAllowed && result.isExceeded) throw tooManyRequests(result.ttlInSeconds);
}

/**
 * Registers @fastify/rate-limit with a per-IP limit on every route registered after it, and returns the
 * resident limits the channels call. Requests from this machine (not through a proxy on it) are exempt
 * when RATE_LIMIT_EXEMPT_LOOPBACK is on, so local tools, tests and the load benchmark are not throttled.
 */
export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<ResidentRateLimits> {
  const timeWindow = config.RATE_LIMIT_WINDOW_MS;
  const exempt = (request: FastifyRequest): boolean =>
    config.RATE_LIMIT_EXEMPT_LOOPBACK && isLocalRequest(request);
  // With RATE_LIMIT_REDIS_URL every instance counts in one Redis; without it each counts in its own memory,
  // so behind N instances a client gets up to N times each limit (both documented in the README).
  const redis = config.RATE_LIMIT_REDIS_URL
    ? // Loaded only when configured, so instances that count in memory do not carry the Redis client.
      await (
        await import('./shared-rate-store.js')
      ).connectSharedRateStore(config.RATE_LIMIT_REDIS_URL, app.log)
    : undefined;
  if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.RATE_LIMIT_PER_IP,
    timeWindow,
    allowList: exempt,
    ...(redis ? { redis, nameSpace: 'yimen-rate-', skipOnError: true } : { cache: 50_000 }),
    errorResponseBuilder: (_request, context) => tooManyRequests(context.ttl / 1000),
  });
  const perUser = app.createRateLimit({
    max: config.RATE_LIMIT_MESSAGES_PER_USER,
    timeWindow,
    allowList: exempt,
    keyGenerator: (request: SubjectRequest) => `user:${request.rateSubject ?? request.ip}`,
  });
  const perIp = app.createRateLimit({
    max: config.RATE_LIMIT_MESSAGES_PER_IP,
    timeWindow,
    allowList: exempt,
    keyGenerator: (request) => `messages:${request.ip}`,
  });
  const openings = app.createRateLimit({
    max: config.RATE_LIMIT_CONVERSATIONS_PER_IP,
    timeWindow,
    allowList: exempt,
    keyGenerator: (request) => `openings:${request.ip}`,
  });
  // Residents seen lately per IP, so only a new one counts as an opening; bounded, oldest dropped first.
  const recent = new Map<string, number>();
  const remember = (pair: string, at: number): void => {
    recent.delete(pair);
    recent.set(pair, at);
    if (recent.size > RECENT_PAIRS_MAX) recent.delete(recent.keys().next().value!);
  };
  return {
    async message(request, subject) {
      await enforce(perUser, asSubject(request, subject));
      await enforce(perIp, request);
    },
    async opening(request, subject) {
      const pair = `${request.ip} ${subject}`;
      const now = Date.now();
      const last = recent.get(pair);
      if (last !== undefined && now - last < timeWindow) return;
      await enforce(openings, request);
      remember(pair, now);
    },
    openingRoute: { max: config.RATE_LIMIT_CONVERSATIONS_PER_IP, timeWindow },
    messageRoute: { max: config.RATE_LIMIT_MESSAGES_PER_IP, timeWindow },
  };
}
