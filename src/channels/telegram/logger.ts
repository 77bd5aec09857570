/** The logging calls this channel makes; pino's logger satisfies it. Never given message text or phone numbers. */
export interface TelegramLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
