/** At most this many parts are answered one by one; a longer list of questions is read as one. */
export const MAX_QUESTION_PARTS = 3;

// A clause asks something when it has a question word or ends like a yes/no question
// («低保要什么条件», «多久能批下来», «能先给点钱吗», «中不中» read as «行不行»); «什么都没了», «谁也不管»
// tell, they do not ask.
const ASKS =
  /[?？]|吗|呢|怎么(?![都也])|怎样|如何|什么(?![都也])|哪(?![都也])|谁(?![都也])|(?<![前这那好十])几[天个月年次](?![前来])|多少|多久|多长|能不能|可不可以|可以不|是不是|有没有|要不要|会不会|行不行|管不管|给不给|收不收|[能行可]不[能行]?$|(?:能|可以|会|算|有|是)[^不]{1,6}不$|没有$/u;
/** True when a clause asks something (a question word, or the end of a yes/no question). */
export function asks(clause: string): boolean {
  return ASKS.test(clause);
}

// A clause for telling from asking: cut at sentence ends, commas, semicolons and spaces.
const CLAUSE = /[^。！？!?，,；;\s]+/gu;
// Where a spoken question starts inside a run with no punctuation (voice input: «…我一个人伺候他我想问问
// 能不能补点钱»): the story told before it is a clause of its own.
const QUESTION_OPENER = /(?:我|俺)?(?:想问|请问|想咨询|想打听)/gu;

// A clause that only says one is asking («我来问哈», «问一下», «咨询咨询»): what it asks is the clause before it
// («听说娃儿读书可以申请补助 我来问哈»).
const ASKING_ONLY = /^(?:我|俺)?(?:就是|就|来|想)?(?:问|咨询|打听)(?:问|一下|下|哈|一哈|哈子|咨询|打听)?(?:看|的)?[啊呀哦嘛哈]?$/u;

/** The clauses of a text with where each starts, marked as asking or telling (see asks). Linear in the text. */
export function clauses(text: string): { text: string; start: number; asking: boolean }[] {
  const found = [...text.matchAll(CLAUSE)].flatMap((m) => {
    const cuts = [0, ...[...m[0].matchAll(QUESTION_OPENER)].map((o) => o.index).filter((i) => i > 0), m[0].length];
    return cuts.slice(0, -1).map((from, k) => {
      const piece = m[0].slice(from, cuts[k + 1]);
      return { text: piece, start: m.index + from, asking: asks(piece) };
    });
  });
  for (let i = 1; i < found.length; i++) if (ASKING_ONLY.test(found[i]!.text)) found[i - 1]!.asking = true;
  return found;
}

// Clauses are cut at sentence ends, commas, semicolons and spaces (voice input leaves spaces or
// nothing); «还有 / 另外 / 再问» open a new question even inside a clause.
const CLAUSE_BREAK = /[。！？!?，,；;\s]+|(?=还有|另外|再问一下|再问|顺便问|顺便|以及)/u;
// A clause shorter than this is a filler («那个», «你好») or a fragment, kept with its neighbour.
const MIN_PART_CHARS = 4;

/**
 * The questions a message asks, in order, each with the clauses that tell its background
 * («我家三口人，老婆残疾 | 能吃低保吗 | 要准备什么»): clauses that only tell go with the next question,
 * and those after the last question with it. Fewer than two questions give one part (the whole text),
 * and so do more than MAX_QUESTION_PARTS. Linear in the length of the text.
 */
export function questionParts(text: string): string[] {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const parts: string[] = [];
  let pending = '';
  for (const clause of clauses) {
    pending = pending === '' ? clause : `${pending}，${clause}`;
    if (ASKS.test(clause) && pending.length >= MIN_PART_CHARS) {
      parts.push(pending);
      pending = '';
    }
  }
  if (pending !== '') {
    if (parts.length === 0) return [text];
    parts[parts.length - 1] = `${parts[parts.length - 1]}，${pending}`;
  }
  return parts.length >= 2 && parts.length <= MAX_QUESTION_PARTS ? parts : [text];
}
