import type { AssistanceType } from '../nlu/types.js';
import { clauses } from './question-parts.js';

// What joins two benefits asked about together: «教育和就业», «残疾补贴与教育救助», «住院的钱、修房子».
const JOINED = /和|跟|与|及|、|还是|或者|或是|还有/u;
// Two benefits further apart than this are not one list («低保户的孩子在城里读高中…»).
const MAX_GAP = 8;

/**
 * The benefits one question asks about together, in order: a clause that asks names two or three of
 * them, by the programmes' names or by everyday words (`cues`: 看病 → medical, 上学 → education), joined
 * by 和 / 与 / 、 … («教育和就业这两块有啥政策», «住院的钱和修房子能分开申请吗»). Empty otherwise: «低保户的
 * 孩子读书有补助吗» asks about schooling only (低保户 says who asks), and a story («看病把钱花光了») asks
 * nothing. Linear in the text per cue word.
 */
export function askedBenefits(text: string, cues: ReadonlyMap<string, AssistanceType>): BenefitMention[] {
  for (const clause of clauses(text)) {
    if (!clause.asking) continue;
    const mentions = mentionsIn(clause.text, cues);
    const asked: BenefitMention[] = [];
    const add = (m: BenefitMention): void => {
      if (!asked.some((x) => x.type === m.type)) asked.push({ ...m, start: m.start + clause.start, end: m.end + clause.start });
    };
    for (let i = 1; i < mentions.length; i++) {
      const a = mentions[i - 1]!;
      const b = mentions[i]!;
      if (a.type === b.type || b.start - a.end > MAX_GAP || !JOINED.test(clause.text.slice(a.end, b.start))) continue;
      add(a);
      add(b);
    }
    if (asked.length >= 2) return asked;
  }
  return [];
}

/** A benefit named in a question: its programme and where the words that name it stand. */
export interface BenefitMention {
  type: AssistanceType;
  start: number;
  end: number;
}

/** The question as one benefit's part reads it: the words naming the other asked benefits blanked out. */
export function benefitPart(text: string, asked: readonly BenefitMention[], keep: BenefitMention): string {
  let out = text;
  for (const m of asked) if (m !== keep) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}

// Cue words found in a clause, left to right; a longer word wins over one inside it (「医疗救助」 over 「医疗」).
function mentionsIn(clause: string, cues: ReadonlyMap<string, AssistanceType>): BenefitMention[] {
  const found: BenefitMention[] = [];
  for (const [word, type] of cues) {
    const start = clause.indexOf(word);
    if (start !== -1) found.push({ type, start, end: start + word.length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}
