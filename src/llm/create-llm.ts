import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import { ChatOpenAICompletions } from '@langchain/openai';
import { APIError } from 'openai';
import type { z } from 'zod';
import type { Config } from '../config.js';
import { withDeadline } from './deadline.js';
import { LlmApiError, LlmOutputError, LlmUnavailableError } from './errors.js';
import type { Llm, LlmCallOptions, LlmLogger, LlmMessage } from './types.js';

/** The settings createLlm reads; a subset of Config so tests can pass just these. */
export type LlmConfig = Pick<Config, 'OPENAI_BASE_URL' | 'OPENAI_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>;

/**
 * How the structured answer is requested. `functionCalling` (a forced tool call) is the default because
 * every OpenAI-compatible server we target speaks it (OpenAI, DeepSeek, Qwen/DashScope, vLLM);
 * `jsonSchema` needs `response_format: json_schema`, which several of them do not support.
 */
export type StructuredMethod = 'functionCalling' | 'jsonSchema';

/** Options of createLlm beyond the environment. */
export interface CreateLlmOptions {
  method?: StructuredMethod;
  /** Told once at creation when LangChain tracing is switched on in the environment. */
  logger?: LlmLogger;
  env?: NodeJS.ProcessEnv;
}

// LangChain reads these on every call and would send (or print) the residents' messages elsewhere.
const TRACING_VARIABLES = [
  'LANGSMITH_TRACING',
  'LANGSMITH_TRACING_V2',
  'LANGCHAIN_TRACING',
  'LANGCHAIN_TRACING_V2',
  'LANGCHAIN_VERBOSE',
];

/** Builds the optional LLM client, or undefined when OPENAI_BASE_URL, OPENAI_API_KEY or LLM_MODEL is missing. */
export function createLlm(config: LlmConfig, options: CreateLlmOptions = {}): Llm | undefined {
  const { OPENAI_BASE_URL: baseURL, OPENAI_API_KEY: apiKey, LLM_MODEL: model } = config;
  if (!baseURL || !apiKey || !model) return undefined;

  const env = options.env ?? process.env;
  const tracing = TRACING_VARIABLES.filter((name) => env[name] === 'true');
  if (tracing.length > 0) {
    options.logger?.warn(
      { variables: tracing },
      'LangChain tracing is on, so LLM prompts (residents’ messages) leave this server: unset these variables',
    );
  }

  // ChatOpenAICompletions rather than ChatOpenAI: ChatOpenAI switches some model names (codex, *-pro) to the
  // Responses API, which OpenAI-compatible servers do not speak; this class always uses /chat/completions.
  const chat = new ChatOpenAICompletions({
    model,
    apiKey,
    configuration: { baseURL },
    // No retries: a retry would blow the time budget, and the offline answer is the fallback.
    maxRetries: 0,
    timeout: config.LLM_TIMEOUT_MS,
    temperature: 0,
  });
  const method = options.method ?? 'functionCalling';
  const runnables = new WeakMap<object, Map<string, Runnable<BaseMessage[], unknown>>>();

  const runnableFor = (schema: z.ZodType, name: string): Runnable<BaseMessage[], unknown> => {
    let byName = runnables.get(schema);
    if (!byName) runnables.set(schema, (byName = new Map<string, Runnable<BaseMessage[], unknown>>()));
    let runnable = byName.get(name);
    if (!runnable) {
      runnable = chat.withStructuredOutput(schema as z.ZodType<Record<string, unknown>>, { name, method });
      byName.set(name, runnable);
    }
    return runnable;
  };

  return {
    model,
    async structured<T extends object>(
      schema: z.ZodType<T>,
      messages: readonly LlmMessage[],
      call: LlmCallOptions,
    ): Promise<T> {
      const runnable = runnableFor(schema, call.name ?? 'answer');
      const input = messages.map((m) =>
        m.role === 'system' ? new SystemMessage(m.content) : new HumanMessage(m.content),
      );
      return withDeadline(call.timeoutMs, call.signal, async (signal) => {
        let output: unknown;
        try {
          output = await runnable.invoke(input, { signal });
        } catch (error) {
          throw classifyError(error, signal);
        }
        // LangChain validates too, but returns undefined when the model answered in prose instead of the tool.
        const parsed = schema.safeParse(output);
        if (!parsed.success) throw new LlmOutputError({ cause: parsed.error });
        return parsed.data;
      });
    },
  };
}

/** Maps what the openai client and LangChain throw onto our three kinds of failure. */
export function classifyError(
  error: unknown,
  signal?: AbortSignal,
): LlmApiError | LlmUnavailableError | LlmOutputError {
  if (error instanceof LlmApiError || error instanceof LlmUnavailableError || error instanceof LlmOutputError)
    return error;
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    return reason instanceof LlmUnavailableError
      ? reason
      : new LlmUnavailableError('aborted', { cause: error });
  }
  // APIConnectionError (and its timeout subclass) are APIErrors without a status: nothing came back.
  if (error instanceof APIError && typeof error.status === 'number') {
    return new LlmApiError(error.status, typeof error.code === 'string' ? error.code : undefined, {
      cause: error,
    });
  }
  if (error instanceof APIError) return new LlmUnavailableError('network', { cause: error });
  if (error instanceof Error && error.name === 'TimeoutError')
    return new LlmUnavailableError('timeout', { cause: error });
  if (error instanceof Error && error.name === 'AbortError')
    return new LlmUnavailableError('aborted', { cause: error });
  // What remains is LangChain failing to read the answer: invalid JSON, a schema mismatch, a malformed body.
  return new LlmOutputError({ cause: error });
}
