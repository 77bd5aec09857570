import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRiskTaxonomy,
  compileRiskSignals,
  loadRiskData,
  riskResponseFor,
  RiskDataError,
  type RiskTaxonomy,
} from '../../../src/nlu/risk/index.js';
import { RISK_DIR } from './fixture.js';

let taxonomyRaw: Record<string, unknown>;
let repliesRaw: Record<string, unknown>;
let signalsRaw: Record<string, unknown>;
let taxonomy: RiskTaxonomy;

beforeAll(async () => {
  const read = async (name: string): Promise<Record<string, unknown>> =>
    parse(await readFile(join(RISK_DIR, name), 'utf8')) as Record<string, unknown>;
  [taxonomyRaw, repliesRaw, signalsRaw] = await Promise.all([
    read('taxonomy.yaml'),
    read('replies.yaml'),
    read('signals.yaml'),
  ]);
  taxonomy = buildRiskTaxonomy(taxonomyRaw, repliesRaw);
});

const HOTLINE = { number: '12345', label: '12345政务服务便民热线' };

describe('the taxonomy', () => {
  it('loads with its replies and signals', async () => {
    const data = await loadRiskData(RISK_DIR);
    expect(data.taxonomy.categories.size).toBeGreaterThanOrEqual(20);
    expect(data.signals.rules.length).toBeGreaterThan(10);
  });

  it('has the Columbia ladder and the 救急难 situations at the levels the issue sets', () => {
    const level = (name: string): string | undefined => taxonomy.categories.get(name)?.level;
    for (const name of [
      'suicide_active',
      'suicide_method',
      'suicide_plan',
      'suicide_preparation',
      'suicide_attempt',
      'attempt_recent',
      'self_harm',
      'violence_now',
      'confinement',
      'medical_emergency',
      'exposure',
      'missing_vulnerable',
      'fire_disaster_now',
      'abandoned',
    ])
      expect(level(name)).toBe('critical');
    for (const name of [
      'suicide_passive',
      'self_harm_past',
      'no_food',
      'sudden_hardship',
      'homeless_tonight',
      'treatment_cutoff_soon',
      'care_gap',
      'violence_threat',
    ])
      expect(level(name)).toBe('high');
    expect(level('distress')).toBe('distress');
  });

  it('names the number that fits each situation, never a list', () => {
    const number = (name: string): string | undefined => riskResponseFor(taxonomy, name, HOTLINE)?.number;
    expect(number('fire_disaster_now')).toBe('119');
    expect(number('violence_now')).toBe('110');
    expect(number('violence_threat')).toBe('110');
    expect(number('confinement')).toBe('110');
    expect(number('missing_vulnerable')).toBe('110');
    expect(number('medical_emergency')).toBe('120');
    expect(number('suicide_attempt')).toBe('120');
    expect(number('suicide_active')).toBe('12356');
    expect(number('no_food')).toBe('12345');
    const fire = riskResponseFor(taxonomy, 'fire_disaster_now', HOTLINE);
    expect(fire?.text).toContain('119');
    // Who will contact the resident is the locality's declaration, filled when the reply is said.
    expect(fire?.text).toContain('{staffPromise}');
    expect(fire?.text).not.toMatch(/\{hotline(?:Name)?\}/u);
    expect(riskResponseFor(taxonomy, 'no_food', HOTLINE)?.text).toContain('12345');
  });

  it('never puts distress in the operators’ queue', () => {
    expect(riskResponseFor(taxonomy, 'distress', HOTLINE)?.notify).toBe('none');
    expect(riskResponseFor(taxonomy, 'suicide_passive', HOTLINE)?.notify).toBe('operators');
  });
});

describe('a broken file names itself', () => {
  it('a reply that does not name its category’s number', () => {
    const replies = structuredClone(repliesRaw) as { replies: Record<string, { text: string }> };
    replies.replies.fire = { text: '请注意安全。' };
    expect(() => buildRiskTaxonomy(taxonomyRaw, replies)).toThrow(/replies\.yaml: reply fire .*119/u);
  });

  it('a category without its reply', () => {
    const broken = structuredClone(taxonomyRaw) as { categories: Record<string, { reply: string }> };
    broken.categories.exposure!.reply = 'nowhere';
    expect(() => buildRiskTaxonomy(broken, repliesRaw)).toThrow(RiskDataError);
    expect(() => buildRiskTaxonomy(broken, repliesRaw)).toThrow(/taxonomy\.yaml: category exposure/u);
  });

  it('an invalid pattern, an unknown context or category in signals.yaml', () => {
    const badPattern = structuredClone(signalsRaw) as { conditions: Record<string, { patterns: unknown }> };
    badPattern.conditions.no_food!.patterns = ['(unclosed'];
    expect(() => compileRiskSignals(badPattern, taxonomy)).toThrow(
      /signals\.yaml: condition no_food has an invalid pattern/u,
    );

    const badRule = structuredClone(signalsRaw) as { rules: { blocked_by: string[]; category: string }[] };
    badRule.rules[0]!.blocked_by = ['no_such_context'];
    expect(() => compileRiskSignals(badRule, taxonomy)).toThrow(/unknown context "no_such_context"/u);

    const badCategory = structuredClone(signalsRaw) as { rules: { category: string }[] };
    badCategory.rules[0]!.category = 'alien';
    expect(() => compileRiskSignals(badCategory, taxonomy)).toThrow(/unknown category "alien"/u);
  });

  it('a file that does not fit the schema', () => {
    expect(() => buildRiskTaxonomy({ version: 2 }, repliesRaw)).toThrow(
      /taxonomy\.yaml does not match the schema/u,
    );
  });
});
