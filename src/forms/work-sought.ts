// 「就想找个保洁的活」「现在也找不到合适的 还在找」: looking for work told by the verb 找 and what it takes, whatever the
// job is called: 找 with a measure word and a job of any name (找个看大门的活), 找 still going on (还在找, 到处找), or
// 找不到 (nothing found yet). The frame says it; the job's own name is free.
import { aliasNegated, type AliasHit } from './alias-match.js';

const SOUGHT = new RegExp(
  [
    // 找个保洁的活, 找份工地上的工作, 找点事做: not 好找活 / 难找工作 (how easy work is to find, said of training).
    String.raw`(?<![好难不])找(?:个|份|点|一个|一份|些)[^，,。；;！!？?\s]{0,5}?(?:活|工作|事做|事情做|工|班上|营生|差事)`,
    // 还在找, 到处找, 一直在找: still looking (not for a person: 找人, 找你们, 找村里).
    String.raw`(?:还在|正在|一直在?|到处|天天|四处|在)找(?:着|呢|工作|活)?(?=$|[，,。；;！!？?\s])`,
    // 找不到合适的, 找不着: nothing found yet.
    String.raw`找不(?:到|着)(?:合适的?|活|工作|事做)?(?=$|[，,。；;！!？?\s])`,
  ].join('|'),
  'gu',
);

/** Where an answer tells of looking for work by the frame of 找, as hits of `choice`, at most the last one. */
export function workSoughtHits(text: string, choice: string): AliasHit[] {
  const hits: AliasHit[] = [];
  for (const match of text.matchAll(SOUGHT)) {
    if (aliasNegated(text, match.index, match[0])) continue;
    hits.push({ choice, word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return hits.slice(-1);
}
