// Property tests over the text helpers every message goes through. Bound: 50 ms a call on 2,000
// characters (most take well under 5 ms); jieba's dictionary is loaded before the properties run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseChineseNumber, plainNumerals } from '../../src/text/chinese-number.js';
import { normalizeDialect } from '../../src/text/dialect.js';
import { allMatches } from '../../src/text/matches.js';
import { foldText, normalizeText } from '../../src/text/normalize.js';
import { charNgrams, segment, tagWords } from '../../src/text/segment.js';
import { packUnits, splitClauses, splitSentences, splitToSize } from '../../src/text/sentences.js';
import { phraseIdf, preloadGeneralIdf } from '../../src/text/word-idf.js';
import { withFiguresRepaired } from '../../src/text/self-repair.js';
import { withinBound, runs } from '../helpers/fuzz.js';
import { anyResidentText, pumpedText } from '../helpers/hostile-text.js';

const BOUND_MS = 50;
const text = anyResidentText();

beforeAll(() => {
  segment('预热');
  preloadGeneralIdf();
});

describe('text helpers on hostile text', () => {
  it('normalising and folding return at once, and folding keeps every offset', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(typeof withinBound(BOUND_MS, () => normalizeText(t))).toBe('string');
        expect(withinBound(BOUND_MS, () => foldText(t))).toHaveLength(t.length);
        expect(typeof withinBound(BOUND_MS, () => normalizeDialect(foldText(t)))).toBe('string');
      }),
      runs(400),
    );
  });

  it('sentences, clauses and size-limited pieces return at once, and no piece is over its size', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 300 }), (t, max) => {
        withinBound(BOUND_MS, () => splitSentences(t));
        withinBound(BOUND_MS, () => splitClauses(t, true));
        const pieces = withinBound(BOUND_MS, () => splitToSize(t, max));
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
        withinBound(BOUND_MS, () => packUnits(pieces, max, ' '));
      }),
      runs(300),
    );
  });

  it('the segmenter, its tags, character n-grams and word rarity return at once', () => {
    fc.assert(
      fc.property(text, (t) => {
        withinBound(BOUND_MS, () => segment(t));
        withinBound(BOUND_MS, () => tagWords(t));
        withinBound(BOUND_MS, () => charNgrams(t.toLowerCase(), 2));
        expect(Number.isFinite(withinBound(BOUND_MS, () => phraseIdf(t.slice(0, 40))))).toBe(true);
      }),
      runs(200),
    );
  });

  it('a Chinese number is read or refused at once, never as NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.stringMatching(/^[0-9.零〇一二两三十百千万亿]{1,60}$/)), (t) => {
        const value = withinBound(BOUND_MS, () => parseChineseNumber(t));
        if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
      }),
      runs(400),
    );
  });

  it('financial numerals are made plain at once, the text keeping its length', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.stringMatching(/^[壹贰叁肆伍陆柒捌玖拾佰仟万元人家村 ]{1,60}$/)), (t) => {
        const plain = withinBound(BOUND_MS, () => plainNumerals(t));
        expect(plain.length).toBe(t.length);
      }),
      runs(400),
    );
  });

  it('a figure taken back is removed at once, and the text never grows', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          pumpedText(),
          fc.stringMatching(/^(?:[0-9一二三口人 ]{1,6}(?:不对|说错了|是)?){1,200}$/),
        ),
        (t) => {
          const repaired = withinBound(BOUND_MS, () => withFiguresRepaired(t));
          expect(repaired.length).toBeLessThanOrEqual(t.length);
        },
      ),
      runs(300),
    );
  });

  it('collecting every match ends, even for patterns that match the empty string', () => {
    const patterns = [/x?/gu, /(?:)/gu, /\p{Script=Han}*/gu, /[^]??/gu, /(?=.)/gu, /\b/g, /$/gmu];
    fc.assert(
      fc.property(fc.oneof(text, pumpedText()), fc.constantFrom(...patterns), (t, pattern) => {
        const matches = withinBound(BOUND_MS, () => allMatches(pattern, t));
        expect(matches.length).toBeLessThanOrEqual(t.length + 1);
      }),
      runs(300),
    );
  });
});
