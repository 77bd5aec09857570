import { z } from 'zod';
import { projectPath } from './paths.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

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
  DATABASE_SCHEMA: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier')
      .optional(),
  ),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  INTENTS_DIR: z.string().min(1).default(projectPath('intents')),
  KNOWLEDGE_DIR: z.string().min(1).default(projectPath('knowledge')),
  LOCALITIES_DIR: z.string().min(1).default(projectPath('localities')),
  REPLIES_DIR: z.string().min(1).default(projectPath('replies')),
  WS_MAX_MESSAGE_CHARS: z.coerce.number().int().min(1).max(100_000).default(2000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
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
  if (parsed.success) return parsed.data;
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
