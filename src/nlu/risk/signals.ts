import { z } from 'zod';
import { halfWidthCode } from '../../text/normalize.js';
import { RiskDataError } from './errors.js';
import type { RiskTaxonomy } from './taxonomy.js';

const FILE = 'risk/signals.yaml';

// A pattern list may be written as one string or a list of strings; they are joined by alternation.
const patterns = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const SCOPES = [
  'before',
  'sentence_before',
  'after',
  'clause',
  'near',
  'sentence',
  'following',
  'message',
  'message_after',
] as const;

/** Where a context is looked for, relative to a hit (see risk/README.md). */
export type ContextScope = (typeof SCOPES)[number];

const contextSchema = z.union([
  z.object({
    scope: z.literal('negation'),
    cues: z.array(z.string().min(1)).min(1),
    filler: z.array(z.string().min(1)).default([]),
  }),
  z.object({ scope: z.literal('previous'), categories: z.array(z.string().min(1)).min(1) }),
  z.object({
    scope: z.enum(SCOPES),
    patterns,
    reset: patterns.optional(),
    unless: z.array(z.string()).default([]),
  }),
]);

const conditionSchema = z.object({ patterns, fragile: patterns.optional() });

const ruleSchema = z.object({
  category: z.string().min(1),
  anchor: z.array(z.string().min(1)).min(1),
  with: z.array(z.string().min(1)).optional(),
  who: z.array(z.string().min(1)).optional(),
  blocked_by: z.array(z.string().min(1)).default([]),
  unless: z.array(z.string().min(1)).default([]),
  demote: z.array(z.object({ when: z.array(z.string().min(1)).min(1), to: z.string().min(1) })).default([]),
});

/** The shape of risk/signals.yaml. */
export const riskSignalsSchema = z.object({
  version: z.literal(1),
  max_chars: z.number().int().min(100).max(10_000),
  hard_negatives: z.array(z.string().min(1)).default([]),
  word_senses: z.array(z.string().min(1)).default([]),
  rewrites: z.array(z.object({ pattern: z.string().min(1), to: z.string() })).default([]),
  phonetic: z.object({
    triggers: z.array(z.string().min(1)).min(1),
    context: patterns,
    min_syllables_without_context: z.number().int().min(1).max(10),
    never: z.array(z.string().min(1)).default([]),
    prefixes: z.array(z.string().min(1)).default([]),
    words: z.array(z.string().min(1)).default([]),
  }),
  contexts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), contextSchema),
  fragile_blocked_by: z.array(z.string()).default([]),
  blocked_everywhere: z.array(z.string()).default([]),
  net_calmed_by: z.array(z.string()).default([]),
  net_soft_calming: z.array(z.string()).default([]),
  conditions: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/u), conditionSchema),
  rules: z.array(ruleSchema).min(1),
});

/** risk/signals.yaml as written. */
export type RiskSignalsFile = z.infer<typeof riskSignalsSchema>;

/** A context compiled for matching. */
export type CompiledContext =
  | { name: string; kind: 'negation'; regex: RegExp }
  | { name: string; kind: 'previous'; categories: ReadonlySet<string> }
  | {
      name: string;
      kind: 'pattern';
      scope: ContextScope;
      regex: RegExp;
      /** The same expression with the global flag, for scanning a whole message once. */
      global: RegExp;
      reset: RegExp | undefined;
      unless: readonly string[];
    };

/** A condition compiled to global expressions: its plain and its fragile (hyperbole-prone) phrases. */
export interface CompiledCondition {
  name: string;
  regex: RegExp;
  fragile: RegExp | undefined;
}

/** A composition rule with its references checked. */
export interface CompiledRule {
  index: number;
  category: string;
  anchor: readonly string[];
  with: readonly string[] | undefined;
  who: readonly string[] | undefined;
  blockedBy: readonly string[];
  unless: readonly string[];
  demote: readonly { when: readonly string[]; to: string }[];
}

