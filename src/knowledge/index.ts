// The policy knowledge base: offline retrieval over the documents in knowledge/ and answers with citations.
export type { KnowledgeBaseOptions, LoadedKnowledgeBase, Diagnosis } from './create-knowledge-base.js';
export { createKnowledgeBase, loadKnowledgeBase } from './create-knowledge-base.js';
export type { KnowledgeLogger, LoadedDocument, SkippedFile } from './load-documents.js';
export type { RetrievalSettings } from './settings.js';
export type {
  Chunk,
  Citation,
  KnowledgeBase,
  PassageKind,
  PolicyAnswer,
  PolicyDocument,
  QueryOptions,
  SearchHit,
  SearchResponse,
  SuggestedAction,
} from './types.js';
export type { CardFact, CardPart, CardSource, ProgrammeCard } from './programme-card.js';
export { CARD_PART_LABELS, CARD_PARTS, programmeCardSchema } from './programme-card.js';
export { APPLY_FOLLOW_UP } from './compose-answer.js';
