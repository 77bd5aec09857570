/**
 * The closed set of LLM failures. Callers answer offline on every one of them, but they log them
 * differently: a key or model problem needs an operator, a timeout or a bad answer does not.
 */

/** Which kind of LLM failure happened. */
export type LlmErrorCode = 'api' | 'unavailable' | 'output';

/** Base class of the LLM failures; `code` tells them apart without instanceof chains. */
export abstract class LlmError extends Error {
  abstract readonly code: LlmErrorCode;
}

/** The remote API answered with an error status (401 wrong key, 404 unknown model, 429 rate limit, 5xx). */
export class LlmApiError extends LlmError {
  override readonly name = 'LlmApiError';
  readonly code = 'api';
  constructor(
    readonly status: number,
    /** The provider's error code (e.g. `invalid_api_key`, `rate_limit_exceeded`), when it sent one. */
    readonly apiCode: string | undefined,
    options?: ErrorOptions,
  ) {
    super(`the LLM API answered ${String(status)}${apiCode ? ` (${apiCode})` : ''}`, options);
  }
}

/** Why the LLM could not be reached in time. */
export type LlmUnavailableReason = 'timeout' | 'network' | 'aborted';

/** The network failed, the call timed out, or the caller gave up: no answer from the remote API at all. */
export class LlmUnavailableError extends LlmError {
  override readonly name = 'LlmUnavailableError';
  readonly code = 'unavailable';
  constructor(
    readonly reason: LlmUnavailableReason,
    options?: ErrorOptions,
  ) {
    super(`the LLM was unavailable (${reason})`, options);
  }
}

/** The API answered, but the answer was not JSON or did not fit the schema. */
export class LlmOutputError extends LlmError {
  override readonly name = 'LlmOutputError';
  readonly code = 'output';
  // The model's raw output is kept off the message: it may echo a resident's words.
  constructor(options?: ErrorOptions) {
    super('the LLM answer did not fit the expected schema', options);
  }
}

/** Log fields that describe an LLM failure without any of its content. */
export function describeLlmError(error: unknown): {
  error: string;
  status?: number;
  reason?: string;
  apiCode?: string;
} {
  if (error instanceof LlmApiError) {
    return { error: error.name, status: error.status, ...(error.apiCode ? { apiCode: error.apiCode } : {}) };
  }
  if (error instanceof LlmUnavailableError) return { error: error.name, reason: error.reason };
  if (error instanceof LlmError) return { error: error.name };
  return { error: error instanceof Error ? error.name : typeof error };
}

/** What to do about an LLM failure, for the warn line an operator reads; the offline answer was given. */
export function llmFailureAdvice(error: unknown): string {
  if (error instanceof LlmApiError) {
    if (error.status === 401 || error.status === 403) return 'the LLM refused the key: check OPENAI_API_KEY';
    if (error.status === 404)
      return 'the LLM endpoint does not know this model or path: check LLM_MODEL, and that OPENAI_BASE_URL ends in /v1';
    if (error.status === 429)
      return 'the LLM is rate-limiting this server: raise the quota or expect offline answers';
    if (error.status === 400)
      return 'the LLM rejected the request: check that LLM_MODEL supports tool (function) calling';
    return 'the LLM service failed; answered offline';
  }
  if (error instanceof LlmUnavailableError) {
    if (error.reason === 'timeout') return 'the LLM did not answer within LLM_TIMEOUT_MS; answered offline';
    if (error.reason === 'network')
      return 'the LLM endpoint could not be reached: check OPENAI_BASE_URL and the network';
    return 'the LLM call was cancelled';
  }
  if (error instanceof LlmOutputError) return 'the LLM answer did not fit the schema; answered offline';
  return 'the LLM call failed unexpectedly; answered offline';
}
