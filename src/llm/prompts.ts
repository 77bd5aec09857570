import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../paths.js';
import type { LlmMessage } from './types.js';

/** A prompt template loaded from prompts/: a system message and a user message with {{placeholders}}. */
export interface PromptTemplate {
  /** File name, for error messages. */
  name: string;
  system: string;
  user: string;
  /** The placeholders the template uses; rendering checks every one is given. */
  placeholders: readonly string[];
}

/** The prompts the LLM layer uses, loaded once at start. */
export interface LlmPrompts {
  nluFallback: PromptTemplate;
  groundedAnswer: PromptTemplate;
}

/** Raised at start when a prompt file is missing a section or a placeholder the code fills in. */
export class PromptError extends Error {
  override readonly name = 'PromptError';
}

const PLACEHOLDER = /\{\{\s*([a-z][a-zA-Z0-9_]*)\s*\}\}/g;
const SECTION = /^##\s+(system|user)\s*$/gim;

/** Parses a prompt file: text under `## system` and `## user`; anything before them is a note for maintainers. */
export function parsePrompt(name: string, source: string, required: readonly string[] = []): PromptTemplate {
  const sections: Partial<Record<'system' | 'user', string>> = {};
  const text = source.replace(/\r\n/g, '\n');
  const marks = [...text.matchAll(SECTION)];
  marks.forEach((mark, i) => {
    const role = mark[1]!.toLowerCase() as 'system' | 'user';
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    sections[role] = text.slice(start, end).trim();
  });
  const { system, user } = sections;
  if (!system || !user) throw new PromptError(`prompt ${name} needs a "## system" and a "## user" section`);
  const placeholders = [...new Set([...`${system}\n${user}`.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
  const missing = required.filter((p) => !placeholders.includes(p));
  if (missing.length > 0)
    throw new PromptError(
      `prompt ${name} must use the placeholder(s) ${missing.map((p) => `{{${p}}}`).join(', ')}`,
    );
  return { name, system, user, placeholders };
}

/** Fills a template's placeholders and returns the messages to send. */
export function renderPrompt(
  template: PromptTemplate,
  values: Readonly<Record<string, string>>,
): LlmMessage[] {
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (_, key: string) => {
      const value = values[key];
      if (value === undefined) throw new PromptError(`prompt ${template.name} needs a value for {{${key}}}`);
      return value;
    });
  return [
    { role: 'system', content: fill(template.system) },
    { role: 'user', content: fill(template.user) },
  ];
}

/**
 * Resident text as it goes between the prompts' `"""` lines: a run of three or more quote marks inside it
 * becomes one Chinese quote mark, so the resident cannot close the quoted block and write outside it.
 */
export function quoteResidentText(text: string): string {
  return text.replace(/"{3,}/gu, '”');
}

/** Reads and checks one prompt file. */
export async function loadPrompt(file: string, required: readonly string[] = []): Promise<PromptTemplate> {
  return parsePrompt(path.basename(file), await readFile(file, 'utf8'), required);
}

/** Loads the LLM prompts from `dir` (default: this repository's prompts/) and checks their placeholders. */
export async function loadLlmPrompts(dir: string = projectPath('prompts')): Promise<LlmPrompts> {
  const [nluFallback, groundedAnswer] = await Promise.all([
    loadPrompt(path.join(dir, 'nlu-fallback.md'), ['message']),
    loadPrompt(path.join(dir, 'grounded-answer.md'), ['passages', 'question']),
  ]);
  return { nluFallback, groundedAnswer };
}
