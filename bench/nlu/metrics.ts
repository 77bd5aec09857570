// Classification metrics for the NLU benchmark.

/** Per-class precision, recall, F1 and support. */
export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Accuracy, macro-F1, per-class scores and the confusion counts (gold → predicted → n). */
export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  perClass: ClassScore[];
  confusion: Map<string, Map<string, number>>;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores predictions against gold labels over a fixed label set. */
export function classificationReport(
  labels: readonly string[],
  pairs: readonly { gold: string; predicted: string }[],
): ClassificationReport {
  const confusion = new Map<string, Map<string, number>>();
  for (const { gold, predicted } of pairs) {
    const row = confusion.get(gold) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(gold, row);
  }
  const perClass = labels.map((label): ClassScore => {
    const tp = pairs.filter((p) => p.gold === label && p.predicted === label).length;
    const predictedCount = pairs.filter((p) => p.predicted === label).length;
    const support = pairs.filter((p) => p.gold === label).length;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    return { label, precision, recall, f1: f1(precision, recall), support };
  });
  const scored = perClass.filter((c) => c.support > 0);
  return {
    accuracy: pairs.filter((p) => p.gold === p.predicted).length / Math.max(1, pairs.length),
    macroF1: scored.reduce((sum, c) => sum + c.f1, 0) / Math.max(1, scored.length),
    perClass,
    confusion,
  };
}

/** Expected calibration error over equal-width confidence bins: how far confidence is from accuracy. */
export function expectedCalibrationError(
  samples: readonly { confidence: number; correct: boolean }[],
  bins = 10,
): number {
  let error = 0;
  for (let b = 0; b < bins; b++) {
    const inBin = samples.filter((s) => Math.min(bins - 1, Math.floor(s.confidence * bins)) === b);
    if (inBin.length === 0) continue;
    const confidence = inBin.reduce((sum, s) => sum + s.confidence, 0) / inBin.length;
    const accuracy = inBin.filter((s) => s.correct).length / inBin.length;
    error += (inBin.length / samples.length) * Math.abs(confidence - accuracy);
  }
  return error;
}

/** Formats a ratio as 0.000. */
export function r3(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '–';
}
