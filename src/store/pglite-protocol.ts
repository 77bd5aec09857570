/** What the main thread asks the PGlite worker to do. */
export type PgliteRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'close' };

/** The worker's answer; errors travel as plain fields (a structured clone drops an Error's `code`). */
export type PgliteReply =
  | { id: number; ok: true; rows: unknown[]; affectedRows: number }
  | {
      id: number;
      ok: false;
      error: {
        message: string;
        code: string | undefined;
        detail: string | undefined;
        constraint: string | undefined;
      };
    };
