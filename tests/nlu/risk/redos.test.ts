import { checkSync } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRiskData, type RiskData } from '../../../src/nlu/risk/index.js';
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

/** Whether a pattern repeats anything without an upper bound (`*`, `+`, `{n,}`), outside classes and escapes. */
export function repeatsUnbounded(source: string): boolean {
  const bare = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[*+]|\{\d+,\}/.test(bare);
}

/** CPU milliseconds one pattern takes to search an attack string cut to the message cap. */
function msOnAttack(piece: string, attack: string, cap: number): number {
  const pattern = new RegExp(piece, 'u');
  const input = [...attack].slice(0, cap).join('');
  pattern.test(input); // a first, interpreted run compiles the pattern; the bound is on backtracking
  const started = process.cpuUsage();
  pattern.test(input);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('no pattern in risk/signals.yaml can backtrack catastrophically', () => {
  it('tells a bounded gap from an unbounded repeat', () => {
    expect(repeatsUnbounded('老板[^。]{0,24}(?:跑了|失联)')).toBe(false);
    expect(repeatsUnbounded('[*+]想死\\+')).toBe(false);
    expect(repeatsUnbounded('老板.*跑了')).toBe(true);
    expect(repeatsUnbounded('(?:没钱)+')).toBe(true);
    expect(repeatsUnbounded('a{2,}')).toBe(true);
  });

  it('recheck finds no exponential blow-up, and no polynomial one that is not bounded at the message cap', () => {
    const findings: string[] = [];
    let checked = 0;
    for (const { where, source } of data.signals.sources) {
      for (const piece of alternatives(source)) {
        // A fixed seed: recheck's fuzzer is random, and a test must give the same verdict on every run.
        const result = checkSync(piece, 'u', { timeout: 2000, randomSeed: 20261203 });
        checked++;
        // `unknown` means the analysis ran out of time; the timing test below covers those.
        if (result.status !== 'vulnerable') continue;
        // The fuzzer calls a gap like [^。]{0,40} polynomial because it sees growth below the bound; such a
        // pattern does at most a fixed amount of work per position, so it is refused only if it is slow at the cap.
        const bounded = result.complexity.type === 'polynomial' && !repeatsUnbounded(piece);
        if (bounded && msOnAttack(piece, result.attack.string, data.signals.maxChars) < 20) continue;
        findings.push(`${where}: ${piece} (${result.complexity.type}; attack ${result.attack.pattern})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(findings).toEqual([]);
  }, 300_000);
});
