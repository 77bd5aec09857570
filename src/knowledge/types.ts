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

/** One retrievable passage of a document, with its heading path for citation. */
export interface Chunk {
  id: string;
  documentId: string;
  /** Heading path, e.g. 「三、工作内容 › （二）规范工作程序 › 2．转办转介」. */
  section: string;
  text: string;
}

/** One search hit, the shape of `POST /api/v1/kb/search` results. */
export interface SearchHit {
  documentId: string;
  title: string;
  section: string;
  text: string;
  score: number;
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
}

/** A composed answer; when `answerable` is false, `text` is a kind abstention. */
export interface PolicyAnswer {
  answerable: boolean;
  text: string;
  citations: Citation[];
  /** Region the answer applies to, when the documents are regional. */
  region?: string;
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
  search(query: string, options?: QueryOptions): SearchResponse;
  answer(query: string, options?: QueryOptions): PolicyAnswer;
}
