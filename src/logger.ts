import pino, { type Logger, type LoggerOptions } from 'pino';

/** Keys whose values are personal data or message text; pino replaces them before a line is written. */
export const REDACTED_PATHS = [
  'text',
  '*.text',
  'idNumber',
  '*.idNumber',
  'phone',
  '*.phone',
  'req.headers.authorization',
  'req.headers.cookie',
];

/** pino options shared by the server and tests: structured JSON, personal data redacted. */
export function loggerOptions(level: string): LoggerOptions {
  return { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { service: 'yimen' } };
}

/** Creates the process logger. */
export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