/** risk/signals.yaml ready for matching. */
export interface CompiledSignals {
  maxChars: number;
  hardNegatives: RegExp | undefined;
  /** Words that only look like a danger word (打车, 火车, 打电话): blanked too, but they calm nothing else. */
  wordSenses: RegExp | undefined;
  rewrites: readonly { regex: RegExp; to: string }[];
  phonetic: {
    triggers: readonly string[];
    context: RegExp;
    minSyllables: number;
    never: readonly string[];
    prefixes: readonly string[];
    words: readonly string[];
    vocabulary: string;
  };
  contexts: ReadonlyMap<string, CompiledContext>;
  fragileBlockedBy: readonly string[];
  /** Contexts that calm a hit in every rule. */
  blockedEverywhere: readonly string[];
  /**
   * Contexts that, found anywhere in the message, count as a calming context for the learned net even when no
   * condition was hit (a hurt told as mild, first aid learnt): the net then needs its `calmed` threshold.
   */
  netCalmedBy: readonly string[];
  /**
   * Contexts that calm a danger of this hour without saying the household is fine (it happened days ago, the
   * injured are in hospital, nobody is hurt now): a hit calmed only by these leaves the net free to hear a
   * sudden hardship, up to high.
   */
  netSoftCalming: ReadonlySet<string>;
  conditions: ReadonlyMap<string, CompiledCondition>;
  rules: readonly CompiledRule[];
  /** Every pattern source with where it comes from, for the ReDoS test. */
  sources: readonly { where: string; source: string }[];
}

