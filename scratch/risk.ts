import { readFileSync } from 'node:fs';
import { loadRiskAssessor } from '../src/nlu/risk/index.js';
const r = await loadRiskAssessor({ riskDir: 'risk' } as never);
for (const l of readFileSync(process.argv[2]!, 'utf8').split('\n').filter((x) => x.trim() && !x.startsWith('#'))) {
  const m = l.split(' | ')[0]!;
  const a = r.assess(m) as unknown as { level: string; categories?: unknown; reasons?: string[] };
  console.log(a.level, JSON.stringify(a).slice(0, 300), '<=', m.slice(0, 30));
}
