import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectPath } from './paths.js';
import { MAX_MESSAGE_CHARS } from './text/limits.js';
import { restApiKeyProblems } from './channels/rest/api-keys.js';

/** Reads .env (if there is one) into the environment; variables already set win, as with any .env loader. */
export function loadDotEnv(): void {
  const file = path.join(process.cwd(), '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'true or false' })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

/** Environment variables the service reads, with their defaults; see .env.example. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection URL')
      .optional(),
  ),
  // Worker processes on this machine sharing PORT (node:cluster), each an instance on DATABASE_URL; 1 = no cluster.
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DATABASE_SCHEMA: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier')
      .optional(),
  ),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  INTENTS_DIR: z.string().min(1).default(projectPath('intents')),
  // The risk taxonomy, signals, replies and the safety net's examples (risk/README.md).
  RISK_DIR: z.string().min(1).default(projectPath('risk')),
  // Where the risk detector's trained net and the intent classifier are kept between starts (each rebuilt
  // whenever its data or its code changes).
  RISK_CACHE_DIR: z
    .string()
    .min(1)
    .default(projectPath('node_modules', '.cache', 'yimen-risk')),
  KNOWLEDGE_DIR: z.string().min(1).default(projectPath('knowledge')),
  LOCALITIES_DIR: z.string().min(1).default(projectPath('localities')),
  REPLIES_DIR: z.string().min(1).default(projectPath('replies')),
  FORMS_DIR: z.string().min(1).default(projectPath('forms')),
  LOCALITY: optionalString.pipe(
    z
      .string()
      .regex(/^[1-9][0-9]{5}$/, 'a 6-digit locality code from localities/, e.g. 320281')
      .optional(),
  ),
  // No more than the text functions read (MAX_MESSAGE_CHARS): a longer message would be half understood.
  WS_MAX_MESSAGE_CHARS: z.coerce.number().int().min(1).max(MAX_MESSAGE_CHARS).default(MAX_MESSAGE_CHARS),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  // An event loop later than this is blocked: /healthz answers 503 degraded until it recovers (src/runtime/).
  EVENT_LOOP_LAG_LIMIT_MS: z.coerce.number().int().min(20).max(60_000).default(1000),
  // Before the first resident, a few scripted conversations are decided (never stored) so that the first replies
  // after a start are not slow (src/engine/warm-up.ts); the most wall time it may take, 0 for none.
  WARM_UP_MS: z.coerce.number().int().min(0).max(60_000).default(3000),
  // Staff accounts (src/auth/): the first admin is created from these only while no account exists.
  ADMIN_USERNAME: z.string().trim().min(1).default('admin'),
  // Taken exactly as written (empty means unset) and checked by the auth service, not here: a config
  // error message quotes the value it rejects, and a password must never reach a terminal or a log.
  ADMIN_PASSWORD: z
    .string()
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
  AUTH_TOKEN_TTL_HOURS: z.coerce.number().positive().max(720).default(12),
  // Green-channel service levels (src/handoff/sla-monitor.ts).
  SLA_CRITICAL_UNCLAIMED_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  SLA_CLAIMED_SILENT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  SLA_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  // A resident whose critical request is still unclaimed is told again this often, at most this many times.
  SLA_RESIDENT_REMIND_SECONDS: z.coerce.number().int().min(30).max(86_400).default(300),
  SLA_RESIDENT_REMIND_MAX: z.coerce.number().int().min(1).max(100).default(6),
  // A handed-back conversation reminds the consoles of its follow-up after this long.
  FOLLOW_UP_REMINDER_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .default(86_400),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  // Oversight (src/oversight/): how often the deadline watch looks, and the optional public figures page.
  DEADLINE_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  PUBLICITY_ENABLED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  // A published count below this shows as 「<N」 so that nobody can be recognised from a small number.
  PUBLICITY_MIN_COUNT: z.coerce.number().int().min(1).max(100).default(5),
  // The optional LLM (src/llm/): enabled only when base URL, key and model are all set.
  OPENAI_BASE_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional(),
  ),
  OPENAI_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  // The most the LLM may add to one turn (all its calls together), so the offline answer comes within 2 s.
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(1200),
  // WeChat Official Account (src/channels/wechat-oa/): on when WECHAT_TOKEN, WECHAT_APP_ID and WECHAT_APP_SECRET are
  // all set. The token, secret and AES key are checked by wechatConfigFrom, whose messages never quote them.
  WECHAT_TOKEN: optionalString,
  WECHAT_APP_ID: optionalString.pipe(
    z
      .string()
      .regex(/^wx[0-9A-Za-z]{16}$/, 'an AppID: "wx" and 16 letters or digits, from 设置与开发 → 基本配置')
      .optional(),
  ),
  WECHAT_APP_SECRET: optionalString,
  WECHAT_ENCODING_AES_KEY: optionalString,
  WECHAT_API_BASE: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional(),
  ),
  WECHAT_TEMPLATE_ID_CASE_UPDATE: optionalString,
  WECHAT_PATH: z
    .string()
    .trim()
    .regex(/^\/[A-Za-z0-9/_-]*$/, 'a URL path such as /wechat')
    .default('/wechat'),
  // Telegram (src/channels/telegram/): on when TELEGRAM_BOT_TOKEN is set. The token and webhook secret are checked
  // by telegramConfigFrom, whose messages never quote them; the others have no defaults here so that a setting
  // made without the token can be told apart from no setting at all.
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_MODE: optionalString.pipe(
    z.enum(['polling', 'webhook'], { error: 'polling or webhook' }).optional(),
  ),
  TELEGRAM_WEBHOOK_PATH: optionalString.pipe(
    z
      .string()
      .regex(/^\/[A-Za-z0-9/_-]*$/, 'a URL path such as /telegram/hook')
      .optional(),
  ),
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_PUBLIC_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'an https:// URL, e.g. https://yimen.example.gov.cn' }).optional(),
  ),
  TELEGRAM_API_ROOT: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional(),
  ),
  // Wechaty (src/channels/wechaty/): a personal or WeCom account through the puppet the deployer installs; on when
  // WECHATY_PUPPET is set. The token is never quoted in an error message.
  WECHATY_PUPPET: optionalString.pipe(
    z
      .string()
      .regex(
        /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/,
        'the npm name of an installed Wechaty puppet, e.g. wechaty-puppet-service',
      )
      .optional(),
  ),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString,
  // Rate limits (src/net/rate-limits.ts), per window of RATE_LIMIT_WINDOW_MS, in each instance's memory or in Redis.
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  // Every route, per client IP: page assets, webhooks, the console's API.
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  // Resident messages (REST and the chat socket): per resident, and per IP (a community centre shares one).
  RATE_LIMIT_MESSAGES_PER_USER: z.coerce.number().int().min(1).max(1_000_000).default(30),
  RATE_LIMIT_MESSAGES_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(300),
  // New conversations (chat hellos, REST userIds not seen lately) per IP.
  RATE_LIMIT_CONVERSATIONS_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(20),
  // A Redis (redis://host:6379/0) that every instance counts the limits in; unset, each instance counts alone.
  RATE_LIMIT_REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'a Redis URL, e.g. redis://127.0.0.1:6379/0')
      .optional(),
  ),
  // Requests from this machine itself, not through a proxy on it, are not limited (local tools, tests, benchmarks).
  RATE_LIMIT_EXEMPT_LOOPBACK: flag.default(true),
  // Behind a reverse proxy: its addresses, so client IPs come from X-Forwarded-For (Fastify trustProxy).
  TRUST_PROXY: optionalString.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F.:/, ]+$/, "the proxies' addresses, e.g. 127.0.0.1 or 10.0.0.0/8,127.0.0.1")
      .optional(),
  ),
  // The REST channel's integrations, `name=key,name=key` (src/channels/rest/api-keys.ts): checked after parsing,
  // by a function whose messages never quote a key. Unset: only clients on this machine may use it.
  REST_API_KEYS: z
    .string()
    .transform((value) => (value.trim() === '' ? undefined : value))
    .optional(),
  // Data protection (src/store/crypto/): DATA_KEY seals personal data (base64 of 32 bytes); unset, a first run
  // generates one into DATA_DIR/data-key. DATA_KEYS lists older keys (comma-separated) kept for reading after a
  // rotation. Both are checked by resolveDataKeys, whose messages never quote a key.
  DATA_KEY: optionalString,
  DATA_KEYS: optionalString,
  // Personal data of a closed case is anonymised this many days after it closed (src/store/retention.ts).
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(1095),
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(3_600_000),
  WECHATY_NAME: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'up to 64 letters, digits, "-" or "_" (it names a file in DATA_DIR)')
      .optional(),
  ),
});

/** Parsed, typed configuration. */
export type Config = z.infer<typeof configSchema>;

/** Raised when the environment holds a value the service cannot start with. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once at boot; a bad value names the variable and what is expected. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) {
    const keyProblems = restApiKeyProblems(parsed.data.REST_API_KEYS).map((p) => `REST_API_KEYS: ${p}`);
    if (keyProblems.length > 0) return failConfig(keyProblems);
    if (parsed.data.WORKERS > 1 && !parsed.data.DATABASE_URL)
      return failConfig([
        'WORKERS: more than one worker needs DATABASE_URL (the embedded database serves one process)',
      ]);
    return parsed.data;
  }
  const lines = parsed.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const got = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    return `${variable}: ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`;
  });
  return failConfig(lines);
}

function failConfig(lines: string[]): never {
  throw new ConfigError(`Invalid configuration, fix these environment variables:\n  ${lines.join('\n  ')}`);
}
