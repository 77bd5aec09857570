import { readFileSync } from 'node:fs';
import { readMessageParts } from '../src/nlu/message-parts.js';
for (const l of readFileSync(process.argv[2]!, 'utf8').split('\n').filter((x) => x.trim() && !x.startsWith('#')))
  for (const m of l.split(' | ').slice(0, 1)) console.log(m.slice(0, 40), JSON.stringify(readMessageParts(m)));
