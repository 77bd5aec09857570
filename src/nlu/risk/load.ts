import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createNetReader, createRiskAssessor, type NetThresholds } from './assessor.js';
import { loadRiskData, type RiskData } from './data.js';
import { loadRiskExamples, type RiskExample } from './examples.js';
import { trainRiskNet, type RiskNet } from './net.js';
import type { RiskAssessor } from './types.js';

/** Options of loadRiskAssessor. */
export interface LoadRiskAssessorOptions {
  /** The risk/ folder (taxonomy, replies, signals, examples/). */
  riskDir: string;
  /** Labelled files the net trains on; default: every risk/examples/*.yaml. Empty: no net. */
  trainingFiles?: readonly string[];
  thresholds?: NetThresholds;
}

/** The loaded assessor with its parts, for the engine (replies) and the benchmark. */
export interface LoadedRiskAssessor {
  assess: RiskAssessor;
  data: RiskData;
  net: RiskNet | undefined;
  examples: number;
  trainingMs: number;
}

/** Trains the learned net on labelled examples, read as the assessor reads a message (text and signals). */
export function trainNetFor(data: RiskData, examples: readonly RiskExample[]): RiskNet {
  return trainRiskNet(examples, {
    knownCategories: new Set(data.taxonomy.categories.keys()),
    read: createNetReader(data),
  });
}

/** The labelled files in risk/examples/, sorted. */
export async function riskExampleFiles(riskDir: string): Promise<string[]> {
  const dir = join(riskDir, 'examples');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => join(dir, n));
}

/** Loads risk/, trains the net on the labelled examples (about a second) and returns the assessor. */
export async function loadRiskAssessor(options: LoadRiskAssessorOptions): Promise<LoadedRiskAssessor> {
  const started = performance.now();
  const data = await loadRiskData(options.riskDir);
  const files = options.trainingFiles ?? (await riskExampleFiles(options.riskDir));
  const examples: RiskExample[] = (await Promise.all(files.map((f) => loadRiskExamples(f)))).flat();
  const net =
    examples.length > 0
      ? trainNetFor(data, examples)
      : undefined;
  const assess = createRiskAssessor({
    data,
    ...(net ? { net } : {}),
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
  });
  return { assess, data, net, examples: examples.length, trainingMs: performance.now() - started };
}
