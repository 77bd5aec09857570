// Who is in danger, read from what the resident wrote. A son writing 「我叫张明，我爸晕倒了叫不醒」 names himself
// first; the one in danger is his father. The words are read clause by clause: the clause that carries a
// danger word names the person, either by a relation (爸, 孩子, 邻居 …) or as the writer (我).

/** A family or social relation word and how the operator reads it. */
const RELATIONS: readonly (readonly [RegExp, string])[] = [
  [/爸爸|父亲|老爸|我爸|他爸|她爸|爹/, '父亲'],
  [/妈妈|母亲|老妈|我妈|他妈|她妈/, '母亲'],
  [/老伴/, '老伴'],
  [/丈夫|老公/, '丈夫'],
  [/妻子|老婆|媳妇/, '妻子'],
  [/儿子/, '儿子'],
  [/女儿|闺女/, '女儿'],
  [/孙子|孙女|外孙/, '孙辈'],
  [/孩子|小孩|娃/, '孩子'],
  [/爷爷|奶奶|外公|外婆|姥姥|姥爷/, '祖辈'],
  [/公公|婆婆|岳父|岳母|丈人|丈母娘/, '配偶的父母'],
  [/哥哥|姐姐|弟弟|妹妹|我哥|我姐|我弟|我妹/, '兄弟姐妹'],
  [/邻居|邻居家/, '邻居'],
  [/朋友|同学|同事|室友/, '朋友或同事'],
  [/老人|老太太|老大爷|大爷|大妈|阿姨|老奶奶|老爷爷/, '一位老人'],
];

// Words that say someone is in danger or in sudden trouble now (the risk detector decides urgency; this
// only finds which clause is about the danger).
const DANGER =
  /不想活|活不下去|想死|去死|自杀|轻生|寻死|跳楼|跳河|跳下|割腕|上吊|喝药|吃药了|服药|安眠药|农药|晕倒|昏倒|昏迷|叫不醒|不省人事|没有呼吸|没呼吸|抽搐|吐血|出血|流血|受伤|摔|撞|骨折|烧伤|烫伤|中毒|被打|打我|打他|打她|家暴|拿刀|砍|威胁|走失|走丢|不见了|失联|找不到|关起来|锁起来|被困|着火|火灾|淹|倒塌|冻|发高烧|发烧|病危|快不行|不行了|心脏病|脑梗|中风|断粮|没吃的|饿|没地方住|露宿/;

const CLAUSE_BREAK = /[，,。.！!？?；;、\n\r\t ]+/u;

/** The operator's words for the writer themself. */
export const SELF = '求助者本人';

/** How the console names a relation: 「求助者的父亲」. */
export const relationLabel = (relation: string): string => `求助者的${relation}`;

interface Mention {
  index: number;
  label: string;
}

/** Relation words in a clause, in order, each once at its first position. */
function relationsIn(clause: string): Mention[] {
  const found: Mention[] = [];
  for (const [pattern, label] of RELATIONS) {
    const match = pattern.exec(clause);
    if (match) found.push({ index: match.index, label: relationLabel(label) });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The person one clause is about, up to `limit` (the danger word's position): the nearest relation, else the writer. */
function subjectOf(clause: string, limit: number): string | null {
  const before = relationsIn(clause).filter((m) => m.index < limit);
  if (before.length > 0) return before[before.length - 1]!.label;
  const self = clause.slice(0, limit).search(/我|俺|本人|自己/);
  return self >= 0 ? SELF : null;
}

/**
 * Who is in danger in one message: 「求助者本人」, 「求助者的父亲」 …, or null when no clause speaks of a
 * danger. The first danger clause that names its person decides; a clause without one (「突然晕倒了」)
 * takes the person of the clause before it, unless a later danger clause names someone (「家里着火了，我妈
 * 被困在里面」).
 */
export function personAtRisk(text: string): string | null {
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.length > 0);
  let previous: string | null = null;
  let unnamed: string | null = null;
  for (const clause of clauses) {
    const danger = DANGER.exec(clause);
    if (danger) {
      // 「他打我」「老公威胁我」: the writer is the one hurt, whoever is named before.
      if (danger[0].endsWith('我')) return SELF;
      const subject = subjectOf(clause, danger.index);
      if (subject !== null) return subject;
      // Nobody named in the clause: the person just spoken of, else the writer, unless a later clause says.
      unnamed ??= previous ?? SELF;
      continue;
    }
    const mentions = relationsIn(clause);
    if (mentions.length > 0) previous = mentions[mentions.length - 1]!.label;
    else if (/^(我|俺)/.test(clause)) previous = SELF;
  }
  return unnamed;
}
