import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { createStartUpMemo } from '../runtime/start-up-memo.js';

/**
 * The content files (intents, forms, replies, knowledge, risk signals …) are YAML, and parsing them with `yaml` was
 * about half a second of every start: fifty times what reading the same values back as JSON costs. While a start's
 * memos are open (src/runtime/start-up-memo.ts), a text parsed at an earlier start is read back, keyed by a hash of
 * its exact text under the `yaml` release; an edited file is a miss, parsed as before. Only values JSON carries
 * exactly are kept (no infinities, no -0): what a read returns is what the parser returns.
 */

const yamlRelease = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;

const memo = createStartUpMemo({
  name: 'yaml',
  format: `yimen-yaml-parsed/1 yaml@${yamlRelease}`,
  // Every content file a start reads, with room for the edits of a working day.
  maxEntries: 400,
});

/** Parses YAML text as `yaml`'s parse does, read back from the start-up memo when this exact text was parsed before. */
export function parseYaml(text: string): unknown {
  return memo.recall(
    createHash('sha256').update(text).digest('hex'),
    () => parse(text) as unknown,
    (value, json) => isDeepStrictEqual(JSON.parse(json), value),
  );
}
