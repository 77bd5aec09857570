import type { z } from 'zod';

/** One chat message sent to the LLM; engine code builds these, never LangChain message objects. */
export interface LlmMessage {
  role: 'system' | 'user';
  content: string;
}

/** Per-call limits: the call rejects with LlmUnavailableError once `timeoutMs` has passed or `signal` aborts. */
export interface LlmCallOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Name of the structured answer (the tool/function name sent to the model): letters, digits, _ and -. */
  name?: string;
}

/**
 * The optional LLM as the rest of yimen sees it: one structured call, typed errors, bounded time.
 * Engine code depends on this interface only, so no LangChain type leaks past src/llm.
 */
export interface Llm {
  /** The model name, for logs. */
  readonly model: string;
  /** Asks the model for an answer that fits `schema`; rejects with an LlmError (see errors.ts) otherwise. */
  structured<T extends object>(
    schema: z.ZodType<T>,
    messages: readonly LlmMessage[],
    options: LlmCallOptions,
  ): Promise<T>;
}

/** The logging calls src/llm makes; pino's logger satisfies it. Never pass message text, ID numbers or phones. */
export interface LlmLogger {
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}
