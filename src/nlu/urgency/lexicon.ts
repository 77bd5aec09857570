import { readFile } from 'node:fs/promises';
import { parseYaml } from '../../content/parse-yaml.js';
import { z } from 'zod';

const patternList = z.array(z.string().min(1)).min(1);

const contextSchema = z.object({
  scope: z.enum(['clause', 'before', 'after', 'message', 'following']),
  patterns: patternList,
});

const ruleSchema = z.object({
  id: z.string().min(1),
  level: z.enum(['critical', 'high']),
  reason: z.string().min(1),
  patterns: patternList,
  suppressed_by: z.array(z.string()).default([]),
  demoted_by: z.array(z.string()).default([]),
  requires: z.array(z.object({ pattern: z.string().min(1), reason: z.string().min(1) })).optional(),
  unless: patternList.optional(),
});

/** The shape of intents/urgency.yaml, validated at start-up so a typo fails loudly, not silently. */
export const urgencyLexiconSchema = z.object({
  version: z.literal(1),
  negation: z.object({ cues: patternList, filler: z.array(z.string()).default([]) }),
  contexts: z.record(z.string(), contextSchema),
  hard_negatives: z.array(z.string().min(1)).default([]),
  rules: z.array(ruleSchema).min(1),
  safety_net: z.object({ blocked_by: z.array(z.string()).default([]) }).default({ blocked_by: [] }),
});

/** The urgency lexicon as written in YAML. */
export type UrgencyLexicon = z.infer<typeof urgencyLexiconSchema>;

/** Where a context is looked for relative to a hit. */
export type ContextScope = z.infer<typeof contextSchema>['scope'];

/** A context compiled to one regular expression. */
export interface CompiledContext {
  name: string;
  scope: ContextScope;
  regex: RegExp;
}

/** A rule compiled to regular expressions. */
export interface CompiledRule {
  id: string;
  level: 'critical' | 'high';
  reason: string;
  regex: RegExp;
  suppressedBy: readonly string[];
  demotedBy: readonly string[];
  requires: readonly { regex: RegExp; reason: string }[] | undefined;
  unless: RegExp | undefined;
}

/** The lexicon ready for matching: every pattern list joined into one regular expression. */
export interface CompiledLexicon {
  hardNegatives: RegExp | undefined;
  negation: RegExp;
  contexts: ReadonlyMap<string, CompiledContext>;
  rules: readonly CompiledRule[];
  /** Contexts that, anywhere in the message, keep the model's safety net from raising an alarm. */
  netBlockers: readonly CompiledContext[];
}

/** Raised when intents/urgency.yaml is malformed; the message says which entry to fix. */
export class UrgencyLexiconError extends Error {
  override readonly name = 'UrgencyLexiconError';
}

function join(patterns: readonly string[], flags: string, where: string): RegExp {
  const source = patterns.map((p) => `(?:${p})`).join('|');
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new UrgencyLexiconError(
      `intents/urgency.yaml: ${where} has an invalid pattern: ${(error as Error).message}`,
    );
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Validates a parsed urgency lexicon and compiles it; throws UrgencyLexiconError naming the faulty entry. */
export function compileUrgencyLexicon(raw: unknown): CompiledLexicon {
  const parsed = urgencyLexiconSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UrgencyLexiconError(
      `intents/urgency.yaml does not match the schema: ${z.prettifyError(parsed.error)}`,
    );
  }
  const lexicon = parsed.data;
  const contexts = new Map<string, CompiledContext>();
  for (const [name, context] of Object.entries(lexicon.contexts)) {
    contexts.set(name, { name, scope: context.scope, regex: join(context.patterns, 'u', `context ${name}`) });
  }
  const byLength = (a: string, b: string): number => b.length - a.length;
  const cues = [...lexicon.negation.cues].sort(byLength).map(escapeRegex).join('|');
  const filler = [...lexicon.negation.filler].sort(byLength).map(escapeRegex).join('|');
  // A cue, then at most three filler words, then the hit: 「我没有想过自杀」, never 「没钱了想自杀」.
  const negation = new RegExp(`(?:${cues})(?:${filler || '(?!)'}){0,3}$`, 'u');
  const rules = lexicon.rules.map((rule): CompiledRule => {
    for (const name of [...rule.suppressed_by, ...rule.demoted_by]) {
      if (name !== 'negation' && !contexts.has(name)) {
        throw new UrgencyLexiconError(
          `intents/urgency.yaml: rule ${rule.id} names an unknown context "${name}"`,
        );
      }
    }
    return {
      id: rule.id,
      level: rule.level,
      reason: rule.reason,
      regex: join(rule.patterns, 'gu', `rule ${rule.id}`),
      suppressedBy: rule.suppressed_by,
      demotedBy: rule.demoted_by,
      requires: rule.requires?.map((r) => ({
        regex: join([r.pattern], 'u', `rule ${rule.id} requires`),
        reason: r.reason,
      })),
      unless: rule.unless ? join(rule.unless, 'u', `rule ${rule.id} unless`) : undefined,
    };
  });
  const hardNegatives =
    lexicon.hard_negatives.length > 0 ? join(lexicon.hard_negatives, 'gu', 'hard_negatives') : undefined;
  const netBlockers = lexicon.safety_net.blocked_by.map((name) => {
    const context = contexts.get(name);
    if (!context)
      throw new UrgencyLexiconError(`intents/urgency.yaml: safety_net names an unknown context "${name}"`);
    return context;
  });
  return { hardNegatives, negation, contexts, rules, netBlockers };
}

/** Reads, validates and compiles intents/urgency.yaml (or another file in the same format). */
export async function loadUrgencyLexicon(file: string): Promise<CompiledLexicon> {
  const text = await readFile(file, 'utf8');
  return compileUrgencyLexicon(parseYaml(text));
}
