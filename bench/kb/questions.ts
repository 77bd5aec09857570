import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ProgrammeCard } from '../../src/knowledge/programme-card.js';
import { isDocumentSource } from '../../src/knowledge/programme-card.js';
import type { Chunk } from '../../src/knowledge/types.js';
import { generalTopicTypes } from './general-topic.js';
import { headerScope } from './header-scope.js';

/** The repository's knowledge directory. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
/** The frozen held-out set A: loaded for aggregate figures only, never printed. */
export const HELDOUT_FILE = fileURLToPath(new URL('./heldout/set-a.yaml', import.meta.url));

/** The frozen held-out set B, written after the tuning by a colleague who had not read the knowledge base. */
export const HELDOUT_B_FILE = fileURLToPath(new URL('./heldout/set-b.yaml', import.meta.url));
/** Frozen held-out set C, written by a colleague after round 2 of tuning; only aggregate figures are printed. */
export const HELDOUT_C_FILE = fileURLToPath(new URL('./heldout/set-c.yaml', import.meta.url));

const expectation = z.object({ doc: z.string().min(1), text: z.string().min(1) });
const answerable = z.object({
  q: z.string().min(1),
  locality: z.string().optional(),
  expect: z.array(expectation).min(1),
});
// `cards`: unanswerable from the documents, answered by the card of that type (see questions.yaml).
const unanswerable = z.object({
  q: z.string().min(1),
  locality: z.string().optional(),
  cards: z.array(z.string()).optional(),
});
const questionFile = z.object({
  answerable: z.array(answerable),
  unanswerable: z.array(unanswerable),
  fresh: z
    .object({ answerable: z.array(answerable).default([]), unanswerable: z.array(unanswerable).default([]) })
    .optional(),
});
// The held-out format, also used by programme-questions.yaml.
const topicQuestion = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  answerable: z.boolean(),
  topics: z.array(z.string().min(1)).optional(),
  // Set V's writer gave a lone word as a string: read as a list of one.
  mustMention: z
    .union([
      z
        .string()
        .min(1)
        .transform((word) => [word]),
      z.array(z.string().min(1)),
    ])
    .optional(),
});
const topicFile = z.array(topicQuestion);
const processTopicsFile = z.record(z.string(), z.array(expectation).min(1));

/** Which part of the question sets a question belongs to. */
export type Split =
  | 'calibration'
  | 'held-out'
  | 'fresh'
  | 'programmes'
  | 'set-a'
  | 'set-b'
  | 'set-c'
  | 'set-d'
  | 'set-e'
  | 'set-f'
  | 'set-g'
  | 'set-h'
  | 'set-i'
  | 'set-j'
  | 'set-k'
  | 'set-m'
  | 'set-n'
  | 'set-o'
  | 'set-p'
  | 'set-q'
  | 'set-r'
  | 'set-s'
  | 'set-t'
  | 'set-u'
  | 'set-v'
  | 'set-w'
  | 'set-x'
  | 'set-y'
  | 'set-z'
  | 'set-aa'
  | 'set-ab'
  | 'set-ac'
  | 'set-ad'
  | 'set-ae'
  | 'set-af'
  | 'set-ag'
  | 'set-ah'
  | 'set-ai'
  | 'set-aj'
  | 'set-ak'
  | 'set-al'
  | 'set-am'
  | 'set-an'
  | 'set-ao'
  | 'set-ap'
  | 'set-aq'
  | 'set-ar'
  | 'set-as'
  | 'set-at'
  | 'set-au'
  | 'set-av'
  | 'set-aw'
  | 'set-ax'
  | 'set-ay'
  | 'set-az'
  | 'set-ba'
  | 'set-bb'
  | 'set-bc'
  | 'set-bd'
  | 'set-be'
  | 'set-bf'
  | 'set-bg'
  | 'set-bh'
  | 'set-bi'
  | 'set-bj'
  | 'set-bk'
  | 'set-bl'
  | 'set-bm'
  | 'set-bn'
  | 'set-bo'
  | 'set-bq'
  | 'set-br';

/** One benchmark question; it is answerable when it has expectations or topics. */
export interface BenchQuestion {
  q: string;
  locality?: string | undefined;
  /** Document passages that answer it (questions.yaml). */
  expect: { doc: string; text: string }[];
  /** Assistance types whose card answers it, and process topics whose passages do. */
  topics: string[];
  /**
   * `topics` with the narrower process topics its file's header puts under them (process_accept covers
   * hotlines, transfer … in sets D–F: see header-scope.yaml); the same as `topics` when the header says nothing.
   */
  wideTopics: string[];
  answerable: boolean;
  mustMention: string[];
  split: Split;
}

/** Process topic → the document passages that answer it (bench/kb/process-topics.yaml). */
export type ProcessTopics = ReadonlyMap<string, readonly { doc: string; text: string }[]>;

