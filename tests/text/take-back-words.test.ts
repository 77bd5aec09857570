// The one home of the take-back words: the pattern sources it builds match exactly the words listed, on
// everyday examples and on arbitrary Unicode (never throwing, quickly, and as a plain search for the words would).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOT_RIGHT,
  NOT_SO,
  PUT_RIGHT_WORDS,
  SLIP_NO,
  WRONG_VERBS,
  putRight,
  saidWrong,
  type WrongVerb,
} from '../../src/text/take-back-words.js';
import { runs, withinBound } from '../helpers/fuzz.js';
import { anyResidentText } from '../helpers/hostile-text.js';

const BOUND_MS = 20;

/** Arbitrary text with some of the listed words dropped in, so that the plain reading has something to find. */
function textWithWords(): fc.Arbitrary<string> {
  const word = fc.constantFrom(
    ...WRONG_VERBS.flatMap((v) => [`${v}错`, `${v}错了`, v]),
    ...PUT_RIGHT_WORDS,
    NOT_RIGHT,
    NOT_SO,
    '错',
    '了',
    '哦不',
  );
  return fc
    .array(
      fc.oneof(
        anyResidentText().map((t) => t.slice(0, 40)),
        word,
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));
}

const anyText = fc.oneof(anyResidentText(), textWithWords());

describe('the said-wrong verbs', () => {
  it.each([
    ['哎呀说错了 是四口人', '说错了'],
    ['身份证有一位打错了', '打错了'],
    ['刚才那个钱算错了', '算错了'],
    ['记错 是三万五', '记错'],
  ])('「%s」 holds 「%s」', (text, word) => {
    expect(new RegExp(saidWrong(WRONG_VERBS, { le: true }), 'u').exec(text)?.[0]).toBe(word);
  });

  it('reads only the verbs it is given', () => {
    const some = new RegExp(saidWrong(['说', '打']), 'u');
    expect(some.test('说错了')).toBe(true);
    expect(some.test('算错了')).toBe(false);
    expect(some.test('说的不对')).toBe(false);
  });

  it('is one group, so that it can stand in an alternation or before a lookahead', () => {
    const bounded = new RegExp(`^${saidWrong(['说'])}$|不对`, 'u');
    expect(bounded.test('说错')).toBe(true);
    expect(bounded.test('哦说错')).toBe(false);
  });

  it('agrees on arbitrary Unicode with a plain search for 「X错」 (and its 了), quickly and without throwing', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.subarray([...WRONG_VERBS], { minLength: 1 }),
        fc.boolean(),
        (text, verbs: WrongVerb[], le) => {
          const pattern = new RegExp(saidWrong(verbs, { le }), 'gu');
          const found = withinBound(BOUND_MS, () => [...text.matchAll(pattern)], 'saidWrong');
          const plain = verbs.some((v) => text.includes(`${v}错`));
          expect(found.length > 0).toBe(plain);
          for (const m of found) {
            const at = m.index ?? -1;
            expect(verbs.some((v) => text.startsWith(`${v}错`, at))).toBe(true);
            // With `le`, a 了 right after the words goes with them, so that what follows is what was meant.
            expect(m[0]).toBe(le && text[at + 2] === '了' ? text.slice(at, at + 3) : text.slice(at, at + 2));
          }
        },
      ),
      runs(300),
    );
  });
});

describe('the put-right words', () => {
  it('agrees on arbitrary Unicode with a plain search for the words given', () => {
    fc.assert(
      fc.property(anyText, fc.subarray([...PUT_RIGHT_WORDS], { minLength: 1 }), (text, words) => {
        const pattern = new RegExp(putRight(words), 'u');
        const found = withinBound(BOUND_MS, () => pattern.test(text), 'putRight');
        expect(found).toBe(words.some((w) => text.includes(w)));
      }),
      runs(300),
    );
  });

  it('takes every put-right word by default', () => {
    for (const word of PUT_RIGHT_WORDS)
      expect(new RegExp(putRight(), 'u').test(`两千 ${word}两千五`)).toBe(true);
  });
});

describe('the single words', () => {
  it('are plain words or alternations of plain words', () => {
    expect(new RegExp(`^(?:${SLIP_NO})$`, 'u').test('哦不')).toBe(true);
    expect(new RegExp(`^(?:${SLIP_NO})$`, 'u').test('噢不')).toBe(true);
    expect(NOT_RIGHT).toBe('不对');
    expect(NOT_SO).toBe('不是');
  });
});
