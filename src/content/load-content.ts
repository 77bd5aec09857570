import path from 'node:path';
import type { Config } from '../config.js';
import { loadAnswerWords, type AnswerWords } from '../engine/answer-words.js';
import { loadButtonCatalog, type ButtonCatalog } from '../engine/buttons.js';
import type { EngineLogger } from '../engine/logger.js';
import { loadSystemReplies, type SystemReplies } from '../engine/system-replies.js';
import type { FormRegistry } from '../forms/form-registry.js';
import { loadForms } from '../forms/load-forms.js';
import { loadCannedReplies, type CannedReplyBook } from '../handoff/canned-replies.js';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from '../knowledge/create-knowledge-base.js';
import { loadLocalities } from '../localities/load-localities.js';
import type { LocalityRegistry } from '../localities/locality-registry.js';
import type { LocalityProfile } from '../localities/schema.js';
import { createNlu, type TrainedNlu } from '../nlu/create-nlu.js';
import { loadRiskAssessor, type LoadedRiskAssessor } from '../nlu/risk/load.js';
import type { RiskAssessment } from '../nlu/risk/types.js';
import type { Urgency } from '../nlu/types.js';

/** Everything a start reads from the content folders (intents/, risk/, knowledge/, forms/, replies/, localities/). */
export interface LoadedContent {
  risk: LoadedRiskAssessor;
  replies: SystemReplies;
  buttons: ButtonCatalog;
  words: AnswerWords;
  nlu: TrainedNlu;
  knowledge: LoadedKnowledgeBase;
  localities: LocalityRegistry;
  forms: FormRegistry;
  /** The profile of LOCALITY (or the default one). */
  locality: LocalityProfile;
  cannedReplies: CannedReplyBook;
}

/**
 * Loads the content folders as a start does (the server, and the build that prepares its caches): the risk detector
 * first, since it decides urgency everywhere (the dialogue and the NLU's parse); its net and the intent classifier
 * are read from RISK_CACHE_DIR when their sources have not changed since they were trained. A broken content file
 * throws before any database is touched.
 */
export async function loadContent(config: Config, logger: EngineLogger): Promise<LoadedContent> {
  const contentStarted = performance.now();
  const risk = await loadRiskAssessor({ riskDir: config.RISK_DIR, cacheDir: config.RISK_CACHE_DIR });
  const riskMs = performance.now() - contentStarted;
  const [replies, buttons, words, nlu, knowledge, localities, forms] = await Promise.all([
    loadSystemReplies(path.resolve(config.REPLIES_DIR, 'system.yaml')),
    loadButtonCatalog(path.resolve(config.REPLIES_DIR, 'buttons.yaml')),
    loadAnswerWords(path.resolve(config.REPLIES_DIR, 'answer-words.yaml')),
    createNlu({
      intentsDir: config.INTENTS_DIR,
      urgency: (text) => urgencyOf(risk.assess(text)),
      // The trained classifier is kept beside the risk net: a start reads it unless intents/ changed.
      cacheDir: config.RISK_CACHE_DIR,
    }),
    loadKnowledgeBase({ dir: config.KNOWLEDGE_DIR, logger }),
    loadLocalities({ dir: config.LOCALITIES_DIR, logger }),
    loadForms(config.FORMS_DIR, logger),
  ]);
  const locality = config.LOCALITY ? localities.get(config.LOCALITY) : localities.default();
  if (!locality)
    throw new Error(
      `LOCALITY=${config.LOCALITY} has no profile in ${config.LOCALITIES_DIR}; add one or unset LOCALITY`,
    );
  const cannedReplies = await loadCannedReplies(config.LOCALITIES_DIR, locality.code);
  logger.info(
    {
      examples: nlu.stats.examples,
      trainingMs: Math.round(nlu.stats.trainingMs),
      classifier: nlu.stats.classifierSource,
      documents: knowledge.documents.length,
      chunks: knowledge.chunks.length,
      locality: locality.code,
      riskMs: Math.round(riskMs),
      contentMs: Math.round(performance.now() - contentStarted),
    },
    'content loaded',
  );
  return { risk, replies, buttons, words, nlu, knowledge, localities, forms, locality, cannedReplies };
}

/** The NLU's view of a risk verdict: distress is not urgent (it gets a kind word, not the queue). */
function urgencyOf(verdict: RiskAssessment): Urgency {
  return verdict.level === 'critical' || verdict.level === 'high'
    ? { level: verdict.level, reasons: verdict.reasons }
    : { level: 'none', reasons: [] };
}
