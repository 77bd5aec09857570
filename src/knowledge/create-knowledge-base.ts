import { normalizeText } from '../text/normalize.js';
import { preloadGeneralIdf } from '../text/word-idf.js';
import type { Analyzer, QueryAnalysis } from './analyzer.js';
import { createAnalyzer } from './analyzer.js';
import type { RegionContext } from './answer.js';
import { abstain, composeAnswer } from './answer.js';
import type { Answerability, MatchablePassage } from './answerability.js';
import { coverage, createConceptMatcher, judge, matchConcepts } from './answerability.js';
import { Bm25Index } from './bm25.js';
import { chunkDocument, DEFAULT_MAX_CHUNK_CHARS, SECTION_SEPARATOR } from './chunk.js';
import type { KnowledgeLogger, LoadedDocument, SkippedFile } from './load-documents.js';
import { loadDocuments } from './load-documents.js';
import type { KnowledgeResources } from './load-resources.js';
import { EMPTY_RESOURCES, loadResources } from './load-resources.js';
import { buildGazetteer, mostSpecific, relateRegion } from './region.js';
import type { RetrievalSettings } from './settings.js';
import { DEFAULT_RETRIEVAL } from './settings.js';
import type { Chunk, KnowledgeBase, PolicyAnswer, PolicyDocument, QueryOptions, SearchResponse } from './types.js';

/** Options of loadKnowledgeBase. */
export interface KnowledgeBaseOptions {
  /** The knowledge directory: one `*.md` per document, plus synonyms.yaml and glossary.yaml. */
  dir: string;
  logger?: KnowledgeLogger;
  maxChunkChars?: number;
}

/** Why the knowledge base answered as it did, for benchmarks and debugging. */
export interface Diagnosis {
  verdict: Answerability;
  /** Coverage of the question's concepts by the best chunk, in [0, 1]. */
  coverage: number;
  ranked: { chunk: Chunk; score: number }[];
  analysis: QueryAnalysis;
  /** Weight of each of `analysis.concepts`. */
  weights: number[];
  /** True when the best chunk lacks the thing the question asks for (the word after 哪些 / 什么). */
  focusMissing: boolean;
}

/** A knowledge base with its chunks and the files it skipped, for the build script and benchmarks. */
export interface LoadedKnowledgeBase extends KnowledgeBase {
  readonly chunks: readonly Chunk[];
  readonly skipped: readonly SkippedFile[];
  diagnose(query: string, options?: QueryOptions): Diagnosis;
}

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;
// A question is a sentence or two; a pasted essay is cut so a query stays within the latency budget.
const MAX_QUERY_CHARS = 300;
const MAX_REGION_CHARS = 40;

/** Loads every document in `options.dir` and builds the offline knowledge base; bad files are logged and skipped. */
export async function loadKnowledgeBase(options: KnowledgeBaseOptions): Promise<LoadedKnowledgeBase> {
  const { documents, skipped } = await loadDocuments(options.dir, options.logger);
  const resources = await loadResources(options.dir, options.logger);
  return createKnowledgeBase(documents, resources, { maxChunkChars: options.maxChunkChars, skipped });
}

