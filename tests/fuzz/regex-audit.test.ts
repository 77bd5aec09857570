// Every regular expression of the project against adversarial input: the patterns of intents/urgency.yaml
// one by one (checked by recheck, a ReDoS analyser, and timed on its attack strings), and every pattern
// written or built in src/ (timed on attack strings made from its own words and characters).
// Bound: 30 ms for all matches of one pattern in one 2,000-character attack string (a linear pattern
// takes well under 1 ms; a cubic one took seconds). forms/*.yaml aliases and knowledge/synonyms.yaml are
// plain words matched with includes()/indexOf(), so they cannot backtrack and are not listed here.
import { check } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileUrgencyLexicon } from '../../src/nlu/urgency/lexicon.js';
import { allMatches } from '../../src/text/matches.js';
import { withinBound } from '../helpers/fuzz.js';
import {
  attackStrings,
  constructedRegexes,
  literalRegexes,
  urgencyPatterns,
  type InventoriedRegex,
} from '../helpers/regex-inventory.js';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { projectPath } from '../../src/paths.js';

const BOUND_MS = 30;
const INPUT_CHARS = 2000;
// recheck gives up on the largest alternations within this time; they are still timed on attack strings.
const RECHECK_TIMEOUT_MS = 500;
const RECHECK_MAX_SOURCE = 400;

/** The slowest attack on a pattern, or the error that says which attack string took too long. */
function timeAttacks(regex: InventoriedRegex, extra: readonly string[] = []): void {
  const compiled = new RegExp(regex.source, `${regex.flags.replace(/[gy]/gu, '')}g`);
  for (const attack of [...extra, ...attackStrings(regex.source, INPUT_CHARS)]) {
    withinBound(
      BOUND_MS,
      () => allMatches(compiled, attack),
      `${regex.where} on ${JSON.stringify(attack.slice(0, 12))}…`,
    );
  }
}

/** recheck's attack string for a vulnerable pattern, pumped to the input limit. */
function pumped(attack: { pumps: { prefix: string; pump: string }[]; suffix: string }): string {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, attack.suffix.length);
  const room = Math.max(1, INPUT_CHARS - fixed);
  const each = Math.max(
    1,
    Math.floor(room / attack.pumps.reduce((n, p) => n + Math.max(1, p.pump.length), 0)),
  );
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(each)).join('') + attack.suffix;
}

describe('the urgency lexicon (intents/urgency.yaml) against ReDoS', () => {
  const patterns = urgencyPatterns();
  const verdicts = new Map<string, string[]>();

  beforeAll(async () => {
    // recheck's JavaScript backend starts in a few seconds where its native and Java agents take
    // ten or more; the largest alternations are left to the attack strings, which time them all.
    process.env.RECHECK_BACKEND = 'worker';
    await Promise.all(
      patterns
        .filter((pattern) => pattern.source.length <= RECHECK_MAX_SOURCE)
        .map(async (pattern) => {
          const diagnostics = await check(pattern.source, pattern.flags, { timeout: RECHECK_TIMEOUT_MS });
          if (diagnostics.status === 'vulnerable') {
            const exponential = diagnostics.complexity.type === 'exponential';
            verdicts.set(pattern.where, [
              exponential ? 'exponential' : diagnostics.complexity.summary,
              pumped(diagnostics.attack),
            ]);
          } else {
            verdicts.set(pattern.where, [diagnostics.status]);
          }
        }),
    );
  }, 120_000);

  it('reads every pattern from the data file', () => {
    expect(patterns.length).toBeGreaterThan(40);
    for (const pattern of patterns)
      expect(() => new RegExp(pattern.source, 'u'), pattern.where).not.toThrow();
  });

  it('has no pattern that backtracks exponentially, and every pattern finishes its attacks within the bound', () => {
    for (const pattern of patterns) {
      const [verdict = 'unknown', attack] = verdicts.get(pattern.where) ?? [];
      expect(verdict, `${pattern.where}: ${pattern.source.slice(0, 80)}`).not.toBe('exponential');
      timeAttacks(pattern, attack ? [attack] : []);
    }
  });

  it('the compiled lexicon (every list joined, the negation cue) finishes its attacks within the bound', () => {
    const lexicon = compileUrgencyLexicon(
      parseYaml(readFileSync(projectPath('intents', 'urgency.yaml'), 'utf8')),
    );
    const compiled: InventoriedRegex[] = [
      { source: lexicon.negation.source, flags: 'u', where: 'urgency negation' },
      ...[...lexicon.contexts.values()].map((c) => ({
        source: c.regex.source,
        flags: 'u',
        where: `urgency context ${c.name}`,
      })),
      ...lexicon.rules.map((r) => ({ source: r.regex.source, flags: 'u', where: `urgency rule ${r.id}` })),
    ];
    // The lexicon checks the negation cue on the text before each hit, so it is timed on that shape too.
    for (const regex of compiled)
      timeAttacks(regex, regex.where === 'urgency negation' ? ['没有'.repeat(999) + '想'] : []);
  });
});

describe('the regular expressions of src/ against ReDoS', () => {
  let regexes: InventoriedRegex[] = [];

  beforeAll(async () => {
    const all = [...literalRegexes(), ...(await constructedRegexes())];
    const seen = new Set<string>();
    regexes = all.filter((r) => !seen.has(`${r.flags}/${r.source}`) && seen.add(`${r.flags}/${r.source}`));
  }, 120_000);

  it('finds the literals and the patterns built from word lists', () => {
    expect(regexes.length).toBeGreaterThan(150);
    expect(regexes.some((r) => r.where.startsWith('src/nlu/entities/household-size.ts'))).toBe(true);
  });

  it('every pattern finishes its attacks within the bound', () => {
    const slow: string[] = [];
    for (const regex of regexes) {
      try {
        timeAttacks(regex);
      } catch (error) {
        slow.push((error as Error).message);
      }
    }
    expect(slow).toEqual([]);
  });
});
