import { NOT_RIGHT, saidWrong } from './take-back-words.js';

// 「3口 哦不对 是4口」「一千五 说错了 一千八」「一万五 哦不对 … 实际是一万二」: a figure the writer takes back in the same message, followed by the one
// they meant. Every reader of counts and sums should see only the figure meant, so the one taken back is removed
// with the words that take it back. A figure said after the one meant to be wrong (「是13700004652不是4625」「三口 不是四口」)
// is removed with its 不是; one said wrong before the one meant (「不是四口人是五口」) is left to the readers of 不是…是.
const NUMERAL = '[0-9０-９零〇一二两三四五六七八九十百千万]';
// A pause between the words: up to three spaces or commas.
const GAP = '[，,、\\s]{0,3}';
// A figure with the unit said after it (3口, 一千五, 4个人).
const FIGURE = `${NUMERAL}{1,18}(?:口人|个人|口|人|个|块钱|块|元|岁|多)?`;
// The sound a slip is noticed with (哦不对, 啊不是).
const SLIP_SOUND = '(?:哦|噢|啊|呃|额)';
const SELF_REPAIR = new RegExp(
  // Bounded runs everywhere: the pattern is tried at every position of a 2,000-character message.
  `${FIGURE}${GAP}${SLIP_SOUND}?${GAP}` +
    `(?:${NOT_RIGHT}|${saidWrong(undefined, { le: true })}|错了)` +
    // 「一万五 哦不对 实际是一万二」, or with the reason between (「…哦不对 后来大病保险又返了三千 实际是一万二」).
    // Round 47: 「五个 不对 闺女嫁出去户口迁走了 现在四个」「五口人 哦不对 …户口还没去销 算四口吧」: the figure meant said as
    // what is so now, or settled on with 算.
    `(?:${GAP}(?:应该是|该是|实际(?:上)?是|其实是|是|改成)?${GAP}(?=${NUMERAL})|[^。]{0,24}?(?:实际(?:上)?是|其实是|应该是|算下来是|最后是|现在(?:是|就是|只有|就|有)?|算)${GAP}(?=${NUMERAL}))`,
  'gu',
);

// 「四个…啊不是，五个」: 不是 said as a slip's interjection (after 啊 / 哦, or with a pause after it) takes the figure
// before it back, as 不对 does; 「三口 不是四口」 (no pause) denies the figure after it.
const TAKEN_BACK_BY_NOT = new RegExp(
  `${FIGURE}[，,、\\s…。.]{0,4}(?:${SLIP_SOUND}[，,、\\s]{0,2}不是${GAP}|不是[，,、\\s]{1,3})(?=${NUMERAL})`,
  'gu',
);

const SAID_WRONG_AFTER = new RegExp(
  `不是${GAP}${FIGURE}(?!${NUMERAL}|[口人个块元岁多钱]|${GAP}(?:而)?是)`,
  'gu',
);

/** The message with every figure taken back in it (「3口 哦不对 是4口」) removed, so that the figure meant is read. */
export function withFiguresRepaired(text: string): string {
  return text.replace(TAKEN_BACK_BY_NOT, '').replace(SELF_REPAIR, '').replace(SAID_WRONG_AFTER, ' ');
}