/** Builds the knowledge base from documents already in memory (tests, other loaders). */
export function createKnowledgeBase(
  documents: readonly LoadedDocument[],
  resources: KnowledgeResources = EMPTY_RESOURCES,
  options: { maxChunkChars?: number | undefined; skipped?: readonly SkippedFile[]; retrieval?: RetrievalSettings } = {},
): LoadedKnowledgeBase {
  const settings = options.retrieval ?? DEFAULT_RETRIEVAL;
  const maxChars = options.maxChunkChars ?? DEFAULT_MAX_CHUNK_CHARS;
  const gazetteer = buildGazetteer(documents.map((d) => d.regionPath));
  const analyzer: Analyzer = createAnalyzer(resources.synonyms, gazetteer);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const chunks = documents.flatMap((d) => chunkDocument(d.id, d.body, maxChars));

  // Headings are indexed with the text: 「四、职责分工 › 4．人力资源和社会保障部门」 says what the passage is about.
  const indexed = chunks.map((c) => `${headingWords(c.section)}\n${c.text}`);
  const tokens = indexed.map((text) => analyzer.passage(text));
  const words = new Bm25Index(tokens.map((t) => t.words));
  const bigrams = new Bm25Index(tokens.map((t) => t.bigrams));
  const passages: MatchablePassage[] = indexed.map((text, i) => ({ text: normalizeText(text), words: new Set(tokens[i]!.words) }));
  const matcher = createConceptMatcher(passages);
  preloadGeneralIdf();
  const publicDocuments: PolicyDocument[] = documents.map(({ body: _body, file: _file, ...meta }) => meta);

  const regionOf = (analysis: QueryAnalysis, options?: QueryOptions): RegionContext['place'] => {
    const named = mostSpecific(analysis.places);
    if (named) return named;
    // A region is a place name; a longer one is cut so that no caller can make the lookup slow.
    return options?.region ? mostSpecific(gazetteer.find(normalizeText(options.region.slice(0, MAX_REGION_CHARS)))) : undefined;
  };

  const diagnose = (query: string, options?: QueryOptions): Diagnosis => {
    const analysis = analyzer.query(query.slice(0, MAX_QUERY_CHARS));
    const scores = new Float64Array(chunks.length);
    words.scoreInto(analysis.words, scores);
    bigrams.scoreInto(analysis.bigrams, scores, settings.bigramWeight);
    const place = regionOf(analysis, options);
    if (place) {
      const factors = new Map(documents.map((d) => [d.id, settings.regionFactor[relateRegion(d.regionPath, place.path)]]));
      chunks.forEach((c, i) => (scores[i]! *= factors.get(c.documentId) ?? 1));
    }
    const matches = matchConcepts(analysis.concepts, matcher, passages.length, settings.conceptWeighting);
    const coverages = Float64Array.from(chunks, (_, i) => coverage(matches, i));
    if (settings.coverageBoost > 0) coverages.forEach((c, i) => (scores[i]! *= 1 + settings.coverageBoost * c));
    const ranked = chunks
      .map((chunk, i) => ({ chunk, score: scores[i]!, i }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.i - b.i);
    const best = ranked[0];
    const bestCoverage = best ? coverages[best.i]! : 0;
    const focusMissing = best !== undefined && analysis.concepts.some((c, k) => c.focus === true && matches.presence[k]![best.i] !== 1);
    const verdict = judge(analysis.text, analysis.concepts, best && { coverage: bestCoverage, text: best.chunk.text, focusMissing }, settings.minCoverage);
    const weights = matches.weights;
    return { verdict, coverage: bestCoverage, ranked: ranked.map(({ chunk, score }) => ({ chunk, score })), analysis, weights, focusMissing };
  };

  return {
    documents: publicDocuments,
    chunks,
    skipped: options.skipped ?? [],
    diagnose,
    search(query: string, options?: QueryOptions): SearchResponse {
      const requested = options?.limit;
      const limit = requested !== undefined && Number.isFinite(requested) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(requested))) : DEFAULT_LIMIT;
      const { verdict, ranked } = diagnose(query, options);
      return {
        answerable: verdict === 'answerable',
        results: ranked.slice(0, limit).map(({ chunk, score }) => {
          const doc = byId.get(chunk.documentId)!;
          return { documentId: doc.id, title: doc.title, section: chunk.section, text: chunk.text, score: Math.round(score * 1000) / 1000 };
        }),
      };
    },
    answer(query: string, options?: QueryOptions): PolicyAnswer {
      const { verdict, ranked, analysis, weights } = diagnose(query, options);
      const best = ranked[0];
      if (verdict !== 'answerable' || !best) return abstain(verdict === 'answerable' ? 'no-content' : verdict);
      const document = byId.get(best.chunk.documentId)!;
      const place = regionOf(analysis, options);
      const region: RegionContext = place
        ? {
            place,
            relation: relateRegion(document.regionPath, place.path),
            placeCovered: documents.some((d) => ['same', 'covers'].includes(relateRegion(d.regionPath, place.path))),
          }
        : {};
      return composeAnswer({ concepts: analysis.concepts, weights, chunk: best.chunk, document, glossary: resources.glossary, region });
    },
  };
}

// 「三、工作内容 › （二）规范工作程序」 → 「工作内容 规范工作程序」: the numbering is not searchable content.
function headingWords(section: string): string {
  return section
    .split(SECTION_SEPARATOR)
    .map((label) => label.replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[．.、]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十百\d]+[章条])/u, ''))
    .join(' ');
}
