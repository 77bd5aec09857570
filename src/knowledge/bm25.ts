/** BM25 parameters: `k1` saturates term frequency, `b` normalises for passage length. */
export interface Bm25Params {
  k1: number;
  b: number;
}

/** The usual defaults (Robertson; Lucene). */
export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Inverse document frequency, Lucene's non-negative form: ln(1 + (N − df + 0.5) / (df + 0.5)). */
export function idf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** An in-memory BM25 index over pre-tokenised passages (one field). */
export class Bm25Index {
  readonly size: number;
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly norms: Float64Array;
  private readonly params: Bm25Params;

  constructor(passages: readonly (readonly string[])[], params: Bm25Params = DEFAULT_BM25) {
    this.size = passages.length;
    this.params = params;
    const lengths = passages.map((tokens) => tokens.length);
    const average = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
    // The length part of the BM25 denominator is fixed per passage, so it is computed once here.
    this.norms = Float64Array.from(lengths, (n) => params.k1 * (1 - params.b + (params.b * n) / average));
    passages.forEach((tokens, doc) => {
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf });
      }
    });
  }

  /** Number of passages containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Adds `weight` × BM25 of the weighted query terms to `scores` (one slot per passage). */
  scoreInto(query: ReadonlyMap<string, number>, scores: Float64Array, weight = 1): void {
    const { k1 } = this.params;
    for (const [term, termWeight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const w = weight * termWeight * idf(this.size, list.length);
      for (const { doc, tf } of list) scores[doc]! += (w * tf * (k1 + 1)) / (tf + this.norms[doc]!);
    }
  }
}
