import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import { z } from 'zod';
import { INTENT_NAMES, type IntentName } from './types.js';

/** One reply the bot may give for an intent, with the ids of the buttons offered under it (replies/buttons.yaml). */
export interface IntentResponse {
  text: string;
  buttons?: string[];
}

const intentFileSchema = z.object({
  intent: z.enum(INTENT_NAMES),
  examples: z.array(z.union([z.string(), z.number()]).transform(String)).min(1),
  responses: z
    .array(
      z.object({
        text: z.string().min(1),
        buttons: z.array(z.string().min(1)).optional(),
      }),
    )
    .min(1),
});

/** Everything the intents/ folder teaches: labelled examples and the replies per intent. */
export interface TrainingData {
  examples: { text: string; intent: IntentName }[];
  responses: Record<IntentName, IntentResponse[]>;
}

/** Raised when intents/ is incomplete or malformed; the message names the file to fix. */
export class TrainingDataError extends Error {
  override readonly name = 'TrainingDataError';
}

/** Files in intents/ that are not intent files (urgency.yaml holds the urgency lexicon). */
export const NON_INTENT_FILES: readonly string[] = ['urgency.yaml'];

/** Validates parsed intent files (file name → parsed YAML) into training data; throws TrainingDataError. */
export function buildTrainingData(files: ReadonlyMap<string, unknown>): TrainingData {
  const examples: TrainingData['examples'] = [];
  const responses: Partial<Record<IntentName, IntentResponse[]>> = {};
  const seen = new Map<string, string>();
  for (const [file, raw] of files) {
    const parsed = intentFileSchema.safeParse(raw);
    if (!parsed.success)
      throw new TrainingDataError(`${file} is not a valid intent file: ${z.prettifyError(parsed.error)}`);
    const { intent } = parsed.data;
    if (file.replace(/^.*[\\/]/u, '') !== `${intent}.yaml`) {
      throw new TrainingDataError(`${file} declares intent "${intent}"; name the file ${intent}.yaml`);
    }
    if (responses[intent]) throw new TrainingDataError(`intent "${intent}" is defined twice (${file})`);
    responses[intent] = parsed.data.responses.map((r) =>
      r.buttons ? { text: r.text, buttons: r.buttons } : { text: r.text },
    );
    for (const text of parsed.data.examples) {
      const key = text.trim();
      const other = seen.get(key);
      // The same sentence under two intents teaches the model nothing but confusion.
      if (other !== undefined && other !== file)
        throw new TrainingDataError(`example "${key}" appears in both ${other} and ${file}`);
      if (other !== undefined) continue;
      seen.set(key, file);
      examples.push({ text: key, intent });
    }
  }
  const missing = INTENT_NAMES.filter((name) => !responses[name]);
  if (missing.length > 0) throw new TrainingDataError(`intents/ has no file for: ${missing.join(', ')}`);
  return { examples, responses: responses as Record<IntentName, IntentResponse[]> };
}

/** Reads intents/<intent>.yaml (all 13) and validates them with zod. */
export async function loadTrainingData(intentsDir: string): Promise<TrainingData> {
  const names = (await readdir(intentsDir))
    .filter((f) => f.endsWith('.yaml') && !NON_INTENT_FILES.includes(f))
    .sort();
  const files = new Map<string, unknown>();
  for (const name of names) {
    const path = join(intentsDir, name);
    try {
      files.set(name, parseYaml(await readFile(path, 'utf8')));
    } catch (error) {
      throw new TrainingDataError(`${path} is not valid YAML: ${(error as Error).message}`);
    }
  }
  return buildTrainingData(files);
}
