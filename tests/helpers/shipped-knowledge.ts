import { fileURLToPath } from 'node:url';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';

/** The shipped knowledge folder (documents, cards, synonyms), as the round tests read it. */
export const SHIPPED_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

/** Loads the shipped knowledge base with the default retrieval settings. */
export function loadShippedKnowledge(): Promise<LoadedKnowledgeBase> {
  return loadKnowledgeBase({ dir: SHIPPED_KNOWLEDGE });
}

/** The first three results of a question, each as its card's type or its document section. */
export function firstThreeOf(kb: LoadedKnowledgeBase, question: string): string[] {
  return kb
    .diagnose(question)
    .ranked.slice(0, 3)
    .map((r) => r.chunk.programme?.type ?? r.chunk.section);
}
