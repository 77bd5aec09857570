// How long such a thing usually takes, asked in general (一般要多久, 一般几天, 大概要等多久), with nothing asked of one's
// own case (到哪一步, 进度, 有没有消息, 怎么还没): a question about the time limits, not a look-up of a case.
const USUAL_TIME =
  /一般(?:要|得|需要)?(?:多久|多长时间|多少(?:天|辰光|时间)|几天|几个月)|(?:一般|通常|大概|大约)[^，。？?]{0,8}(?:多久|几天|多长时间|多少辰光)/u;
const OWN_CASE_ASKED =
  /到哪|进度|有(?:没有)?(?:消息|结果)|怎么还没|咋还没|批了没|批下来没|办好了没|[0-9]{6}-[0-9]{8}/u;

/** True when some words ask where the writer's own case stands (到哪一步, 进度, a receipt number). */
export function asksOwnCase(text: string): boolean {
  return OWN_CASE_ASKED.test(text);
}

/** True when the message asks how long such things usually take, and nothing of its own case. */
export function asksUsualTime(text: string): boolean {
  return USUAL_TIME.test(text) && !asksOwnCase(text);
}
