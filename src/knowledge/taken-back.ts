import { NOT_RIGHT, saidWrong } from '../text/take-back-words.js';

// 「我想问临时救助 哦不对 是那个大病的…」「问下廉租房 说错了 是危房改造」: the resident names one kind of help, notices the
// slip and names the one they meant. The clause taken back would otherwise name a programme the question is not about
// and lift its card, so it is dropped with the words that take it back. Only a slip said as one (a pause before it,
// and a slip's sound before 不对 or a said-wrong verb), so that 「钱数不对」 or 「这样不对吧」 keep every word; and only
// when what follows names another kind of help (the caller's `replaces`): a slip about who asks or how much
// («…低保 哦不对 是给我妈», «…能给多少 哦不对 我是想问一年能领多少») leaves the programme the question is about.
const PAUSE = '[，,、。\\s]';
const SLIP_SOUND = '(?:哦|噢|喔|啊|呃|额)';
// The clause taken back: up to 16 characters without a pause, then the pause before the slip.
const TAKEN = `([^，,、。！？!?；;\\s]{1,16})${PAUSE}{1,3}`;
const SLIP = `(?:${SLIP_SOUND}${PAUSE}{0,2}${NOT_RIGHT}|${SLIP_SOUND}?${saidWrong(undefined, { le: true })}|${NOT_RIGHT}${PAUSE}{0,2}${NOT_RIGHT})`;
// What was meant follows a pause or 是 (「哦不对 是…」「说错了，…」).
const TAKEN_BACK = new RegExp(`${TAKEN}${SLIP}(?=${PAUSE}|是|应该是)`, 'gu');
// How far after the slip what was meant is looked for.
const MEANT_REACH = 20;

/**
 * The question with each clause its writer takes back (「…临时救助 哦不对 是…」) removed with the words taking it back,
 * where `replaces(taken, meant)` says the words after the slip name something else in its place. Linear in the text.
 */
export function withoutTakenBack(text: string, replaces: (taken: string, meant: string) => boolean): string {
  return text.replace(TAKEN_BACK, (whole: string, taken: string, at: number) => {
    const end = at + whole.length;
    return replaces(taken, text.slice(end, end + MEANT_REACH)) ? ' ' : whole;
  });
}
