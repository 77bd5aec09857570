import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createHintReader, createNetReader, createRiskAssessor, type NetThresholds } from './assessor.js';
import { loadRiskData, type RiskData } from './data.js';
import { parseRiskExamples, type RiskExample } from './examples.js';
import { readCachedRiskNet, riskNetCacheKey, writeCachedRiskNet } from './net-cache.js';
import { riskNetFromModel, trainRiskNet, type RiskNet, type RiskNetOptions } from './net.js';
import { RiskDataError } from './errors.js';
import { parse as parseYaml } from 'yaml';
import type { RiskAssessor } from './types.js';

/** Options of loadRiskAssessor. */
export interface LoadRiskAssessorOptions {
  /** The risk/ folder (taxonomy, replies, signals, examples/). */
  riskDir: string;
  /** Labelled files the net trains on; default: every risk/examples/*.yaml. Empty: no net. */
  trainingFiles?: readonly string[];
  thresholds?: NetThresholds;
  /**
   * Where the trained net is kept between starts (see net-cache.ts); absent: trained at every load. A
   * folder that cannot be written only costs the training at the next start.
   */
  cacheDir?: string;
}

/** Where the net of a load came from. */
export type RiskNetSource = 'trained' | 'cache' | 'none';

/** The loaded assessor with its parts, for the engine (replies) and the benchmark. */
export interface LoadedRiskAssessor {
  assess: RiskAssessor;
  data: RiskData;
  net: RiskNet | undefined;
  examples: number;
  /** Time to load risk/ and train the net or read it from the cache, in milliseconds. */
  trainingMs: number;
  netSource: RiskNetSource;
  /** The cache key of the net (set when a cacheDir was given). */
  netKey?: string;
}

/** Training choices made with the rules' help: hints as features, more weight on calm messages with a hint. */
export interface NetExtras {
  hints?: boolean;
  calmHintWeight?: number;
}

/** How the net is trained: the net's own settings and the rules' help. */
export type NetTraining = Pick<RiskNetOptions, 'trigramBuckets' | 'urgentWeight' | 'l2' | 'epochs'> &
  NetExtras;

/** How the shipped net is trained; chosen by leave-one-file-out cross-validation (npm run bench:risk:cv). */
export const NET_OPTIONS: NetTraining = {};

/** Trains the learned net on labelled examples, read as the assessor reads a message (text and signals). */
export function trainNetFor(
  data: RiskData,
  examples: readonly RiskExample[],
  options: NetTraining = NET_OPTIONS,
): RiskNet {
  const { hints, calmHintWeight, ...rest } = options;
  const hintsOf = createHintReader(data);
  // Calm messages in which a rule's condition fired are the ones the net is asked about and may raise.
  const exampleWeights = calmHintWeight
    ? examples.map((e) => (e.level === 'none' && hintsOf(e.text).length > 0 ? calmHintWeight : 1))
    : undefined;
  return trainRiskNet(examples, {
    ...rest,
    knownCategories: new Set(data.taxonomy.categories.keys()),
    read: createNetReader(data),
    ...(hints ? { hintsOf } : {}),
    ...(exampleWeights ? { exampleWeights } : {}),
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

/** Loads risk/, trains the net on the labelled examples (or reads it from the cache) and returns the assessor. */
export async function loadRiskAssessor(options: LoadRiskAssessorOptions): Promise<LoadedRiskAssessor> {
  const started = performance.now();
  const data = await loadRiskData(options.riskDir);
  const files = options.trainingFiles ?? (await riskExampleFiles(options.riskDir));
  const sources = await Promise.all(
    files.map(async (file) => {
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (error) {
        throw new RiskDataError(`${file} cannot be read: ${(error as Error).message}`);
      }
      return [basename(file), content] as const;
    }),
  );
  // Parsed only when the net has to be trained: a cached net was trained on exactly these files (they are in
  // its key), and parsing ~0.5 MB of YAML is a third of a second of every start.
  const parseExamples = (): RiskExample[] =>
    sources.flatMap(([name, content], i) => {
      let raw: unknown;
      try {
        raw = parseYaml(content);
      } catch (error) {
        throw new RiskDataError(`${files[i] ?? name} cannot be read as YAML: ${(error as Error).message}`);
      }
      return parseRiskExamples(raw, files[i] ?? name);
    });
  let net: RiskNet | undefined;
  let netSource: RiskNetSource = 'none';
  let netKey: string | undefined;
  let exampleCount = 0;
  if (options.cacheDir !== undefined && sources.length > 0) {
    netKey = await riskNetCacheKey({
      examples: sources,
      extra: [
        await readFile(join(options.riskDir, 'signals.yaml'), 'utf8'),
        [...data.taxonomy.categories.keys()].join(','),
      ],
    });
    const cached = await readCachedRiskNet(options.cacheDir, netKey);
    if (cached) {
      net = riskNetFromModel(cached);
      netSource = 'cache';
      // Every example counts in exactly one class.
      exampleCount = cached.counts.reduce((sum, n) => sum + n, 0);
    }
  }
  if (!net) {
    const examples = parseExamples();
    exampleCount = examples.length;
    if (examples.length > 0) {
      net = trainNetFor(data, examples);
      netSource = 'trained';
      if (options.cacheDir !== undefined && netKey !== undefined && net.model)
        await writeCachedRiskNet(options.cacheDir, netKey, net.model);
    }
  }
  const assess = createRiskAssessor({
    data,
    ...(net ? { net } : {}),
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
  });
  return {
    assess,
    data,
    net,
    examples: exampleCount,
    trainingMs: performance.now() - started,
    netSource,
    ...(netKey ? { netKey } : {}),
  };
}
