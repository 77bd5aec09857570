import { z } from 'zod';

/** How a field's answer is read and checked. */
export const FIELD_KINDS = [
  'text',
  'person_name',
  'id_number',
  'phone',
  'address',
  'integer',
  'money',
  'choice',
] as const;

/** One of FIELD_KINDS. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** One question of an application form, as written in forms/*.yaml. */
export const fieldSchema = z
  .object({
    name: z.string().regex(/^[a-z_]+$/),
    label: z.string().min(1),
    question: z.string().min(1),
    kind: z.enum(FIELD_KINDS),
    entity: z
      .enum(['person_name', 'id_number', 'phone', 'household_size', 'monthly_income', 'address', 'age'])
      .optional(),
    sensitive: z.boolean().default(false),
    optional: z.boolean().default(false),
    group: z.string().optional(),
    choices: z.array(z.string().min(1)).optional(),
    /** More than one choice may apply (stored joined with 、); a choice starting with 都没有 / 没有 stands alone. */
    multiple: z.boolean().optional(),
    aliases: z.record(z.string(), z.array(z.string().min(1))).optional(),
    /** The choice is named in the answer's first clause that names one; later clauses tell why (给谁申请). */
    answer_first: z.boolean().optional(),
    /** Several people told with a choice each, then one named as whom it is for (先给大的申请): that one's choice. */
    one_named: z.boolean().optional(),
    /** A choice named as what comes next (明年才上一年级) gives way to one named as now. */
    not_next: z.boolean().optional(),
    /** Choices that the writer saying who they are answers (「我是网格员」 for the committee applying). */
    said_by_writer: z.array(z.string().min(1)).optional(),
    /** Per choice, short answers that name it only as the whole answer: 「我」 to 「给谁申请」 is oneself, a pronoun inside more. */
    whole_answers: z.record(z.string(), z.array(z.string().min(1))).optional(),
    /** The choice for an application 给 someone of the writer's no alias names (给我老班申请) or 给他 / 给她. */
    someone_else: z.string().optional(),
    /** The choice for a supporter in a plight of their own, told with 自己 after them (她自己都吃低保). */
    plight: z.string().optional(),
    /** The choice for looking for work told by the frame of 找 (找个保洁的活, 还在找), whatever the job is called. */
    seeking_work: z.string().optional(),
    /** Per choice, words that said after it end it (「在读书 哦今年毕业了」): the choice stands only if named again after. */
    ended_after: z.record(z.string(), z.array(z.string().min(1))).optional(),
    /** Per alias, words that right before it give it another sense: 死了 after 烦 (烦死了) is no death. */
    not_after: z.record(z.string(), z.array(z.string().min(1))).optional(),
    /**
     * A choice that, named anywhere in the first message, is what the resident asks for (a wish over a status); a
     * list ranks several (the first named of them wins).
     */
    prefer: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** A cause asked for: of single choices named in one answer, the one told first is the cause (an accident, then the injury). */
    cause: z.boolean().optional(),
    /** The choice an answer means when it tells what the person can do and then, after 但, what they cannot. */
    mixed: z.string().optional(),
    infer: z.boolean().default(false),
    /** A cost: what the answer says insurance paid back is taken off (「花了八万 报了五万」 → 30000). */
    net_of_refund: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .refine((field) => field.kind !== 'choice' || (field.choices?.length ?? 0) > 0, {
    message: 'a choice field needs choices',
  })
  .refine((field) => preferredChoices(field).every((p) => (field.choices ?? []).includes(p)), {
    message: 'prefer must name choices of the field',
  });

/** The choices a field prefers, most preferred first (its `prefer`, one or a list). */
export function preferredChoices(field: {
  prefer?: string | readonly string[] | undefined;
}): readonly string[] {
  if (field.prefer === undefined) return [];
  return typeof field.prefer === 'string' ? [field.prefer] : field.prefer;
}

/** A validated form field. */
export type FormField = z.output<typeof fieldSchema>;

/** forms/common.yaml: the fields every form starts with, and the group questions. */
export const commonFormSchema = z
  .object({ groups: z.record(z.string(), z.string().min(1)).default({}), fields: z.array(fieldSchema) })
  .strict();

/** forms/<type>.yaml: the fields one assistance type adds after the common ones. */
export const typeFormSchema = z
  .object({
    type: z.string().regex(/^[a-z_]+$/),
    title: z.string().min(1),
    // The type's own group questions (two of its fields asked in one turn), added to the common ones.
    groups: z.record(z.string(), z.string().min(1)).default({}),
    fields: z.array(fieldSchema).default([]),
  })
  .strict();

/** forms/suggestions.yaml: other programmes an answer points to. */
export const suggestionsSchema = z.array(
  z
    .object({
      when: z.object({ field: z.string(), equals: z.string().optional(), atLeast: z.number().optional() }),
      suggest: z.string(),
      text: z.string().min(1),
    })
    .strict(),
);

/** One "more help than asked" rule. */
export type SuggestionRule = z.output<typeof suggestionsSchema>[number];
