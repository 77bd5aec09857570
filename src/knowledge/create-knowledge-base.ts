import { codeUnits, firstCharIndex } from '../text/first-char-index.js';
import { normalizeText } from '../text/normalize.js';
import { addSegmenterWords, segment } from '../text/segment.js';
import { DOMAIN_WORDS } from '../nlu/domain-words.js';
import { GENERAL_IDF_CAP, generalIdf, preloadGeneralIdf } from '../text/word-idf.js';
import type { Analyzer, Concept, QueryAnalysis } from './analyzer.js';
import { createAnalyzer } from './analyzer.js';
import type { RegionContext } from './answer.js';
import { abstain, declined } from './answer.js';
import type { AssistanceType } from '../nlu/types.js';
import { isAssistanceType } from '../nlu/types.js';
import type { Answerability, ConceptMatches, MatchablePassage } from './answerability.js';
import { asksForFigure, coverages, createConceptMatcher, judge, matchConcepts } from './answerability.js';
import { Bm25Index } from './bm25.js';
import { cardCitationLine, cardReferences } from './card-citation.js';
import { cardChunks, cardIndexText, cardTitle } from './card-chunks.js';
import { chunkDocument, DEFAULT_MAX_CHUNK_CHARS, SECTION_SEPARATOR } from './chunk.js';
import type { AnswerSource } from './compose-answer.js';
import { composeCombinedAnswer } from './compose-answer.js';
import { composePartsAnswer } from './compose-parts.js';
import { MAX_QUESTION_PARTS, questionParts } from './question-parts.js';
import { askedBenefits, benefitPart } from './asked-benefits.js';
import { programmeAppliedFor } from './applied-for.js';
import { weighStory } from './story-weight.js';
import { withoutTakenBack } from './taken-back.js';
import type { KnowledgeLogger, LoadedDocument, SkippedFile } from './load-documents.js';
import { loadDocuments } from './load-documents.js';
import { loadProgrammes } from './load-programmes.js';
import type { KnowledgeResources, SynonymData } from './load-resources.js';
import { EMPTY_RESOURCES, loadResources } from './load-resources.js';
import type { CardPart, ProgrammeCard } from './programme-card.js';
import type { QuestionReader } from './question-text.js';
import { createQuestionReader, QUESTION_PHRASES } from './question-text.js';
import { createPinyinReader } from '../text/pinyin-reader.js';
import { createHomophoneFixer } from './homophones.js';
import type { Scope } from './scope.js';
import { createScopeReader } from './scope.js';
import { buildGazetteer, mostSpecific, relateRegion } from './region.js';
import type { RetrievalSettings } from './settings.js';
import { DEFAULT_RETRIEVAL } from './settings.js';
import type { Chunk, KnowledgeBase, PolicyAnswer, PolicyDocument, QueryOptions, SearchHit, SearchResponse } from './types.js';

/** Options of loadKnowledgeBase. */
// Round 43: greetings and «is anyone there» alone, each said once or more (bounded by the message's clip).
const ONLY_GREETING = /^(?:[\s,.!?，。！？~～]*(?:你好|您好|喂|哈喽|嗨|在吗|在么|在不在|在没|有人吗|有人在吗|有人没|有人没有|有人不|有没有人|有没有人在))+[\s,.!?，。！？~～]*$/u;

export interface KnowledgeBaseOptions {
  /** The knowledge directory: one `*.md` per document, programmes/*.yaml, synonyms.yaml and glossary.yaml. */
  dir: string;
  logger?: KnowledgeLogger;
  maxChunkChars?: number;
  /** False to leave the programme cards out (the documents-only retriever, for comparison). */
  programmes?: boolean;
  /** False to ignore out-of-scope.yaml (calibrating the coverage threshold for neighbours it does not list). */
  outOfScopeList?: boolean;
  /** Retrieval settings other than DEFAULT_RETRIEVAL (benchmarks comparing settings). */
  retrieval?: RetrievalSettings;
}