/** Reads bench/kb/questions.yaml: even positions are the calibration split, odd the held-out one, then fresh. */
export function loadQuestions(): BenchQuestion[] {
  const file = questionFile.parse(
    parseYaml(readFileSync(new URL('./questions.yaml', import.meta.url), 'utf8')),
  );
  const bySplit = (i: number): Split => (i % 2 === 0 ? 'calibration' : 'held-out');
  const ofAnswerable = (x: z.infer<typeof answerable>, split: Split): BenchQuestion => ({
    ...x,
    topics: [],
    wideTopics: [],
    answerable: true,
    mustMention: [],
    split,
  });
  const ofUnanswerable = (x: z.infer<typeof unanswerable>, split: Split): BenchQuestion => ({
    q: x.q,
    locality: x.locality,
    expect: [],
    topics: x.cards ?? [],
    wideTopics: x.cards ?? [],
    answerable: (x.cards ?? []).length > 0,
    mustMention: [],
    split,
  });
  return [
    ...file.answerable.map((x, i) => ofAnswerable(x, bySplit(i))),
    ...file.unanswerable.map((x, i) => ofUnanswerable(x, bySplit(i))),
    ...(file.fresh?.answerable ?? []).map((x) => ofAnswerable(x, 'fresh')),
    ...(file.fresh?.unanswerable ?? []).map((x) => ofUnanswerable(x, 'fresh')),
  ];
}

/** Reads a file in the held-out format (a YAML list of { id, q, answerable, topics?, mustMention? }). */
export function loadTopicQuestions(
  path: string | URL,
  split: Split,
  relabel?: SecondLabels,
): BenchQuestion[] {
  const text = readFileSync(path, 'utf8');
  const scope = new Map(headerScope(text));
  // `general` is the forms' code for the types without a form of their own (see general-topic.ts).
  scope.set('general', [...(scope.get('general') ?? []), ...generalTopicTypes()]);
  return topicFile.parse(parseYaml(text)).map((written) => {
    const x = relabel ? { ...written, ...relabel.get(written.id) } : written;
    return {
      q: x.q,
      expect: [],
      topics: x.topics ?? [],
      wideTopics: [...new Set((x.topics ?? []).flatMap((t) => [t, ...(scope.get(t) ?? [])]))],
      answerable: x.answerable,
      mustMention: x.mustMention ?? [],
      split,
    };
  });
}

const secondLabelsFile = z.record(
  z.string(),
  z.object({ answerable: z.boolean(), topics: z.array(z.string().min(1)) }).strict(),
);

/** A second annotator's labels of a set, by question id (labelled blind, to measure how far two people agree). */
export type SecondLabels = ReadonlyMap<string, { answerable: boolean; topics: string[] }>;

/** The labels another annotator gave a set while it was held out (second-labels/set-<letter>.yaml), when there are any. */
export function loadSecondLabels(letter: 'bo'): SecondLabels | undefined {
  const file = fileURLToPath(new URL(`./second-labels/set-${letter}.yaml`, import.meta.url));
  if (!existsSync(file)) return undefined;
  return new Map(Object.entries(secondLabelsFile.parse(parseYaml(readFileSync(file, 'utf8')))));
}

/** The development questions about the benefits (bench/kb/programme-questions.yaml, in-sample). */
export function loadProgrammeQuestions(): BenchQuestion[] {
  return loadTopicQuestions(new URL('./programme-questions.yaml', import.meta.url), 'programmes');
}

/** The second, differently written set of development questions (programme-questions-2.yaml). */
export function loadProgrammeQuestions2(): BenchQuestion[] {
  return loadTopicQuestions(new URL('./programme-questions-2.yaml', import.meta.url), 'programmes');
}

/** The third set of development questions (programme-questions-3.yaml: keywords, yes/no, edge cases). */
export function loadProgrammeQuestions3(): BenchQuestion[] {
  return loadTopicQuestions(new URL('./programme-questions-3.yaml', import.meta.url), 'programmes');
}

/** The fourth set (programme-questions-4.yaml: stories, dialect, near-miss out of scope), for calibration. */
export function loadProgrammeQuestions4(): BenchQuestion[] {
  return loadTopicQuestions(new URL('./programme-questions-4.yaml', import.meta.url), 'programmes');
}

/** The fifth set (programme-questions-5.yaml: the process of applying, compound questions, slips, voice). */
export function loadProgrammeQuestions5(): BenchQuestion[] {
  return loadTopicQuestions(new URL('./programme-questions-5.yaml', import.meta.url), 'programmes');
}

/** The sixth set (programme-questions-6.yaml: the window's process in other words, compound, slips, stories). */
export function loadProgrammeQuestions6(): BenchQuestion[] {
  return loadTopicQuestions(new URL('./programme-questions-6.yaml', import.meta.url), 'programmes');
}

/** The held-out set A, or undefined when the file is absent (a fresh clone without it). */
export function loadHeldOut(): BenchQuestion[] | undefined {
  return existsSync(HELDOUT_FILE) ? loadTopicQuestions(HELDOUT_FILE, 'set-a') : undefined;
}

