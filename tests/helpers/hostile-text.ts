import fc from 'fast-check';

/**
 * Pieces of text residents really send and that break naive code: astral emoji, ZWJ sequences, flags,
 * keycaps, combining marks, lone surrogates, zero-width and bidi controls, fullwidth forms, NUL, CJK
 * Extension B, and the words the bot listens for, so that the generated text also reaches deep branches.
 */
const PIECES = [
  '🙏',
  '😭',
  '👍',
  '💔',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '🇨🇳',
  '1️⃣',
  '#️⃣',
  '🧑🏽‍⚕️',
  'é',
  'e\u0301',
  'a\u0300\u0301\u0302',
  '\u0e49\u0e49',
  '\ud800',
  '\udc00',
  '\udbff',
  '\ud83d',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u061c',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u2028',
  '\u3000',
  'ＡＢＣ',
  '１３９',
  '１２３４５',
  '，',
  '。',
  '！',
  '？',
  '𠀀',
  '𪚥',
  '𰻞',
  '我想申请低保',
  '不想活了',
  '救命',
  '身份证',
  '320281195603142267',
  '11010519491231002X',
  '139 1234 5678',
  '一家三口',
  '两千五',
  '月收入',
  '家里着火了',
  '取消',
  '同意',
  '确认提交',
  '转人工',
  '我的申请到哪了',
  'wo xiang shen qing di bao',
  'zisha',
  '紫砂',
  '想噶了',
  '自s',
  '饿死我了',
  '<script>alert(1)</script>',
  "'; drop table cases; --",
  '${x}',
  '%s%n',
  '\\u0000',
  '（',
  '）',
  '【',
  '】',
  '[',
  ']',
  '(',
  ')',
  '*',
  '+',
  '?',
  '.',
  '|',
  '^',
  '$',
];

/** Arbitrary text a hostile or merely ordinary resident could send: mixed pieces, any code points, runs. */
export function hostileText(maxLength = 200): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => safeFromCodePoint(cp)) },
  );
  return fc
    .array(piece, { maxLength: Math.max(1, Math.ceil(maxLength / 3)) })
    .map((parts) => parts.join('').slice(0, maxLength));
}

/** Long messages: a 2,000-character ramble built from repeated pieces, or a run of one character. */
export function longHostileText(): fc.Arbitrary<string> {
  return fc.oneof(
    hostileText(60).map((seed) => (seed.length === 0 ? '字' : seed).repeat(2000).slice(0, 2000)),
    fc.constantFrom(...PIECES).map((p) => p.repeat(2000).slice(0, 2000)),
    fc.string({ unit: 'binary', minLength: 1500, maxLength: 2000 }),
  );
}

// The shapes that make a backtracking regular expression blow up: a cue, one piece repeated many times,
// then a character that makes the match fail at the very end (「一家」 + 「共有」 × 900 + nothing,
// 「1」 × 1,999 + 「口」). Pieces are the words and characters the extractors and the lexicon loop over.
const ATTACK_PREFIXES = [
  '',
  '一家',
  '家里',
  '我和',
  '想死。',
  '月收入',
  '工资',
  '我叫',
  '身份证',
  '今年',
  '以前',
  '被',
];
const ATTACK_PUMPS = [
  '1',
  '1 ',
  '1-',
  '1.',
  '一',
  '一二',
  '几',
  '十',
  '共有',
  '总共有',
  '之前现在',
  '以前现在',
  '之前已经',
  '老伴和',
  '市',
  'a市',
  '号',
  '村',
  '叫',
  '了',
  '没',
  ' ',
  '，',
  'x',
  '🙏',
  '\u200d',
  '\ud800',
];
const ATTACK_SUFFIXES = ['', '口', '岁', '人', '口人', '年前', '天前', '\n', '!', '\u0000', '\ud800', '🙏'];

/** Classic attack strings at the length limit: a cue, one piece pumped to about 2,000 characters, a failing end. */
export function pumpedText(maxLength = 2000): fc.Arbitrary<string> {
  return fc
    .record({
      prefix: fc.constantFrom(...ATTACK_PREFIXES),
      pump: fc.oneof(fc.constantFrom(...ATTACK_PUMPS), fc.constantFrom(...PIECES)),
      suffix: fc.constantFrom(...ATTACK_SUFFIXES),
      length: fc.integer({ min: 20, max: maxLength }),
    })
    .map(({ prefix, pump, suffix, length }) => {
      const room = Math.max(0, length - prefix.length - suffix.length);
      return prefix + pump.repeat(Math.ceil(room / pump.length)).slice(0, room) + suffix;
    });
}

/** Every kind of hostile text, short and long: the default input of the property tests. */
export function anyResidentText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileText() },
    { weight: 1, arbitrary: longHostileText() },
    { weight: 2, arbitrary: pumpedText() },
  );
}

function safeFromCodePoint(cp: number): string {
  // Lone surrogate code points are valid JavaScript strings, which is exactly what a broken client sends.
  return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}
