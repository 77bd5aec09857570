// The policy knowledge base: offline retrieval over the documents in knowledge/ and answers with citations.
export type { KnowledgeBaseOptions, LoadedKnowledgeBase, Diagnosis } from './create-knowledge-base.js';
export { createKnowledgeBase, loadKnowledgeBase } from './create-knowledge-base.js';
export type { KnowledgeLogger, LoadedDocument, SkippedFile } from './load-documents.js';
export type { RetrievalSettings } from './settings.js';
export type { Chunk, Citation, KnowledgeBase, PolicyAnswer, PolicyDocument, QueryOptions, SearchHit, SearchResponse } from './types.js';
