/**
 * A learned model's vocabulary (feature → row), packed. The risk net knows about 250,000 features: as a Map they
 * were 250,000 separate strings plus the Map's table, about 17 MB of heap at rest; packed into one string, its
 * offsets and an open-addressing table of row numbers they take about 5 MB. Lookups answer exactly as the Map built
 * from the same list did (a feature listed twice has its last row).
 */

/** The read side shared with a Map<string, number>, so the vectorizers take either. */
export interface FeatureLookup {
  get(feature: string): number | undefined;
}

// FNV-1a over UTF-16 code units: cheap, deterministic, and no allocation per lookup.
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The features of a vocabulary, in row order, and their rows by name; immutable once built. */
export class FeatureIndex implements FeatureLookup {
  /** Number of rows (the length of the list it was built from). */
  readonly size: number;
  // Every feature, one after another; feature j is text.slice(starts[j], starts[j + 1]).
  private readonly text: string;
  private readonly starts: Uint32Array;
  // Open addressing with linear probing: row + 1, or 0 for an empty slot; at most half full.
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(features: readonly string[]) {
    this.size = features.length;
    this.text = features.join('');
    this.starts = new Uint32Array(features.length + 1);
    let at = 0;
    features.forEach((feature, j) => {
      this.starts[j] = at;
      at += feature.length;
    });
    this.starts[features.length] = at;
    let capacity = 8;
    while (capacity < features.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    features.forEach((feature, j) => {
      const slot = this.find(feature);
      // A repeated feature keeps its last row, as Map's set does.
      this.slots[slot] = j + 1;
    });
  }

  /** The row of `feature`, or undefined when the model never saw it. */
  get(feature: string): number | undefined {
    const row = this.slots[this.find(feature)] ?? 0;
    return row === 0 ? undefined : row - 1;
  }

  /** The feature of row `j` (a fresh string, equal to the one the index was built from). */
  at(j: number): string {
    return this.text.slice(this.starts[j] ?? 0, this.starts[j + 1] ?? 0);
  }

  /** Every feature in row order, as the list the index was built from. */
  features(): string[] {
    return Array.from({ length: this.size }, (_, j) => this.at(j));
  }

  // The slot holding `feature`, or the empty slot where it would go.
  private find(feature: string): number {
    let slot = hashOf(feature) & this.mask;
    for (;;) {
      const row = this.slots[slot] ?? 0;
      if (row === 0 || this.holds(row - 1, feature)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private holds(j: number, feature: string): boolean {
    const start = this.starts[j] ?? 0;
    return (this.starts[j + 1] ?? 0) - start === feature.length && this.text.startsWith(feature, start);
  }
}
