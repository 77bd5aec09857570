import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { readModelFile, writeModelFile, type ModelFiles } from '../nlu/model-cache-files.js';

/**
 * The content files (intents, forms, replies, knowledge, risk signals …) are YAML, and parsing them with `yaml` was
 * about half a second of every start: fifty times what reading the same values back as JSON costs. A start opens
 * the cache of values parsed before (kept beside the learned models), each keyed by a hash of the file's exact
 * text and the `yaml` release, so an edited file or another parser is simply a miss that is parsed as before.
 * Only values JSON carries exactly are kept (no dates, no infinities): what a cached read returns is what the
 * parser returns.
 */

const FILES: ModelFiles = { prefix: 'yaml-parsed-', suffix: '.json' };
const FORMAT = 'yimen-yaml-parsed/1';
// Values kept in the file: every content file a start reads, with room for the edits of a working day.
const MAX_ENTRIES = 400;

const yamlRelease = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

interface OpenCache {
  dir: string;
  /** Parsed values of earlier processes, as JSON text, by key. */
  stored: Map<string, string>;
  /** The entries this process read or parsed, which the next save keeps first. */
  used: Map<string, string>;
  changed: boolean;
}

let cache: OpenCache | undefined;

/** Parses YAML text as `yaml`'s parse does, answering from the open parse cache when this exact text was parsed before. */
export function parseYaml(text: string): unknown {
  if (!cache) return parse(text) as unknown;
  const key = keyOf(text);
  const known = cache.stored.get(key) ?? cache.used.get(key);
  if (known !== undefined) {
    cache.used.set(key, known);
    return JSON.parse(known) as unknown;
  }
  const value = parse(text) as unknown;
  const json = JSON.stringify(value);
  // undefined (an empty file) and values JSON cannot carry exactly are parsed again next time.
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) {
    cache.used.set(key, json);
    cache.changed = true;
  }
  return value;
}

/** Opens the parse cache kept in `dir` for the parses that follow (a start's content loading). */
export async function openYamlParseCache(dir: string): Promise<void> {
  const stored = new Map<string, string>();
  const bytes = await readModelFile(dir, FILES, 'cache');
  if (bytes) {
    try {
      const file = JSON.parse(bytes.toString('utf8')) as { format?: unknown; entries?: unknown };
      if (file.format === FORMAT && file.entries && typeof file.entries === 'object')
        for (const [key, value] of Object.entries(file.entries as Record<string, unknown>))
          stored.set(key, JSON.stringify(value));
    } catch {
      // A damaged cache is a cache that missed: every file is parsed again and the cache rewritten.
    }
  }
  cache = { dir, stored, used: new Map(), changed: false };
}

/**
 * Writes what this process parsed back to the cache (the entries it used first, then the older ones, up to a
 * bound) when anything was new, and closes the cache so that later parses hold no copy in memory.
 */
export async function closeYamlParseCache(): Promise<void> {
  const open = cache;
  cache = undefined;
  if (!open?.changed) return;
  const entries = new Map(open.used);
  for (const [key, json] of open.stored)
    if (entries.size < MAX_ENTRIES && !entries.has(key)) entries.set(key, json);
  const body = [...entries].map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',');
  const text = `{"format":${JSON.stringify(FORMAT)},"entries":{${body}}}`;
  await writeModelFile(open.dir, FILES, 'cache', Buffer.from(text, 'utf8'));
}

function keyOf(text: string): string {
  return createHash('sha256').update(yamlRelease).update('\u0000').update(text).digest('hex');
}