/** Why the knowledge base answered as it did, for benchmarks and debugging. */
export interface Diagnosis {
  verdict: Answerability;
  /** Coverage of the question's concepts by the best chunk, in [0, 1]. */
  coverage: number;
  ranked: { chunk: Chunk; score: number; coverage: number }[];
  analysis: QueryAnalysis;
  /** Weight of each of `analysis.concepts`. */
  weights: number[];
  /** True when the best chunk lacks the thing the question asks for (the word after 哪些 / 什么). */
  focusMissing: boolean;
  /** Programmes the question names, and whether it is about an uncovered neighbouring service. */
  scope: Scope;
  /** For a message asking several things, each part's own diagnosis, in order (see questionParts). */
  parts?: Diagnosis[];
  /**
   * The programme of the first result when it is a card the question has a word of its own for (it names
   * the programme, or a word found in few cards: see genericCards), not one first by words every card has.
   */
  meantCard?: AssistanceType;
  /**
   * True when the message asks an amount and something else besides («扶助金每月多少 到哪去领»), and that other
   * part is answered on its own: the answer still says it has no local figure, but it is no decline.
   */
  answeredBesideFigure?: boolean;
}

/** A knowledge base with its chunks and the files it skipped, for the build script and benchmarks. */
export interface LoadedKnowledgeBase extends KnowledgeBase {
  readonly chunks: readonly Chunk[];
  readonly skipped: readonly SkippedFile[];
  diagnose(query: string, options?: QueryOptions): Diagnosis;
}

const DEFAULT_LIMIT = 5;
// How many times the question words count when the pinyin reader learns which characters a sound means.
const QUESTION_WORD_WEIGHT = 30;
const MAX_LIMIT = 20;
// A question is a sentence or two; a pasted essay is cut so a query stays within the latency budget.
const MAX_QUERY_CHARS = 300;
const MAX_REGION_CHARS = 40;

/** Loads every document in `options.dir` and builds the offline knowledge base; bad files are logged and skipped. */
export async function loadKnowledgeBase(options: KnowledgeBaseOptions): Promise<LoadedKnowledgeBase> {
  const { documents, skipped } = await loadDocuments(options.dir, options.logger);
  const loaded = await loadResources(options.dir, options.logger);
  const resources = options.outOfScopeList === false ? { ...loaded, outOfScope: [] } : loaded;
  const sections = documentSections(documents, options.maxChunkChars ?? DEFAULT_MAX_CHUNK_CHARS);
  const cards =
    options.programmes === false
      ? { cards: [], skipped: [] }
      : await loadProgrammes(options.dir, (doc, section) => sections.get(doc)?.some((s) => s === section || s.startsWith(`${section}${SECTION_SEPARATOR}`)) ?? false, options.logger);
  return createKnowledgeBase(documents, resources, {
    maxChunkChars: options.maxChunkChars,
    skipped: [...skipped, ...cards.skipped],
    programmes: cards.cards,
    ...(options.retrieval ? { retrieval: options.retrieval } : {}),
  });
}

