import type { AssistanceType } from '../nlu/types.js';
import type { CardPart, ProgrammeCard } from './programme-card.js';

/** Metadata of one policy document in knowledge/. */
export interface PolicyDocument {
  id: string;
  title: string;
  issuer: string;
  docNumber?: string;
  date?: string;
  /** Region the document applies to, e.g. 「江阴市」, 「山东省」. */
  region: string;
  source?: string;
}

/** What a passage comes from: a policy document, or one part of a programme card. */
export type PassageKind = 'document' | 'programme';

/** One retrievable passage of a document or a programme card, with its heading path for citation. */
export interface Chunk {
  id: string;
  /** The document id, or `programme:<assistance type>` for a card. */
  documentId: string;
  /** Heading path, e.g. 「三、工作内容 › （二）规范工作程序 › 2．转办转介」; for a card, the part (「谁能申请」). */
  section: string;
  text: string;
  /** Set on the parts of a programme card. */
  programme?: { type: AssistanceType; part: CardPart };
}

/** One search hit, the shape of `POST /api/v1/kb/search` results. */
export interface SearchHit {
  /** What the hit is; the knowledge base always sets it, hits built elsewhere without it are documents. */
  kind?: PassageKind;
  documentId: string;
  title: string;
  section: string;
  text: string;
  score: number;
  /** The programme's assistance type, on card hits. */
  assistanceType?: AssistanceType;
  /** The card's citation line (「依据：《社会救助暂行办法》第九条」), on card hits. */
  basis?: string;
}

/** Search results plus whether the knowledge base can answer the query at all. */
export interface SearchResponse {
  answerable: boolean;
  results: SearchHit[];
}

/** A citation the resident reads under an answer. */
export interface Citation {
  documentId: string;
  title: string;
  docNumber?: string;
  section: string;
  /** For a programme card: the regulations and seed sections its quoted facts rest on. */
  references?: string[];
}

/** The button an answer ends with: apply for the programme it described, or talk to a person. */
export type SuggestedAction =
  | { id: 'apply'; assistanceType: AssistanceType; label: '现在申请' }
  | { id: 'request_human'; label: '转人工' };

/** A composed answer; when `answerable` is false, `text` is a kind abstention. */
export interface PolicyAnswer {
  answerable: boolean;
  text: string;
  citations: Citation[];
  /** Region the answer applies to, when the documents are regional. */
  region?: string;
  /** The action offered after the answer, rendered as a button by the dialogue. */
  suggestedAction?: SuggestedAction;
  /** The question that goes with the action (「要不要现在帮您申请？」). */
  followUp?: string;
  /** The question asks for a local figure (低保标准是多少) the documents do not state, and the answer says so. */
  figureMissing?: boolean;
}

/** Options for search and answer. */
export interface QueryOptions {
  limit?: number;
  /** Locality of the conversation, when known; documents of that region are preferred. */
  region?: string;
}

/** The policy knowledge base: offline retrieval and answer composition. */
export interface KnowledgeBase {
  readonly documents: readonly PolicyDocument[];
  /** The programme cards (one per assistance type at most). */
  readonly programmes: readonly ProgrammeCard[];
  search(query: string, options?: QueryOptions): SearchResponse;
  answer(query: string, options?: QueryOptions): PolicyAnswer;
}
