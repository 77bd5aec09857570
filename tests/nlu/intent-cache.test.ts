// The trained intent classifier kept on disk: read back it classifies exactly as trained; a change of the
// examples, their labels or the options gives another key; a damaged or foreign file is not read.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fitIntentModel, intentClassifierFrom, type LabelledExample } from '../../src/nlu/classifier.js';
import { createNlu } from '../../src/nlu/create-nlu.js';
import {
  decodeIntentModel,
  encodeIntentModel,
  intentModelKey,
  readCachedIntentModel,
  writeCachedIntentModel,
} from '../../src/nlu/intent-cache.js';
import { packModel } from '../../src/nlu/model-cache-files.js';
import { INTENT_NAMES } from '../../src/nlu/types.js';

const EXAMPLES: LabelledExample[] = [
  { text: '你好', intent: 'greet' },
  { text: '谢谢你们', intent: 'thanks' },
  { text: '我要申请低保', intent: 'apply' },
  { text: '低保要什么材料', intent: 'ask_policy' },
  { text: '我的申请到哪了', intent: 'check_status' },
  { text: '家里着火了 快来人', intent: 'report_urgent' },
];
const folders: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'yimen-intent-cache-'));
  folders.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('the intent model cache', () => {
  it('reads back a model that classifies exactly as the one trained', async () => {
    const model = fitIntentModel(EXAMPLES);
    const key = await intentModelKey(EXAMPLES, {});
    const dir = await folder();
    expect(await writeCachedIntentModel(dir, key, model)).toBe(true);
    const read = await readCachedIntentModel(dir, key);
    expect(read).toBeDefined();
    const trained = intentClassifierFrom(model);
    const cached = intentClassifierFrom(read!);
    for (const text of ['您好', '想申请低保', '着火了', '材料有哪些', 'qwxz'])
      expect(cached.classify(text)).toEqual(trained.classify(text));
  });

  it('keys on the examples, their labels and the options', async () => {
    const key = await intentModelKey(EXAMPLES, {});
    expect(await intentModelKey([...EXAMPLES], {})).toBe(key);
    expect(await intentModelKey(EXAMPLES.slice(1), {})).not.toBe(key);
    expect(await intentModelKey([{ ...EXAMPLES[0]!, intent: 'thanks' }, ...EXAMPLES.slice(1)], {})).not.toBe(
      key,
    );
    expect(await intentModelKey(EXAMPLES, { epochs: 5 })).not.toBe(key);
  });

  it('does not read a damaged file or one of another key', async () => {
    const model = fitIntentModel(EXAMPLES);
    const bytes = encodeIntentModel(model, 'a'.repeat(32));
    expect(decodeIntentModel(bytes, 'b'.repeat(32))).toBeUndefined();
    expect(decodeIntentModel(bytes.subarray(0, bytes.length - 8), 'a'.repeat(32))).toBeUndefined();
    expect(decodeIntentModel(Buffer.from('not a model'), 'a'.repeat(32))).toBeUndefined();
    const dir = await folder();
    await writeFile(join(dir, `intent-model-${'c'.repeat(32)}.bin`), 'garbage');
    expect(await readCachedIntentModel(dir, 'c'.repeat(32))).toBeUndefined();
  });

  it('keeps idf and weights in float32 and never reads a file of the older float64 layout', () => {
    const model = fitIntentModel(EXAMPLES);
    expect(model.idf).toBeInstanceOf(Float32Array);
    expect(model.weights).toBeInstanceOf(Float32Array);
    const key = 'a'.repeat(32);
    const fields = { intents: INTENT_NAMES, vocabulary: model.vocabulary, temperature: model.temperature };
    const older = packModel('yimen-intent-model/1', key, fields, [
      Float64Array.from(model.idf),
      model.bias,
      Float64Array.from(model.weights),
    ]);
    expect(decodeIntentModel(older, key)).toBeUndefined();
  });

  it('lets the NLU train once and read the classifier from the folder on the next start', async () => {
    const dir = await folder();
    const first = await createNlu({ intentsDir: 'intents', cacheDir: dir });
    const second = await createNlu({ intentsDir: 'intents', cacheDir: dir });
    expect(first.stats.classifierSource).toBe('trained');
    expect(second.stats.classifierSource).toBe('cache');
    expect((await readdir(dir)).filter((f) => f.startsWith('intent-model-'))).toHaveLength(1);
    for (const text of ['俺家遭了雹子 大棚全砸了 能帮帮忙不', '你好', '我的申请批了没有'])
      expect(second.classifier.classify(text)).toEqual(first.classifier.classify(text));
  });
});