/** The held-out set B, or undefined when the file is absent. */
export function loadHeldOutB(): BenchQuestion[] | undefined {
  return existsSync(HELDOUT_B_FILE) ? loadTopicQuestions(HELDOUT_B_FILE, 'set-b') : undefined;
}

/** The held-out set C, or undefined when the file is absent. */
export function loadHeldOutC(): BenchQuestion[] | undefined {
  return existsSync(HELDOUT_C_FILE) ? loadTopicQuestions(HELDOUT_C_FILE, 'set-c') : undefined;
}

/** A set that was held out once and is now development data (bench/kb/dev-<letter>.yaml), its misses read. */
export function loadDevSet(
  letter:
    | 'd'
    | 'e'
    | 'f'
    | 'g'
    | 'h'
    | 'i'
    | 'j'
    | 'k'
    | 'm'
    | 'n'
    | 'o'
    | 'p'
    | 'q'
    | 'r'
    | 's'
    | 't'
    | 'u'
    | 'v'
    | 'w'
    | 'x'
    | 'y'
    | 'z'
    | 'aa'
    | 'ab'
    | 'ac'
    | 'ad'
    | 'ae'
    | 'af'
    | 'ag'
    | 'ah'
    | 'ai'
    | 'aj'
    | 'ak'
    | 'al'
    | 'am'
    | 'an'
    | 'ao'
    | 'ap'
    | 'aq'
    | 'ar'
    | 'as'
    | 'at'
    | 'au'
    | 'av'
    | 'aw'
    | 'ax'
    | 'ay'
    | 'az'
    | 'ba'
    | 'bb'
    | 'bc'
    | 'bd'
    | 'be'
    | 'bf'
    | 'bg'
    | 'bh'
    | 'bi'
    | 'bj'
    | 'bk'
    | 'bl'
    | 'bm'
    | 'bn'
    | 'bo'
    | 'bq',
  relabel?: SecondLabels,
): BenchQuestion[] {
  return loadTopicQuestions(
    fileURLToPath(new URL(`./dev-${letter}.yaml`, import.meta.url)),
    `set-${letter}`,
    relabel,
  );
}

/** A held-out set written from set I on (bench/kb/heldout/set-<letter>.yaml), or undefined when it is absent; `relabel` puts a second annotator's labels in place of the writer's. */
export function loadHeldOutSet(letter: 'br', relabel?: SecondLabels): BenchQuestion[] | undefined {
  const file = fileURLToPath(new URL(`./heldout/set-${letter}.yaml`, import.meta.url));
  return existsSync(file) ? loadTopicQuestions(file, `set-${letter}`, relabel) : undefined;
}

/** Reads bench/kb/process-topics.yaml. */
export function loadProcessTopics(): ProcessTopics {
  const file = processTopicsFile.parse(
    parseYaml(readFileSync(new URL('./process-topics.yaml', import.meta.url), 'utf8')),
  );
  return new Map(Object.entries(file));
}

/** The question as the wider scorer reads it: its topics widened as its file's header defines them. */
export function widened(question: BenchQuestion): BenchQuestion {
  return { ...question, topics: question.wideTopics };
}

/** What isHit needs to know about the knowledge base: its chunks and cards. */
export interface HitContext {
  chunks: readonly Chunk[];
  programmes: readonly ProgrammeCard[];
}

/**
 * True when a retrieved passage answers the question: a document passage it expects, the card of one
 * of its assistance types, or a document passage that answers one of its process topics. A card part
 * also answers a question of questions.yaml when one of its facts cites the section of the document
 * that holds an expected passage (「就业救助由人力资源和社会保障部门负责」 citing 江阴 四.4 states the
 * same rule as 江阴 四.4 itself, with the same citation).
 */
export function isHit(
  question: BenchQuestion,
  chunk: Chunk,
  processTopics: ProcessTopics,
  context?: HitContext,
): boolean {
  if (chunk.programme) {
    if (question.topics.includes(chunk.programme.type)) return true;
    if (!context || question.expect.length === 0) return false;
    const card = context.programmes.find((c) => c.type === chunk.programme!.type);
    const cited = (card?.[chunk.programme.part] ?? []).flatMap((f) => f.sources).filter(isDocumentSource);
    return question.expect.some((e) =>
      context.chunks.some(
        (c) =>
          c.documentId === e.doc &&
          c.text.includes(e.text) &&
          cited.some(
            (s) => s.doc === e.doc && (c.section === s.section || c.section.startsWith(`${s.section} › `)),
          ),
      ),
    );
  }
  const matches = (e: { doc: string; text: string }): boolean =>
    e.doc === chunk.documentId && chunk.text.includes(e.text);
  if (question.expect.some(matches)) return true;
  return question.topics.some((t) => processTopics.get(t)?.some(matches) ?? false);
}