function list(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

// Full-width forms (，！？：；（）…) are folded to ASCII in the prepared text (src/text/normalize.ts), so a
// pattern written with them must be folded the same way, or 「[^，。]」 would run past a comma and
// 「(?=[\s，。])」 would never see one. A folded character that is regex syntax is escaped.
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);
// Built as pieces joined once: a string grown a character at a time is a chain of one rope node per character,
// and these patterns are kept (in `sources`) for the life of the process, about 4 MB of rope nodes.
function foldPattern(source: string): string {
  const out: string[] = [];
  for (const char of source) {
    const code = char.charCodeAt(0);
    const half = halfWidthCode(code);
    if (half === code) out.push(char);
    else {
      const ascii = String.fromCharCode(half);
      out.push(SYNTAX.has(ascii) ? `\\${ascii}` : ascii);
    }
  }
  return out.join('');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Validates parsed risk/signals.yaml against the taxonomy and compiles it; throws RiskDataError naming
 * the faulty entry (an invalid pattern, an unknown context, condition or category).
 */
export function compileRiskSignals(raw: unknown, taxonomy: RiskTaxonomy): CompiledSignals {
  const parsed = riskSignalsSchema.safeParse(raw);
  if (!parsed.success)
    throw new RiskDataError(`${FILE} does not match the schema: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  const sources: { where: string; source: string }[] = [];

  const join = (value: string | readonly string[], flags: string, where: string): RegExp => {
    const parts = list(value).map(foldPattern);
    for (const part of parts) sources.push({ where, source: part });
    const source = parts.length === 1 ? (parts[0] ?? '') : parts.map((p) => `(?:${p})`).join('|');
    try {
      return new RegExp(source, flags);
    } catch (error) {
      throw new RiskDataError(`${FILE}: ${where} has an invalid pattern: ${(error as Error).message}`);
    }
  };

  const contexts = new Map<string, CompiledContext>();
  for (const [name, context] of Object.entries(data.contexts)) {
    if (context.scope === 'negation') {
      const byLength = (a: string, b: string): number => b.length - a.length;
      const cues = [...context.cues].sort(byLength).map(escapeRegex).join('|');
      const filler = [...context.filler].sort(byLength).map(escapeRegex).join('|');
      // A cue, then at most three filler words, then the hit: 「我没有想过自杀」, never 「没钱了想自杀」.
      // 是不是 / 会不会 / 有没有 ask a question; the 不 or 没 inside them denies nothing. Nor does the 别 of
      // 特别, 分别, 告别 … (「我特别想死」) or the 没 of 淹没, 埋没.
      const question =
        '(?!(?<=是)不是|(?<=会)不会|(?<=要)不要|(?<=有)没|(?<=想)不想|(?<=用)不用|(?<=敢)不敢|(?<=[特区分告级个派辨差识鉴离性])别|(?<=[淹埋出覆湮])没)';
      const source = `${question}(?:${cues})(?:${filler || '(?!)'}){0,3}$`;
      sources.push({ where: `context ${name}`, source });
      contexts.set(name, { name, kind: 'negation', regex: new RegExp(source, 'u') });
    } else if (context.scope === 'previous') {
      for (const category of context.categories)
        if (!taxonomy.categories.has(category))
          throw new RiskDataError(`${FILE}: context ${name} names an unknown category "${category}"`);
      contexts.set(name, { name, kind: 'previous', categories: new Set(context.categories) });
    } else {
      const compiled = join(context.patterns, 'u', `context ${name}`);
      contexts.set(name, {
        name,
        kind: 'pattern',
        scope: context.scope,
        regex: compiled,
        global: new RegExp(compiled.source, 'gu'),
        reset: context.reset ? join(context.reset, 'u', `context ${name} reset`) : undefined,
        unless: context.unless,
      });
    }
  }
  for (const context of contexts.values())
    if (context.kind === 'pattern')
      for (const other of context.unless)
        if (!contexts.has(other))
          throw new RiskDataError(`${FILE}: context ${context.name} names an unknown context "${other}"`);

  const conditions = new Map<string, CompiledCondition>();
  for (const [name, condition] of Object.entries(data.conditions)) {
    if (contexts.has(name))
      throw new RiskDataError(`${FILE}: "${name}" is both a context and a condition; rename one`);
    conditions.set(name, {
      name,
      regex: join(condition.patterns, 'gu', `condition ${name}`),
      fragile: condition.fragile ? join(condition.fragile, 'gu', `condition ${name} fragile`) : undefined,
    });
  }

  const checkContext = (name: string, where: string): void => {
    if (!contexts.has(name)) throw new RiskDataError(`${FILE}: ${where} names an unknown context "${name}"`);
  };
  const checkEither = (name: string, where: string): void => {
    if (!contexts.has(name) && !conditions.has(name))
      throw new RiskDataError(`${FILE}: ${where} names an unknown condition or context "${name}"`);
  };
  const checkCategory = (name: string, where: string): void => {
    if (name !== 'none' && !taxonomy.categories.has(name))
      throw new RiskDataError(`${FILE}: ${where} names an unknown category "${name}"`);
  };
  for (const name of data.fragile_blocked_by) checkContext(name, 'fragile_blocked_by');
  for (const name of data.blocked_everywhere) checkContext(name, 'blocked_everywhere');
  for (const name of data.net_calmed_by) {
    checkContext(name, 'net_calmed_by');
    if (contexts.get(name)?.kind !== 'pattern')
      throw new RiskDataError(`${FILE}: net_calmed_by names "${name}", which is not a pattern context`);
  }
  for (const name of data.net_soft_calming) checkContext(name, 'net_soft_calming');

  const rules = data.rules.map((rule, index): CompiledRule => {
    const where = `rule ${String(index + 1)} (${rule.category})`;
    checkCategory(rule.category, where);
    for (const name of rule.anchor)
      if (!conditions.has(name))
        throw new RiskDataError(`${FILE}: ${where} anchors on an unknown condition "${name}"`);
    for (const name of [...(rule.with ?? []), ...rule.unless]) checkEither(name, where);
    for (const name of [...(rule.who ?? []), ...rule.blocked_by]) checkContext(name, where);
    for (const step of rule.demote) {
      checkCategory(step.to, `${where} demote`);
      for (const name of step.when) checkContext(name, `${where} demote`);
    }
    return {
      index,
      category: rule.category,
      anchor: rule.anchor,
      with: rule.with,
      who: rule.who,
      blockedBy: rule.blocked_by,
      unless: rule.unless,
      demote: rule.demote,
    };
  });

  return {
    maxChars: data.max_chars,
    hardNegatives:
      data.hard_negatives.length > 0 ? join(data.hard_negatives, 'gu', 'hard_negatives') : undefined,
    wordSenses: data.word_senses.length > 0 ? join(data.word_senses, 'gu', 'word_senses') : undefined,
    rewrites: data.rewrites.map((r, i) => ({
      regex: join(r.pattern, 'gu', `rewrite ${String(i + 1)}`),
      to: r.to,
    })),
    phonetic: {
      triggers: data.phonetic.triggers,
      context: join(data.phonetic.context, 'u', 'phonetic context'),
      minSyllables: data.phonetic.min_syllables_without_context,
      never: data.phonetic.never,
      prefixes: data.phonetic.prefixes,
      words: data.phonetic.words,
      // Typed pinyin is read into the characters the patterns use, triggers and words first.
      vocabulary: [
        ...data.phonetic.triggers,
        ...data.phonetic.words,
        ...Object.values(data.conditions).flatMap((c) => [...list(c.patterns), ...list(c.fragile ?? [])]),
      ].join(''),
    },
    contexts,
    fragileBlockedBy: data.fragile_blocked_by,
    blockedEverywhere: data.blocked_everywhere,
    netCalmedBy: data.net_calmed_by,
    netSoftCalming: new Set(data.net_soft_calming),
    conditions,
    rules,
    sources,
  };
}
