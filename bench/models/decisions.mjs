// The decisions of the learned models on every development message, one JSON line each, from a compiled tree:
// the risk level and category (the whole assessor, with `expecting` where the example has it), the intent the
// classifier chose, and the raw probabilities behind them. Run on two builds and compare the outputs with
// bench/models/compare-decisions.mjs to show that a change of how the models are stored changes no decision.
// Usage: node bench/models/decisions.mjs --root <tree with dist/> --cache <model cache dir> > out.jsonl
// Messages: risk/examples/*.yaml, bench/nlu/*-cases.yaml and intents/*.yaml of this tree (never held-out sets).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const here = path.resolve(import.meta.dirname, '..', '..');
const root = path.resolve(option('--root', here));
const cacheDir = path.resolve(option('--cache', path.join(root, 'node_modules', '.cache', 'yimen-risk')));
const dist = (file) => path.join(root, 'dist', 'src', file);

const { loadRiskAssessor } = await import(dist('nlu/risk/load.js'));
const { createNetReader } = await import(dist('nlu/risk/assessor.js'));
const { createNlu } = await import(dist('nlu/create-nlu.js'));

const riskDir = path.join(here, 'risk');
const risk = await loadRiskAssessor({ riskDir, cacheDir });
const nlu = await createNlu({ intentsDir: path.join(here, 'intents'), cacheDir });
const readForNet = createNetReader(risk.data);

/** Every message of the development sets, with what the bot had asked when the example says so. */
async function messages() {
  const out = [];
  const fromYaml = async (dir, filter) => {
    const names = (await readdir(dir)).filter(filter).sort();
    for (const name of names) {
      const raw = parse(await readFile(path.join(dir, name), 'utf8'));
      const items = Array.isArray(raw) ? raw : Array.isArray(raw?.examples) ? raw.examples : [];
      for (const item of items) {
        const text = typeof item === 'string' ? item : item?.text;
        if (typeof text === 'string' || typeof text === 'number')
          out.push({ set: name, text: String(text), expecting: item?.expecting });
      }
    }
  };
  await fromYaml(path.join(riskDir, 'examples'), (n) => n.endsWith('.yaml'));
  await fromYaml(path.join(here, 'bench', 'nlu'), (n) => n.endsWith('-cases.yaml'));
  await fromYaml(path.join(here, 'intents'), (n) => n.endsWith('.yaml') && n !== 'urgency.yaml');
  return out;
}

for (const { set, text, expecting } of await messages()) {
  const verdict = risk.assess(text, expecting ? { expecting } : {});
  const net = risk.net ? risk.net.predict(readForNet(text)) : null;
  const intent = nlu.classifier.classify(text);
  console.log(
    JSON.stringify({
      set,
      text,
      level: verdict.level,
      category: verdict.category,
      intent: intent.name,
      pIntent: intent.confidence,
      pUrgent: net?.urgent ?? null,
      pDistress: net?.distressOrWorse ?? null,
      netCategory: net?.category ?? null,
    }),
  );
}
