import type { FormField } from './form-schema.js';

// A negation just before an alias (「没有病人」「不在办」「不是生病」) says the opposite of the alias.
// 「没人上学」「没有人住院」: nobody does it.
// 「也没啥大病」「没什么病」: a negation with 啥 / 什么 between.
const NEGATED_BEFORE = /(?:没有?|无|不|未|非|不是|不算|没人|没有人|没(?:有)?(?:啥|什么|得))$/u;
// Round 45: 「无在校学生」「没有在读的」: the negation before the word that says where or how, then the alias.
const NEGATED_QUALIFIED_BEFORE = /(?:没有?|无)(?:在校|在读)$/u;
const NEGATION = /[没不无别]/u;
// Round 49: 「这个算不算重病」「是不是残疾」: a question of A-not-A asks whether the alias applies, it denies nothing; the
// resident names it because they think it may.
const ASKS_WHETHER_BEFORE = /(?:算不算|是不是|属不属于|属于不属于|够不够)$/u;

// 「没办过残疾证」「没领到低保」: the negation before the verb that takes the alias.
const NEGATED_VERB_BEFORE = /(?:没有?|未|不)(?:办|领|拿|评|申请|办理|去办|考)(?:过|到|下来|了)?$/u;

// 「自己做不了饭」「自己来不了」: a verb that cannot be done says the opposite of the alias that ends with it.
const CANNOT_AFTER = /^(?:不了|不动|不来|不到|不成|不起)/u;
// Round 42: 「培训我就不去了」「培训就算了」: the thing named first, then refused, closing its clause.
const REFUSED_AFTER =
  /^[\s，,]?(?:我|俺)?(?:就|也|都|是)?(?:不(?:去|参加|考虑|学|要|想去|想参加|想学)了?|算了|免了)(?=$|[\s，,。；;！!])/u;
// Round 34: 「残疾证没办」「证还没领」: a paper said not yet got, after it.
const NOT_GOT_AFTER = /^[\s，,]?(?:还|也|都)?(?:没有?|未)(?:办|领|拿|评|申请|办理)/u;

// Round 46: 「不稳定倒不至于」「困难谈不上」: the word named, then denied after it.
const DENIED_AFTER = /^[\s，,]?(?:倒|也|还|就)?(?:不至于|谈不上|说不上|算不上|倒不是|倒没有)/u;
// Round 46: 「找不到就先打零工」「实在不行就去学个手艺」: what the writer falls back on if the first plan fails is not
// their answer; the plan is.
const FALLBACK_BEFORE =
  /(?:[找考学干做办]不(?:到|着|上|成|了)|不行|不成|不然|要不然?|实在不行)(?:的话)?[\s，,]?(?:就|再|只好|只能)(?:先|去|先去)?$/u;

/**
 * True when an alias found at `at` is said with a negation before it (「没有病人」), a cannot, a refusal or a denial
 * after it (「自己做不了」「培训就算了」「不稳定倒不至于」), or as a fall-back (「找不到就先打零工」), and has none of its own.
 */
export function aliasNegated(text: string, at: number, word: string): boolean {
  // A denial after the word holds whatever the word says (「不稳定倒不至于」 denies an unsteady income).
  if (DENIED_AFTER.test(text.slice(at + word.length, at + word.length + 6))) return true;
  if (NEGATION.test(word)) return false;
  const asks = ASKS_WHETHER_BEFORE.test(text.slice(Math.max(0, at - 5), at));
  return (
    (!asks && NEGATED_BEFORE.test(text.slice(Math.max(0, at - 3), at))) ||
    NEGATED_QUALIFIED_BEFORE.test(text.slice(Math.max(0, at - 4), at)) ||
    NEGATED_VERB_BEFORE.test(text.slice(Math.max(0, at - 6), at)) ||
    CANNOT_AFTER.test(text.slice(at + word.length, at + word.length + 2)) ||
    REFUSED_AFTER.test(text.slice(at + word.length, at + word.length + 10)) ||
    FALLBACK_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
    (word.endsWith('证') && NOT_GOT_AFTER.test(text.slice(at + word.length, at + word.length + 6)))
  );
}

// Spaces and commas between a word and the alias it qualifies (「读中专 三年级了」「职高，二年级」).
const GAP_BEFORE = /[\s，,、]+$/u;

// Where a sentence ends: a word of two characters or more earlier in the same sentence still qualifies the alias
// («在区里职教中心读书 学的幼师 今年读二年级»: the second year of the vocational school, not of primary school).
const SENTENCE_END = /[。！？!?；;]/u;

/**
 * True when a word the form lists for this alias gives it another sense (烦死了, 骗走了): a one-character word
 * right before it, a longer one anywhere before it in the same sentence.
 */
function aliasOtherSense(field: FormField, text: string, at: number, word: string): boolean {
  const before = field.not_after?.[word] ?? [];
  if (before.length === 0) return false;
  const lead = text.slice(Math.max(0, at - 24), at);
  const close = lead.replace(GAP_BEFORE, '');
  const sentence = lead.split(SENTENCE_END).pop() ?? '';
  return before.some((w) => lead.endsWith(w) || close.endsWith(w) || (w.length >= 2 && sentence.includes(w)));
}

/** One alias found in an answer: where it stands and the choice it names. */
export interface AliasHit {
  choice: string;
  word: string;
  start: number;
  end: number;
}

/**
 * The aliases of a choice field that stand in the text and mean their choice there, at most one place each
 * (`last` picks the last place, else the first). An alias inside a negated one (病 in 「不是生病」) is not
 * counted either, nor one that a listed word before it gives another sense (「烦死了」 is no death).
 */
export function aliasHits(field: FormField, text: string, last: boolean): AliasHit[] {
  const found: (AliasHit & { negated: boolean })[] = [];
  for (const [choice, words] of Object.entries(field.aliases ?? {})) {
    for (const word of words) {
      // The form writes Latin aliases in lower case; callers pass the answer lower-cased when that matters.
      const start = last ? text.lastIndexOf(word.toLowerCase()) : text.indexOf(word.toLowerCase());
      if (start < 0 || aliasOtherSense(field, text, start, word)) continue;
      found.push({ choice, word, start, end: start + word.length, negated: aliasNegated(text, start, word) });
    }
  }
  const negated = found.filter((hit) => hit.negated);
  return found
    .filter((hit) => !hit.negated && !negated.some((n) => n.start <= hit.start && hit.end <= n.end))
    .map(({ negated: _negated, ...hit }) => hit);
}