/** Builds the knowledge base from documents already in memory (tests, other loaders). */
export function createKnowledgeBase(
  documents: readonly LoadedDocument[],
  resources: KnowledgeResources = EMPTY_RESOURCES,
  options: {
    maxChunkChars?: number | undefined;
    skipped?: readonly SkippedFile[];
    retrieval?: RetrievalSettings;
    programmes?: readonly ProgrammeCard[];
  } = {},
): LoadedKnowledgeBase {
  // The passages and the questions are cut with the domain's words kept whole (低保, 新农合 …), whatever else
  // has loaded the segmenter: the app's NLU adds them too, a benchmark or a test of this module alone did not.
  addSegmenterWords(DOMAIN_WORDS);
  const settings = options.retrieval ?? DEFAULT_RETRIEVAL;
  const maxChars = options.maxChunkChars ?? DEFAULT_MAX_CHUNK_CHARS;
  const gazetteer = buildGazetteer(documents.map((d) => d.regionPath));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const programmes = options.programmes ?? [];
  const cardOf = new Map(programmes.map((c) => [c.type, c]));
  const chunks = [...documents.flatMap((d) => chunkDocument(d.id, d.body, maxChars)), ...programmes.flatMap(cardChunks)];
  // A word the documents or cards use, or a common word, is never «fixed» into a key word.
  const corpusWords = new Set(chunks.flatMap((c) => segment(normalizeText(c.text))));
  const fixSounds = createHomophoneFixer(
    [...resources.synonyms.soundAlike, ...programmes.flatMap((c) => [c.name, ...c.aliases])].map(normalizeText),
    (run) => corpusWords.has(run) || generalIdf(run) < GENERAL_IDF_CAP,
  );
  // Pinyin is read back into the words of the documents, the cards, residents' synonyms, hardship
  // words and neighbouring services, and the words questions are asked with; the tables are built on the first pinyin message.
  const pinyin = createPinyinReader([
    ...chunks.map((c) => c.text),
    ...programmes.flatMap((c) => [c.name, ...c.aliases]),
    ...resources.synonyms.equivalent.flat(),
    ...Object.keys(resources.synonyms.expand),
    ...Object.values(resources.synonyms.corrections),
    ...resources.hardship,
    // Neighbouring services too, so that 「yanglaojin」 is read as the service it is and declined.
    ...resources.outOfScope.flatMap((t) => t.split('+')),
    // Question words count as much as a document's words: 「qu」 is mostly 「去」 in a question, though the
    // documents say 「区」 far more often.
    ...Array.from({ length: QUESTION_WORD_WEIGHT }, () => QUESTION_PHRASES).flat(),
  ]);
  const readQuestion = createQuestionReader(resources.synonyms.corrections, fixSounds, pinyin);
  const analyzer: Analyzer = createAnalyzer(readSynonymKeys(resources.synonyms, readQuestion), gazetteer);
  const cardIndex: CardIndex[] = programmes.map((card) => ({
    type: card.type,
    parts: chunks.flatMap((c, i) => (c.programme?.type === card.type && !PROCESS_PARTS.has(c.programme.part) ? [i] : [])),
    names: [card.name, ...card.aliases].map(normalizeText),
  }));

  // Headings are indexed with the text: 「四、职责分工 › 4．人力资源和社会保障部门」 says what the passage is about;
  // a card part is indexed with the programme's names and the part's heading.
  const indexed = chunks.map((c) => (c.programme ? cardIndexText(cardOf.get(c.programme.type)!, c) : `${headingWords(c.section)}\n${c.text}`));
  const tokens = indexed.map((text) => analyzer.passage(text));
  const words = new Bm25Index(tokens.map((t) => t.words));
  const bigrams = new Bm25Index(tokens.map((t) => t.bigrams));
  const passages: MatchablePassage[] = indexed.map((text, i) => ({ text: normalizeText(text), words: new Set(tokens[i]!.words) }));
  const matcher = createConceptMatcher(passages);
  // The window's words for how one applies (synonyms.yaml `process`), as the synonyms bring them in.
  const processForms: ReadonlySet<string> = new Set(resources.synonyms.process.map(normalizeText));
  // A term of words that must meet in one clause («户口+迁») is read word by word.
  const readTerm = (term: string): string => term.split('+').map(readQuestion).join('+');
  const referrals = new Map(Object.entries(resources.referrals ?? {}).map(([term, refer]) => [readTerm(term), refer]));
  const readScope = createScopeReader(
    resources.outOfScope.map(readTerm),
    programmes,
    resources.hardship.map(readQuestion),
    referrals,
    (resources.ours ?? []).map(readQuestion),
    (resources.declined ?? []).map(({ reply, terms }) => ({ reply, terms: terms.map(readTerm) })),
  );
  preloadGeneralIdf();
  const publicDocuments: PolicyDocument[] = documents.map(({ body: _body, file: _file, ...meta }) => meta);
  const documentsById = new Map(publicDocuments.map((d) => [d.id, d]));

  const regionOf = (analysis: QueryAnalysis, options?: QueryOptions): RegionContext['place'] => {
    const named = mostSpecific(analysis.places);
    if (named) return named;
    // A region is a place name; a longer one is cut so that no caller can make the lookup slow.
    return options?.region ? mostSpecific(gazetteer.find(normalizeText(options.region.slice(0, MAX_REGION_CHARS)))) : undefined;
  };

  // One question, already read (readQuestion) and clipped.
  const diagnoseText = (clipped: string, options?: QueryOptions): Diagnosis => {
    const analysis = analyzer.query(clipped);
    const scope = readScope(clipped);
    const scores = new Float64Array(chunks.length);
    words.scoreInto(analysis.words, scores);
    bigrams.scoreInto(analysis.bigrams, scores, settings.bigramWeight);
    const place = regionOf(analysis, options);
    if (place) {
      const factors = new Map(documents.map((d) => [d.id, settings.regionFactor[relateRegion(d.regionPath, place.path)]]));
      // A card states national law: it holds everywhere, but the place's own documents say how it is run there.
      chunks.forEach((c, i) => (scores[i]! *= c.programme ? settings.cardRegionFactor : (factors.get(c.documentId) ?? 1)));
    }
    const matches = matchConcepts(analysis.concepts, matcher, passages.length, settings.conceptWeighting);
    // Ranking weighs every word alike: the story («走不动路») often says which passage fits.
    const rankCoverages = coverages(matches, chunks.length);
    if (settings.coverageBoost > 0) rankCoverages.forEach((c, i) => (scores[i]! *= 1 + settings.coverageBoost * c));
    // Whether a passage answers weighs the story's words less than the question's (see story-weight.ts).
    const told = { ...matches, weights: weighStory(analysis.text, analysis.concepts, matches.weights, settings.storyWeight) };
    const toldCoverages = coverages(told, chunks.length);
    // 「申请被拒了能去哪说理」 asks how the window works, not about a programme: a card that shares only
    // words every card has (申请, 材料, 救助) steps back, so the documents on the process come first.
    const generic = genericCards(analysis.concepts, matches, cardIndex, scope.named, settings.specificCardLimit, processForms);
    chunks.forEach((c, i) => {
      if (c.programme && generic.has(c.programme.type)) scores[i]! *= settings.genericCardFactor;
    });
    // A programme the resident names is what the question is about: the part of its card that fits the
    // question best rises above passages that merely share words with it. Only that part, so the other
    // parts of the same card do not push the local document's passage out of the first results.
    const liftBestPart = (type: AssistanceType, factor: number): void => {
      let bestPart = -1;
      chunks.forEach((c, i) => {
        if (c.programme?.type === type && (bestPart === -1 || scores[i]! > scores[bestPart]!)) bestPart = i;
      });
      if (bestPart !== -1) scores[bestPart]! *= factor;
    };
    // Of two programmes named, the one asked to be applied for is what the question is about (「单亲妈妈能申请低保吗」).
    const appliedFor = programmeAppliedFor(analysis.text, scope.named);
    for (const type of appliedFor ? [appliedFor] : scope.named) liftBestPart(type, settings.namedProgrammeFactor);
    // Named by no programme, a benefit may still be named in everyday words (看病, 读书, 租房: synonyms.yaml
    // `benefits`): «…我还能读书吗», «…在县城租房子住 能申请什么». That says less than a programme's name (the
    // story's 住院 may only tell why money is short), so its card rises less.
    if (scope.named.length === 0) for (const type of benefitsNamed(analysis.text)) liftBestPart(type, settings.benefitWordFactor);
    const scored: Ranked[] = [];
    for (let i = 0; i < chunks.length; i++) if (scores[i]! > 0) scored.push({ chunk: chunks[i]!, score: scores[i]!, i });
    const ranked = diversify(
      scored.sort((a, b) => b.score - a.score || a.i - b.i),
      settings.furtherPartFactor,
    );
    // 「想申请改造要什么条件」: when the card part that came first lacks the thing asked for and another
    // part of the same card has it, that part answers.
    const hasFocus = (i: number): boolean => analysis.concepts.every((c, k) => c.focus !== true || matches.presence[k]![i] === 1);
    const first = ranked[0];
    if (first?.chunk.programme && !hasFocus(first.i)) {
      const better = ranked.findIndex((r) => r.chunk.documentId === first.chunk.documentId && hasFocus(r.i));
      if (better > 0) ranked.unshift(...ranked.splice(better, 1));
    }
    mixKinds(ranked, settings.mixedDepth, (r) => rankCoverages[r.i]!, settings.minCoverage);
    // `ours`: judge with the floor of a question that is ours by its own words (see HARDSHIP_MIN_COVERAGE).
    const verdictOf = (entry: (typeof ranked)[number] | undefined, ours = false): ReturnType<typeof judge> =>
      judge(
        analysis.text,
        analysis.concepts,
        entry && {
          coverage: toldCoverages[entry.i]!,
          text: entry.chunk.text,
          focusMissing: !hasFocus(entry.i),
          card: entry.chunk.programme !== undefined,
          namedCard: entry.chunk.programme !== undefined && scope.named.includes(entry.chunk.programme.type),
        },
        settings.minCoverage,
        { outOfScope: scope.outOfScope, hardship: scope.hardship, ours: ours && scope.ours, contentWeight: matches.weights.reduce((a, w) => a + w, 0) },
      );
    let verdict = verdictOf(ranked[0]);
    // The place's own passage may outrank the named programme's card and still say too little to answer
    // (「申请低保要准备哪些材料」 in 江阴), or state no amount when one is asked (「临时救助一次能给多少」):
    // the card close behind, which answers (in words, for an amount), comes first instead. So does a
    // document passage close behind that covers the question (another place's rule on applying online,
    // which the answer says is that place's) when the first covers too little.
    if (verdict === 'low-coverage' || verdict === 'no-figure') {
      // For too little coverage a document or the named programme's card: another card close behind shares
      // words by chance with a neighbouring service's question (「小孩上幼儿园有补贴吗」) as often as it answers.
      const fits = (r: (typeof ranked)[number]): boolean =>
        r.chunk.programme === undefined ? verdict === 'low-coverage' : verdict === 'no-figure' || scope.named.includes(r.chunk.programme.type);
      const card = ranked.findIndex((r, k) => k > 0 && k < 3 && fits(r) && verdictOf(r) === 'answerable');
      if (card > 0) {
        ranked.unshift(...ranked.splice(card, 1));
        verdict = 'answerable';
      }
    }
    // Only then is a question that is ours (scope.ts) answered from a passage that covers less of it: a
    // passage that covers more, or the named programme's card, still comes first when there is one.
    // When the first of those lacks the thing asked for («…政府有啥急救的法子»: 急救 → 应急) and a passage
    // among the first three has it and answers, that one comes first (round 15): the first was first by
    // the story's words.
    if (verdict === 'low-coverage' && scope.ours) {
      const fitting = ranked.findIndex((r, k) => k < 3 && verdictOf(r, true) === 'answerable');
      if (fitting > 0) ranked.unshift(...ranked.splice(fitting, 1));
      verdict = verdictOf(ranked[0], true);
    }
    const best = ranked[0];
    const bestCoverage = best ? toldCoverages[best.i]! : 0;
    const focusMissing = best !== undefined && !hasFocus(best.i);
    const weights = matches.weights;
    const bestCard = best?.chunk.programme?.type;
    return {
      verdict,
      coverage: bestCoverage,
      ranked: ranked.map(({ chunk, score, i }) => ({ chunk, score, coverage: toldCoverages[i]! })),
      analysis,
      weights,
      focusMissing,
      scope,
      ...(bestCard !== undefined && !generic.has(bestCard) ? { meantCard: bestCard } : {}),
    };
  };

  // A message asking two or three things («低保要啥条件 一般多久能批下来») is read part by part too: each
  // part is diagnosed with the programme the message is about (named anywhere in it, or the card that
  // answers its first part), and the message is answered when a part is, even if the whole is not.
  const diagnose = (query: string, options?: QueryOptions): Diagnosis => {
    // Round 49: a kind of help named and taken back for another («临时救助 哦不对 是那个大病的») is not asked about.
    const text = withoutTakenBack(readQuestion(query.slice(0, MAX_QUERY_CHARS)), namesAnother);
    const whole = diagnoseText(text, options);
    // Round 43: a greeting that only asks whether anyone is there («hello 在吗 有人吗») asks nothing; 「有人」 alone
    // still reads elsewhere («有人说要塞钱», «家里有人残疾»), so only a message of greetings alone is let go.
    if (ONLY_GREETING.test(text)) return { ...whole, verdict: 'no-content' };
    const pieces = whole.verdict === 'out-of-scope' ? [] : questionParts(text);
    if (pieces.length < 2) return whole.verdict === 'out-of-scope' ? whole : eachBenefit(text, whole, options);
    const first = diagnoseText(pieces[0]!, options);
    // Only a card the first part has a word of its own for: one first by words every card shares
    // («申请表交上去以后呢» finds a card's 申请) would make every later part about that programme.
    const firstCard = first.verdict === 'answerable' ? first.meantCard : undefined;
    const about = whole.scope.named.length > 0 ? whole.scope.named : firstCard ? [firstCard] : [];
    const names = about.map((t) => cardOf.get(t)?.name).filter((n): n is string => n !== undefined);
    const parts = [first, ...pieces.slice(1).map((piece) => {
      const own = diagnoseText(piece, options);
      return own.scope.named.length > 0 || names.length === 0 ? own : diagnoseText(`${names.join(' ')} ${piece}`, options);
    })];
    // A later part without a programme of its own («去哪办», «要多久») is about what the first part asks;
    // when that is not ours («教师资格证去哪报名»), neither is the later part, whatever passage it finds.
    const subjectOk = first.verdict === 'answerable' || about.length > 0;
    const answered = parts.filter((p, i) => p.verdict === 'answerable' && (i === 0 || subjectOk || p.scope.named.length > 0));
    if (answered.length === 0) return whole;
    if (whole.verdict === 'answerable') {
      // The whole is answered from one passage; parts are answered one by one only when they need
      // different passages.
      const bests = new Set(answered.map((p) => p.ranked[0]?.chunk.id));
      if (bests.size >= 2) return { ...whole, parts };
      // Round 42: a part that asks no amount and is answered makes the answer more than a missing figure;
      // a part that names a sum («能给一万不») asks for one all the same.
      const besides = answered.some((p) => {
        const piece = pieces[parts.indexOf(p)] ?? '';
        return !asksForFigure(piece) && !ABOUT_A_SUM.test(piece);
      });
      return besides ? { ...whole, answeredBesideFigure: true } : whole;
    }
    return {
      ...whole,
      verdict: 'answerable',
      coverage: Math.max(...answered.map((p) => p.coverage)),
      ranked: interleave(answered.map((p) => p.ranked)),
      parts,
    };
  };

  // «教育和就业这两块有啥政策», «低保和临时救助能一起申请吗 各要啥材料»: one question about two or three
  // benefits is answered benefit by benefit, each from its own card (the question read with that
  // programme's name), and each card comes within the first results after the whole question's best.
  // A benefit is named by its programme's names and by everyday words (synonyms.yaml `benefits`).
  const benefitCues = new Map<string, AssistanceType>([
    ...Object.entries(resources.synonyms.benefits).flatMap(([word, type]) =>
      isAssistanceType(type) && cardOf.has(type) ? [[readQuestion(word), type] as const] : [],
    ),
    ...programmes.flatMap((c) => [c.name, ...c.aliases].map((n) => [normalizeText(n), c.type] as const)),
  ]);
  // Only the cue words whose first character a question has can be in it (see first-char-index.ts).
  const benefitCueIndex = firstCharIndex([...benefitCues], ([word]) => word);
  // The cue words that may be in the text, in benefitCues' order.
  const cuesIn = (text: string): Map<string, AssistanceType> => new Map(benefitCueIndex.candidates(codeUnits(text)));
  // The benefits a text names in everyday words or by a programme's name, each once.
  function benefitsNamed(text: string): Set<AssistanceType> {
    const found = new Set<AssistanceType>();
    for (const [word, type] of benefitCueIndex.candidates(codeUnits(text))) if (text.includes(word)) found.add(type);
    return found;
  }
  // True when the words after a slip name a benefit that the clause taken back did not.
  const namesAnother = (taken: string, meant: string): boolean => {
    const before = benefitsNamed(taken);
    return [...benefitsNamed(meant)].some((type) => !before.has(type));
  };
  const eachBenefit = (text: string, whole: Diagnosis, options?: QueryOptions): Diagnosis => {
    // The clauses askedBenefits reads are parts of the text, so the cues the text may hold are all it needs.
    const asked = askedBenefits(text, cuesIn(text));
    if (asked.length < 2 || asked.length > MAX_QUESTION_PARTS) return whole;
    const parts = asked.map((m) => diagnoseText(`${cardOf.get(m.type)!.name} ${benefitPart(text, asked, m)}`, options));
    const answered = parts.filter((p) => p.verdict === 'answerable');
    if (answered.length < 2) return whole;
    return {
      ...whole,
      verdict: 'answerable',
      coverage: Math.max(whole.coverage, ...answered.map((p) => p.coverage)),
      ranked: interleave([whole.verdict === 'answerable' ? whole.ranked : [], ...answered.map((p) => p.ranked)]),
      parts: answered,
    };
  };

  const hitOf = (chunk: Chunk, score: number): SearchHit => {
    const rounded = Math.round(score * 1000) / 1000;
    if (chunk.programme) {
      const card = cardOf.get(chunk.programme.type)!;
      const basis = cardCitationLine(cardReferences(card[chunk.programme.part], documentsById));
      const hit: SearchHit = { kind: 'programme', documentId: chunk.documentId, title: cardTitle(card), section: chunk.section, text: chunk.text, score: rounded };
      return { ...hit, assistanceType: card.type, basis };
    }
    const doc = byId.get(chunk.documentId)!;
    return { kind: 'document', documentId: doc.id, title: doc.title, section: chunk.section, text: chunk.text, score: rounded };
  };

  return {
    documents: publicDocuments,
    programmes,
    chunks,
    skipped: options.skipped ?? [],
    diagnose,
    search(query: string, options?: QueryOptions): SearchResponse {
      const requested = options?.limit;
      const limit = requested !== undefined && Number.isFinite(requested) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(requested))) : DEFAULT_LIMIT;
      const { verdict, ranked } = diagnose(query, options);
      return { answerable: verdict === 'answerable', results: ranked.slice(0, limit).map(({ chunk, score }) => hitOf(chunk, score)) };
    },
    answer(query: string, options?: QueryOptions): PolicyAnswer {
      const diagnosis = diagnose(query, options);
      if (diagnosis.verdict !== 'answerable' || !diagnosis.parts) return answerFrom(diagnosis, options);
      // Each part is answered from its best passage alone, so that two or three answers stay readable on a phone.
      return composePartsAnswer(diagnosis.parts.map((part) => ({ verdict: part.verdict, answer: answerFrom(part, options, false) })));
    },
  };

  function answerFrom(diagnosis: Diagnosis, options?: QueryOptions, withSecondary = true): PolicyAnswer {
      const { verdict, ranked, analysis, weights, scope } = diagnosis;
      const best = ranked[0];
      if (scope.declineWith !== undefined) return declined(scope.declineWith);
      if (verdict !== 'answerable' || !best) return abstain(verdict === 'answerable' ? 'no-content' : verdict, scope.referTo);
      const place = regionOf(analysis, options);
      const sourceOf = (chunk: Chunk): AnswerSource => {
        if (chunk.programme) {
          const card = cardOf.get(chunk.programme.type)!;
          if (!place) return { chunk, card };
          const elsewhere = (id: string): boolean => {
            const doc = byId.get(id);
            return doc !== undefined && relateRegion(doc.regionPath, place.path) === 'elsewhere';
          };
          return { chunk, card, elsewhere };
        }
        const document = byId.get(chunk.documentId)!;
        const region: RegionContext = place
          ? {
              place,
              relation: relateRegion(document.regionPath, place.path),
              placeCovered: documents.some((d) => ['same', 'covers'].includes(relateRegion(d.regionPath, place.path))),
            }
          : {};
        return { chunk, document: documentsById.get(document.id)!, region };
      };
      // The best passage of the other kind joins the answer when it too covers the question and
      // scores close to the best: a card says what the programme is, a document how the place runs it.
      const other = ranked
        .slice(1, settings.secondaryDepth + 1)
        .find((r) => (r.chunk.programme === undefined) !== (best.chunk.programme === undefined));
      // The named programme's boost and the cards' lift where the place is known are left out of the
      // comparison: they say which card comes first, not that the local document matters less.
      const boosted = best.chunk.programme !== undefined && scope.named.includes(best.chunk.programme.type);
      const lifted = best.chunk.programme !== undefined && place !== undefined;
      const bestScore = best.score / (boosted ? settings.namedProgrammeFactor : 1) / (lifted ? settings.cardRegionFactor : 1);
      const secondary =
        withSecondary && other && other.coverage >= settings.minCoverage && other.score >= settings.secondaryScoreRatio * bestScore
          ? sourceOf(other.chunk)
          : undefined;
      return composeCombinedAnswer({
        primary: sourceOf(best.chunk),
        ...(secondary ? { secondary } : {}),
        concepts: analysis.concepts,
        weights,
        glossary: resources.glossary,
        documents: documentsById,
        figureNote: best.chunk.programme !== undefined && asksForFigure(analysis.text),
        ...(diagnosis.answeredBesideFigure === true ? { figureOnly: false } : {}),
      });
  }
}

