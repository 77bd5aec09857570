/** The closed set of error codes the API and WebSocket frames use. */
export const ERROR_CODES = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

/** One of the error codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error the service expects and reports to clients with a code and a Chinese message. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** HTTP status for this error. */
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** The JSON body every error response and error frame carries. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** Maps an error to the body sent to clients; unknown errors never leak their message. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) {
    return {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    };
  }
  return { error: { code: 'internal', message: '系统出了点问题，请稍后再试。' } };
}
