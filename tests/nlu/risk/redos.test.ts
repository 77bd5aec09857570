import { checkSync } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskData } from '../../../src/nlu/risk/index.js';
import { RISK_DIR } from './fixture.js';

/** The top-level alternatives of a pattern, so that each is checked on its own (fast, and a finding names it). */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out.filter((a) => a.length > 0);
}

let data: RiskData;

beforeAll(async () => {
  data = await loadRiskData(RISK_DIR);
});

describe('no pattern in risk/signals.yaml can backtrack catastrophically', () => {
  it('recheck finds no exponential or polynomial blow-up in any alternative', () => {
    const findings: string[] = [];
    let checked = 0;
    for (const { where, source } of data.signals.sources) {
      for (const piece of alternatives(source)) {
        const result = checkSync(piece, 'u', { timeout: 2000 });
        checked++;
        // `unknown` means the analysis ran out of time; the timing test below covers those.
        if (result.status === 'vulnerable')
          findings.push(`${where}: ${piece} (${result.complexity.type}; attack ${result.attack.pattern})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(findings).toEqual([]);
  }, 300_000);

  it('the whole detector stays fast on adversarial input at the length cap', () => {
    const assess = createRiskAssessor({ data });
    const pieces = [
      '0',
      '一',
      '饿',
      '没',
      '想',
      '死',
      '打',
      '从',
      '被',
      '，',
      ' ',
      'a',
      'zi',
      '药',
      '了',
      '等',
      '🙏',
    ];
    const inputs = [
      ...pieces.map((p) => p.repeat(data.signals.maxChars)),
      '从'.repeat(1000) + '跳'.repeat(1000),
      '被打'.repeat(1000),
      '没有'.repeat(1000),
      '安眠药吃多少'.repeat(400),
      'wo bu xiang '.repeat(200),
      '我'.repeat(1999) + '死',
    ];
    // Warm up every expression past V8's first, interpreted runs (a regex is tiered up to native code after
    // it has run): the bound is on backtracking, not on compiling every pattern once at start.
    for (let i = 0; i < 3; i++) assess(`热身 warm-up ${pieces.join('').repeat(8)}`);
    for (const input of inputs) {
      // CPU time, not wall time: the machine is shared, and the bound is on the work done.
      const started = process.cpuUsage();
      assess(input);
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000, `input ${input.slice(0, 12)}…`).toBeLessThan(100);
    }
  });
});
