// 「哪有能力管我」「哪来的钱」「哪能顾得上」: a question asked back that means there is none, written as the plain
// negation it means (没有能力, 没有钱, 不能顾得上), so that the readers of choices read it as one.

// 哪有 / 哪里有 / 哪儿有 / 哪来(的) before what a person can have to give; 哪有活去哪 (wherever there is work) is no
// question: the words after it are those of means, not of work.
const NO_MEANS =
  /(?:哪有|哪里有|哪儿有|哪来的?|哪里来的?)(能力|钱|本事|精力|条件|工夫|功夫|时间|办法|力气|闲钱)/gu;
// 哪能 / 哪里能 / 怎么能 before a verb of caring or paying: cannot.
const CANNOT = /(?:哪能|哪里能|哪儿能)(?=管|顾|养|照顾|帮|给|拿|出)/gu;

/** The text with questions asked back that mean none (哪有能力, 哪能管) written as the negation they mean. */
export function withRhetoricalNegation(text: string): string {
  return text.replace(NO_MEANS, '没有$1').replace(CANNOT, '不能');
}
