import { createNlu } from '../../src/nlu/create-nlu.js';
import type { Nlu } from '../../src/nlu/types.js';

let trained: Promise<Nlu> | undefined;

/** The shipped classifier and extractors, trained once per test file: what residents' words really meet. */
export function shippedNlu(): Promise<Nlu> {
  trained ??= createNlu({ intentsDir: 'intents' });
  return trained;
}