// A sum of money named or asked about in a part of a question («给一万不», «能补个三五千吗», «2000够不够», «每月多少», «有没有上限»),
// or two sums compared («城市和农村一样吗» after the amount asked). Bounded.
const ABOUT_A_SUM = /[0-9０-９]{2,9}|[一二三四五六七八九十两几][万千百]|多少|上限|封顶|最高|最多|标准|一样|相同|区别|差别/u;

// The parts' rankings merged: the first of each, then the second of each …, each passage once.
function interleave<T extends { chunk: Chunk }>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let at = 0; at < longest; at++) {
    for (const list of lists) {
      const r = list[at];
      if (r && !seen.has(r.chunk.id)) {
        seen.add(r.chunk.id);
        out.push(r);
      }
    }
  }
  return out;
}

// A card's five parts share its names and often the question's words; after its best part, the others
// step back (×factor each), so the local document and other programmes reach the first results too.
function diversify(ranked: readonly Ranked[], factor: number): Ranked[] {
  if (factor >= 1) return [...ranked];
  const seen = new Map<string, number>();
  return ranked
    .map((r) => {
      if (!r.chunk.programme) return r;
      const before = seen.get(r.chunk.documentId) ?? 0;
      seen.set(r.chunk.documentId, before + 1);
      // A card's best part keeps its score (× factor⁰ is the same number): no copy needed.
      return before === 0 ? r : { chunk: r.chunk, score: r.score * factor ** before, i: r.i };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i);
}

/** A passage in a ranking: its position among the chunks and its score. */
interface Ranked {
  chunk: Chunk;
  score: number;
  i: number;
}

// The first `depth` results hold both kinds when both have a passage that covers the question: a
// programme's card and the document on how the window handles it answer different halves of many
// questions (「低保批下来谁通知我」), and an answer uses the best of each. In place; the passage moved up
// takes the last of the first `depth` places.
function mixKinds<T extends { chunk: Chunk }>(ranked: T[], depth: number, covers: (r: T) => number, minCoverage: number): void {
  if (ranked.length <= depth) return;
  const top = ranked.slice(0, depth);
  for (const isCard of [true, false]) {
    if (top.some((r) => (r.chunk.programme !== undefined) === isCard)) continue;
    // Of the passages of the missing kind that cover the question, the one covering most (the first
    // among equals): one that barely covers it is more often a passage sharing a word by chance.
    let at = -1;
    ranked.forEach((r, i) => {
      if (i < depth || (r.chunk.programme !== undefined) !== isCard || covers(r) < minCoverage) return;
      if (at === -1 || covers(r) > covers(ranked[at]!)) at = i;
    });
    if (at === -1) continue;
    const [moved] = ranked.splice(at, 1);
    ranked.splice(depth - 1, 0, moved!);
    return;
  }
}

// The cards a question has no word specific to. A card counts as meant when the question names its
// programme, or has a weighty word (a concept) that this card's eligibility, benefit or materials and those
// of at most `limit` cards contain, or a
// word that is part of this card's name and of at most `limit` names (「聋哑」 brings 残疾, in 「残疾人救助
// 和两项补贴」, though half the cards mention 残疾 somewhere).
function genericCards(
  concepts: readonly Concept[],
  matches: ConceptMatches,
  cards: readonly CardIndex[],
  named: readonly AssistanceType[],
  limit: number,
  processForms: ReadonlySet<string>,
): Set<AssistanceType> {
  const generic = new Set<AssistanceType>(cards.map((c) => c.type).filter((t) => !named.includes(t)));
  const meant = (holding: readonly CardIndex[]): void => {
    if (holding.length > 0 && holding.length <= limit) for (const c of holding) generic.delete(c.type);
  };
  matches.presence.forEach((presence, k) => {
    if ((matches.weights[k] ?? 0) <= 0) return;
    // A word about how one applies (「替他去」 → 代为申请, 「跑一趟」 → 网上申请) is the window's process,
    // which the documents describe for every programme: the one or two cards that repeat it are not meant.
    if (concepts[k]?.forms.some((f) => processForms.has(f)) === true) return;
    meant(cards.filter((c) => c.parts.some((i) => presence[i] === 1)));
    const forms = (concepts[k]?.forms ?? []).filter((f) => f.length >= 2);
    meant(cards.filter((c) => c.names.some((n) => forms.some((f) => n.includes(f)))));
  });
  return generic;
}

// The parts of a card that tell the window's process (where to apply, who may apply for one, who decides and
// how long), which the documents tell for every programme and most cards repeat in the same words: a word
// found there by chance («村里», «老人», «网上») does not say which programme a question is about.
const PROCESS_PARTS: ReadonlySet<CardPart> = new Set<CardPart>(['apply', 'decision']);

/** A card as genericCards sees it: the positions of its chunks that say what it is, and its names. */
interface CardIndex {
  type: AssistanceType;
  /** The chunks of its eligibility, benefit and materials parts (not PROCESS_PARTS). */
  parts: number[];
  names: string[];
}

// Synonym keys are residents' words, so they are read as questions are (「管些啥」 → 「管些什么」); the
// forms they bring are the documents' words and stay as written.
function readSynonymKeys(data: SynonymData, read: QuestionReader): SynonymData {
  const equivalent = data.equivalent.map((group) => [...new Set([...group, ...group.map(read)])]);
  const expand: Record<string, string[]> = {};
  for (const [key, forms] of Object.entries(data.expand)) expand[read(key)] = [...(expand[read(key)] ?? []), ...forms];
  return { ...data, equivalent, expand };
}

// Every document's heading paths, so a card's document sources can be checked before it is indexed.
function documentSections(documents: readonly LoadedDocument[], maxChars: number): Map<string, string[]> {
  return new Map(documents.map((d) => [d.id, chunkDocument(d.id, d.body, maxChars).map((c) => c.section)]));
}

// 「三、工作内容 › （二）规范工作程序」 → 「工作内容 规范工作程序」: the numbering is not searchable content.
function headingWords(section: string): string {
  return section
    .split(SECTION_SEPARATOR)
    .map((label) => label.replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[．.、]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十百\d]+[章条])/u, ''))
    .join(' ');
}
