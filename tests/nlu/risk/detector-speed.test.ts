import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, loadRiskData, type RiskData } from '../../../src/nlu/risk/index.js';
import { RISK_DIR } from './fixture.js';

// Apart from redos.test.ts: there recheck's search fills the worker's heap for a minute and more, and a collection of
// it, counted in this process's CPU time, once pushed one message over the bound (2026-12-06: 113 ms in the full suite,
// 12 ms alone). In its own file the bound measures the detector's work, which is what it is about.

let data: RiskData;

beforeAll(async () => {
  data = await loadRiskData(RISK_DIR);
});

describe('the whole detector on adversarial input', () => {
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
