// NLP.js (@nlpjs/nlp + @nlpjs/lang-zh) trained on the same intents/ examples, as the baseline.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface NlpJs {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<{ intent: string; score: number }>;
}

/** A trained NLP.js classifier; `None` (below its threshold) counts as out_of_scope. */
export interface Baseline {
  classify(text: string): Promise<{ intent: string; score: number }>;
  trainingMs: number;
}

/** Trains NLP.js in memory: no model file is written (autoSave false), its training log is silenced. */
export async function trainNlpJs(examples: readonly { text: string; intent: string }[]): Promise<Baseline> {
  const { containerBootstrap } = require('@nlpjs/core') as {
    containerBootstrap: () => Promise<{ use(plugin: unknown): void }>;
  };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: new (settings: object) => NlpJs };
  const { LangZh } = require('@nlpjs/lang-zh') as { LangZh: unknown };
  const started = performance.now();
  const container = await containerBootstrap();
  container.use(LangZh);
  const nlp = new Nlp({
    languages: ['zh'],
    autoSave: false,
    autoLoad: false,
    nlu: { log: false },
    container,
  });
  for (const { text, intent } of examples) nlp.addDocument('zh', text, intent);
  // lang-zh prints "Compiling dictionary" on first use; keep the benchmark's output a clean table.
  const log = console.log;
  console.log = () => undefined;
  try {
    await nlp.train();
    await nlp.process('zh', '你好');
  } finally {
    console.log = log;
  }
  const trainingMs = performance.now() - started;
  return {
    trainingMs,
    async classify(text) {
      const result = await nlp.process('zh', text);
      return { intent: result.intent === 'None' ? 'out_of_scope' : result.intent, score: result.score };
    },
  };
}
