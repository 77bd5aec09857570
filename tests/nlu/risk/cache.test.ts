import { appendFile, copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeRiskNetModel,
  encodeRiskNetModel,
  loadRiskAssessor,
  type LoadedRiskAssessor,
} from '../../../src/nlu/risk/index.js';
import { packModel } from '../../../src/nlu/model-cache-files.js';
import { RISK_DIR } from './fixture.js';

// A risk/ folder of its own (the shipped taxonomy and signals, one small file of examples), so that the
// cache is tested on a net that trains in a moment and on files the test may change.
let root: string;
let riskDir: string;
let cacheDir: string;

const PROBES = ['我不想活了', '活着好累 没意思', '今天天气不错', '孩子发高烧 村里没车', '请问低保怎么申请'];

function predictions(loaded: LoadedRiskAssessor): number[] {
  return PROBES.map((t) => loaded.net?.predict(t).urgent ?? Number.NaN);
}

async function cacheFiles(): Promise<string[]> {
  return (await readdir(cacheDir)).filter((n) => n.endsWith('.bin')).sort();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'yimen-risk-cache-'));
  riskDir = join(root, 'risk');
  cacheDir = join(root, 'cache');
  await mkdir(join(riskDir, 'examples'), { recursive: true });
  for (const name of ['taxonomy.yaml', 'replies.yaml', 'signals.yaml'])
    await copyFile(join(RISK_DIR, name), join(riskDir, name));
  await copyFile(join(RISK_DIR, 'examples', 'dev-a.yaml'), join(riskDir, 'examples', 'dev-a.yaml'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the learned net on disk', () => {
  let first: LoadedRiskAssessor;

  it('is trained and written at the first load', async () => {
    first = await loadRiskAssessor({ riskDir, cacheDir });
    expect(first.netSource).toBe('trained');
    expect(first.netKey).toMatch(/^[0-9a-f]{32}$/u);
    expect(await cacheFiles()).toEqual([`risk-net-${first.netKey ?? ''}.bin`]);
  });

  it('is read, not trained, at the next load, and predicts exactly as the trained one', async () => {
    const again = await loadRiskAssessor({ riskDir, cacheDir });
    expect(again.netSource).toBe('cache');
    expect(again.netKey).toBe(first.netKey);
    expect(predictions(again)).toEqual(predictions(first));
    expect(again.assess('我不想活了')).toEqual(first.assess('我不想活了'));
  });

  it('is trained again when the examples change', async () => {
    await appendFile(
      join(riskDir, 'examples', 'dev-a.yaml'),
      '\n- { text: 我把药都攒好了 就等周末, level: critical, category: suicide_preparation }\n',
    );
    const changed = await loadRiskAssessor({ riskDir, cacheDir });
    expect(changed.netSource).toBe('trained');
    expect(changed.netKey).not.toBe(first.netKey);
    expect(changed.examples).toBe(first.examples + 1);
    expect((await loadRiskAssessor({ riskDir, cacheDir })).netSource).toBe('cache');
  });

  it('is trained again when a new file of examples appears, or when the signals change', async () => {
    const before = await loadRiskAssessor({ riskDir, cacheDir });
    await writeFile(
      join(riskDir, 'examples', 'dev-z.yaml'),
      '- { text: 饿死我了 中午吃啥, level: none, category: ordinary }\n',
    );
    const withFile = await loadRiskAssessor({ riskDir, cacheDir });
    expect(withFile.netSource).toBe('trained');
    expect(withFile.netKey).not.toBe(before.netKey);
    await appendFile(join(riskDir, 'signals.yaml'), '\n# a comment is a change too\n');
    const withSignals = await loadRiskAssessor({ riskDir, cacheDir });
    expect(withSignals.netSource).toBe('trained');
    expect(withSignals.netKey).not.toBe(withFile.netKey);
  });

  it('keeps only the current model and the two most recent others', async () => {
    expect((await cacheFiles()).length).toBeLessThanOrEqual(3);
  });

  it('is trained again, and rewritten, when the file is damaged', async () => {
    const current = await loadRiskAssessor({ riskDir, cacheDir });
    const file = join(cacheDir, `risk-net-${current.netKey ?? ''}.bin`);
    await writeFile(file, 'not a model');
    const repaired = await loadRiskAssessor({ riskDir, cacheDir });
    expect(repaired.netSource).toBe('trained');
    expect((await loadRiskAssessor({ riskDir, cacheDir })).netSource).toBe('cache');
  });

  it('still loads, training every time, when the folder cannot be written', async () => {
    const blocked = join(root, 'a-file');
    await writeFile(blocked, 'x');
    const loaded = await loadRiskAssessor({ riskDir, cacheDir: join(blocked, 'cache') });
    expect(loaded.netSource).toBe('trained');
    expect(loaded.assess('我不想活了').level).toBe('critical');
  });

  it('reads back what it wrote, and refuses bytes of another key or cut short', () => {
    const model = first.net?.model;
    expect(model).toBeDefined();
    if (!model) return;
    const bytes = encodeRiskNetModel(model, 'k1');
    const back = decodeRiskNetModel(bytes, 'k1');
    expect(back?.vocabulary).toEqual(model.vocabulary);
    expect(Array.from(back?.weights ?? [])).toEqual(Array.from(model.weights));
    expect(decodeRiskNetModel(bytes, 'k2')).toBeUndefined();
    expect(decodeRiskNetModel(bytes.subarray(0, bytes.length - 8), 'k1')).toBeUndefined();
    expect(decodeRiskNetModel(Buffer.from('garbage'), 'k1')).toBeUndefined();
  });

  it('keeps idf in float32 and never reads a file of the older float64-idf layout', () => {
    const model = first.net?.model;
    expect(model).toBeDefined();
    if (!model) return;
    expect(model.idf).toBeInstanceOf(Float32Array);
    const { classNames, counts, vocabulary } = model;
    const older = packModel('yimen-risk-net/2', 'k1', { classNames, counts, vocabulary }, [
      Float64Array.from(model.idf),
      model.bias,
      model.weights,
    ]);
    expect(decodeRiskNetModel(older, 'k1')).toBeUndefined();
  });
});
