import { z } from 'zod';
import { ASSISTANCE_TYPES } from '../nlu/types.js';

/** The five parts of a programme card, in the order a resident reads them. */
export const CARD_PARTS = ['eligibility', 'benefit', 'materials', 'decision', 'apply'] as const;

/** One part of a programme card. */
export type CardPart = (typeof CARD_PARTS)[number];

/** The resident-facing heading of each part (also indexed, so 「要带什么」 finds the materials). */
export const CARD_PART_LABELS: Readonly<Record<CardPart, string>> = {
  eligibility: '谁能申请',
  benefit: '能得到什么帮助',
  materials: '要准备的材料',
  decision: '谁来审批、多长时间',
  apply: '怎么申请',
};

// Money figures belong to a locality profile (issue 14: "figures only where a locality profile states
// them"), never to a national card; a card that states one is broken, so the bot cannot repeat it.
const AMOUNT =
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:元|块|万|%|％)|(?<![一二三四五六七八九十百千万两])[一二三四五六七八九十百千万两]+(?:元|块钱)|百分之/u;

const plain = z.string().trim().min(1);

// A national regulation, by name (without 《》) and, when known for sure, article and number:
// { law: 社会救助暂行办法, article: 第十一条 }. A seed document of knowledge/, by id and heading path
// as answers cite it: { doc: jiangyin-2018-121, section: 四、职责分工 › 1．民政部门 }.
const lawSource = z
  .object({
    law: plain.refine((s) => !/[《》]/u.test(s), 'write the name without 《》'),
    article: plain.regex(/^第[一二三四五六七八九十百零]+条$/u, 'article must look like 第十一条').optional(),
    number: plain.optional(),
  })
  .strict();
const documentSource = z.object({ doc: plain, section: plain }).strict();

/** Where a fact comes from: a regulation (law, article?, number?) or a document section (doc, section). */
export const cardSourceSchema = z.unknown().transform((value, ctx): z.infer<typeof lawSource> | z.infer<typeof documentSource> => {
  // Chosen by its keys, so a mistake is reported against the kind of source meant, not as "invalid input".
  const schema = typeof value === 'object' && value !== null && 'doc' in value ? documentSource : lawSource;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

/** One sentence of a card and where it comes from. */
export const cardFactSchema = z
  .object({
    text: plain
      .max(90, 'keep a fact to one short sentence (90 characters at most)')
      .refine((s) => !AMOUNT.test(s), 'no amounts or rates in a card: they belong to a locality profile'),
    sources: z.array(cardSourceSchema).min(1, 'every fact needs a source'),
  })
  .strict();

const part = z.array(cardFactSchema).min(1).max(5, 'at most 5 facts per part: a resident reads this on a phone');

/** The YAML schema of knowledge/programmes/<type>.yaml. */
export const programmeCardSchema = z
  .object({
    type: z.enum(ASSISTANCE_TYPES),
    name: plain,
    /** What residents call it (低保, 五保, 残补 …); searched and shown next to the name. */
    aliases: z.array(plain).default([]),
    eligibility: part,
    benefit: part,
    materials: part,
    decision: part,
    apply: part,
  })
  .strict();

/** Where a fact comes from: a regulation (and article) or a seed document section. */
export type CardSource = z.infer<typeof cardSourceSchema>;
/** One sentence of a card with its sources. */
export type CardFact = z.infer<typeof cardFactSchema>;
/** A programme card as loaded and validated. */
export type ProgrammeCard = z.infer<typeof programmeCardSchema>;

/** True when the source is a seed document rather than a regulation. */
export function isDocumentSource(source: CardSource): source is { doc: string; section: string } {
  return 'doc' in source;
}
