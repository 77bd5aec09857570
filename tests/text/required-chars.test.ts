import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRiskData, loadRiskExamples } from '../../src/nlu/risk/index.js';
import { prepareRiskText } from '../../src/nlu/risk/prepare.js';
import { createMessageReader } from '../../src/nlu/risk/read.js';
import { allMatches } from '../../src/text/matches.js';
import { RequiredCharsIndex, requiredChars } from '../../src/text/required-chars.js';
import { RISK_DIR } from '../nlu/risk/fixture.js';

const chars = (regex: RegExp): string | undefined => {
  const set = requiredChars(regex);
  return set ? [...set].map((cp) => String.fromCodePoint(cp)).join('') : undefined;
};

describe('requiredChars', () => {
  it('names a character every match needs, the rarest part of a sequence', () => {
    expect(chars(/想[^，。]{0,6}人间蒸发/u)).toBe('间');
    expect(chars(/跳楼/gu)).toBe('跳');
    expect(chars(/(?:跳楼|上吊)/u)).toBe('跳上');
    expect(chars(/[烧喝]炭/u)).toBe('炭');
    expect(chars(/a(?:bc)+/u)).toBe('a');
  });

  it('requires nothing of what may match without a character it can name', () => {
    expect(chars(/[^，。]+/u)).toBeUndefined();
    expect(chars(/跳楼|.{2}/u)).toBeUndefined();
    expect(chars(/(?:跳楼)?/u)).toBeUndefined();
    expect(chars(/\p{Script=Han}/u)).toBeUndefined();
    expect(chars(/(a)\1/u)).toBe('a');
    // Without the u flag (UTF-16 units) or with i (case folding) it does not try.
    expect(chars(/跳楼/)).toBeUndefined();
    expect(chars(/abc/iu)).toBeUndefined();
  });

  it('does not count what lookarounds and assertions read', () => {
    expect(chars(/(?<=跳)楼/u)).toBe('楼');
    expect(chars(/(?<!不)想死(?=了)/u)).toBe('死');
    expect(chars(/^(?=跳)/u)).toBeUndefined();
    expect(chars(/\b(?:die|kill)\b/u)).toBe('dk');
  });

  it('reads escapes and classes as the u flag does', () => {
    expect(chars(/[\s，]x/u)).toBe('x');
    expect(chars(/[\s，]/u)?.length).toBe(26);
    expect(chars(/\u{20BB7}/u)).toBe('𠮷');
    expect(chars(/[a-c]/u)).toBe('abc');
    expect(chars(/\d/u)).toBe('0123456789');
    expect(chars(/[\S]/u)).toBeUndefined();
  });

  it('the index rules out only expressions a text cannot match', () => {
    const a = /跳楼/gu;
    const b = /[^，]+/gu;
    const c = /上吊|喝药/gu;
    const index = new RequiredCharsIndex([a, b, c]);
    const may = index.mayMatch('我想喝药');
    expect([may(a), may(b), may(c)]).toEqual([false, true, true]);
    expect(index.mayMatch('𠮷')(/other/gu)).toBe(true);
  });
});

// Soundness on the shipped lexicon: for every example message (read as the assessor reads it), a condition
// with a non-empty match is never ruled out by the index.
describe('the risk lexicon behind the index', () => {
  it('never rules out an expression that matches an example message', async () => {
    const data = await loadRiskData(RISK_DIR);
    const read = createMessageReader(data.signals);
    const expressions: RegExp[] = [];
    for (const condition of data.signals.conditions.values()) {
      expressions.push(condition.regex);
      if (condition.fragile) expressions.push(condition.fragile);
    }
    expressions.push(...data.signals.rewrites.map((r) => r.regex));
    if (data.signals.hardNegatives) expressions.push(data.signals.hardNegatives);
    const index = new RequiredCharsIndex(expressions);
    const dir = join(RISK_DIR, 'examples');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
    const examples = (await Promise.all(files.map((f) => loadRiskExamples(f)))).flat();
    expect(examples.length).toBeGreaterThan(5000);
    let ruledOut = 0;
    let matched = 0;
    for (const example of examples) {
      const { text, contextText } = read(example.text);
      for (const seen of [text, contextText, prepareRiskText(example.text, data.signals.maxChars)]) {
        const may = index.mayMatch(seen);
        for (const regex of expressions) {
          const hit = allMatches(regex, seen).some((m) => m[0].length > 0);
          if (hit) {
            matched++;
            expect(may(regex), `${regex.source.slice(0, 60)} on ${seen}`).toBe(true);
          } else if (!may(regex)) ruledOut++;
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // The point of the index: most expressions are never run on most messages.
    expect(ruledOut).toBeGreaterThan((3 * examples.length * expressions.length) / 2);
  }, 120_000);
});
