import type { Answerability } from './answerability.js';
import type { Citation, PolicyAnswer } from './types.js';

/** One part of a message asking several things, with how it was judged and its own answer. */
export interface PartAnswer {
  verdict: Answerability;
  answer: PolicyAnswer;
}

const ORDINALS = ['第一件', '第二件', '第三件', '第四件', '第五件'];
/** Said for a part the documents do not cover, under its ordinal. */
export const PART_NOT_COVERED = '这一点我这里的政策文件没有讲到，可以回复「转人工」请工作人员帮您解答。';
/** Said for a part asking an amount the documents do not state. */
export const PART_NO_FIGURE = '具体金额我这里的政策文件没有写，不能给您报数；可以回复「转人工」请工作人员帮您查。';

/**
 * Answers a message that asks two or three things one thing at a time, in the resident's order: each
 * answered part as it would be answered alone (its quotes and its 「依据」 lines), a part nothing covers
 * said plainly, every source in the citations once, and the first programme's apply action.
 */
export function composePartsAnswer(parts: readonly PartAnswer[]): PolicyAnswer {
  const lines = [`您问了${parts.length === 2 ? '两' : parts.length === 3 ? '三' : String(parts.length)}件事：`];
  const citations: Citation[] = [];
  const seen = new Set<string>();
  const out: PolicyAnswer = { answerable: true, text: '', citations };
  parts.forEach((part, i) => {
    // The ordinal opens the part's first line, so each part costs no extra line on a small screen.
    const ordinal = `【${ORDINALS[i] ?? `第${i + 1}件`}】`;
    if (!part.answer.answerable) {
      lines.push(`${ordinal}${part.verdict === 'no-figure' ? PART_NO_FIGURE : PART_NOT_COVERED}`);
      return;
    }
    lines.push(`${ordinal}${part.answer.text}`);
    for (const c of part.answer.citations) {
      const key = `${c.documentId}\u0000${c.section}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push(c);
    }
    if (part.answer.region !== undefined) out.region ??= part.answer.region;
    if (!out.suggestedAction && part.answer.suggestedAction) {
      out.suggestedAction = part.answer.suggestedAction;
      if (part.answer.followUp !== undefined) out.followUp = part.answer.followUp;
    }
  });
  out.text = lines.join('\n');
  return out;
}
