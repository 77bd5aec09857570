/** Shared pieces of the LLM tests: a recording logger, an LLM pointed at the fake server, valid ID numbers. */
import { idCheckCharacter } from '../../src/identity/id-number.js';
import { createLlm } from '../../src/llm/create-llm.js';
import type { Llm, LlmLogger } from '../../src/llm/types.js';
import type { FakeOpenAiServer } from '../helpers/fake-openai-server.js';

/** A logger that keeps every line, so tests can read what was logged (and what was not). */
export interface RecordingLogger extends LlmLogger {
  lines: { level: 'warn' | 'debug'; obj: object; msg: string }[];
  /** Everything logged, as one string, to check no personal data was written. */
  dump(): string;
}

/** Creates a RecordingLogger. */
export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    warn: (obj, msg) => void lines.push({ level: 'warn', obj, msg }),
    debug: (obj, msg) => void lines.push({ level: 'debug', obj, msg }),
    dump: () => JSON.stringify(lines),
  };
}

/** The real LangChain client, configured the way loadConfig would, pointed at the fake server. */
export function llmFor(
  server: FakeOpenAiServer,
  overrides: { apiKey?: string; timeoutMs?: number } = {},
): Llm {
  const llm = createLlm({
    OPENAI_BASE_URL: server.baseURL,
    OPENAI_API_KEY: overrides.apiKey ?? server.apiKey,
    LLM_MODEL: 'fake-model',
    LLM_TIMEOUT_MS: overrides.timeoutMs ?? 2000,
  });
  if (!llm) throw new Error('createLlm returned undefined for a full configuration');
  return llm;
}

/** A valid 18-digit resident ID number (born 1949-12-31). */
export const VALID_ID = `11010519491231002${idCheckCharacter('11010519491231002')}`;

/** The same number with a wrong check digit. */
export const WRONG_CHECK_ID = `11010519491231002${idCheckCharacter('11010519491231002') === '1' ? '2' : '1'}`;
