import type { AssistanceType } from '../nlu/types.js';
import type { CardPart, ProgrammeCard } from './programme-card.js';
import { CARD_PART_LABELS, CARD_PARTS } from './programme-card.js';
import type { Chunk } from './types.js';

/** Words indexed with each part besides its label: how residents ask for that part of a programme. */
const PART_KEYWORDS: Readonly<Record<CardPart, string>> = {
  eligibility: '申请条件 救助对象 范围',
  benefit: '救助内容 待遇 补助',
  materials: '申请材料 证件 证明',
  decision: '审批 审核 负责部门 办理时限',
  apply: '去哪里办 代为申请 委托',
};

/** The id under which a card's chunks are indexed (in the place of a document id). */
export function programmeId(type: AssistanceType): string {
  return `programme:${type}`;
}

/** One chunk per part of the card; its text is the part's facts, one sentence each. */
export function cardChunks(card: ProgrammeCard): Chunk[] {
  return CARD_PARTS.map((part) => ({
    id: `${programmeId(card.type)}#${part}`,
    documentId: programmeId(card.type),
    section: CARD_PART_LABELS[part],
    text: card[part].map((f) => f.text).join('\n'),
    programme: { type: card.type, part },
  }));
}

/** The programme's title as residents read it: 「最低生活保障（低保）」. */
export function cardTitle(card: ProgrammeCard): string {
  const alias = card.aliases.find((a) => !card.name.includes(a));
  return alias === undefined ? card.name : `${card.name}（${alias}）`;
}

/** What is indexed for a card part: the programme's names and the part's heading, then its text. */
export function cardIndexText(card: ProgrammeCard, chunk: Chunk): string {
  const part = chunk.programme!.part;
  return `${card.name} ${card.aliases.join(' ')} ${CARD_PART_LABELS[part]} ${PART_KEYWORDS[part]}\n${chunk.text}`;
}
