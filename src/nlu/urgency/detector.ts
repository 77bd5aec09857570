import { allMatches } from '../../text/matches.js';
import { foldText } from '../../text/normalize.js';
import type { Urgency, UrgencyLevel } from '../types.js';
import { clauseAt, splitClauses, type Clause } from './clauses.js';
import type { CompiledContext, CompiledLexicon, CompiledRule } from './lexicon.js';

/** Judges how urgent one message is; synchronous and a few microseconds, so it runs on every message. */
export type UrgencyDetector = (text: string) => Urgency;

// The writer is back to their own situation after quoting the news: 「新闻里说有人跳河 我现在…」.
const OWN_VOICE = /我|俺|咱|现在|刚才|刚刚/u;
const MASK = '□';

interface MessageView {
  text: string;
  clauses: Clause[];
  following: Map<string, boolean[]>;
}

function followingFlags(context: CompiledContext, clauses: readonly Clause[]): boolean[] {
  let active = false;
  return clauses.map((clause) => {
    if (context.regex.test(clause.text)) active = true;
    else if (active && OWN_VOICE.test(clause.text)) active = false;
    return active;
  });
}

function contextApplies(context: CompiledContext, view: MessageView, clauseIndex: number, hitStart: number, hitEnd: number): boolean {
  const clause = view.clauses[clauseIndex];
  if (!clause) return false;
  switch (context.scope) {
    case 'message':
      return context.regex.test(view.text);
    case 'clause':
      return context.regex.test(clause.text);
    case 'before':
      return context.regex.test(view.text.slice(clause.start, hitStart));
    case 'after':
      return context.regex.test(view.text.slice(hitEnd, clause.end));
    case 'following': {
      let flags = view.following.get(context.name);
      if (!flags) {
        flags = followingFlags(context, view.clauses);
        view.following.set(context.name, flags);
      }
      return flags[clauseIndex] ?? false;
    }
  }
}

function judgeRule(rule: CompiledRule, lexicon: CompiledLexicon, view: MessageView): { level: UrgencyLevel; reason: string } | undefined {
  if (rule.unless?.test(view.text)) return undefined;
  let reason = rule.reason;
  if (rule.requires) {
    const met = rule.requires.find((r) => r.regex.test(view.text));
    if (!met) return undefined;
    reason = met.reason;
  }
  rule.regex.lastIndex = 0;
  for (const match of allMatches(rule.regex, view.text)) {
    if (match[0].length === 0) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const clauseIndex = clauseAt(view.clauses, start);
    const clause = view.clauses[clauseIndex];
    const suppressed = rule.suppressedBy.some((name) => {
      if (name === 'negation') return lexicon.negation.test(view.text.slice(clause?.start ?? 0, start));
      const context = lexicon.contexts.get(name);
      return context ? contextApplies(context, view, clauseIndex, start, end) : false;
    });
    if (suppressed) continue;
    const demoted = rule.demotedBy.some((name) => {
      const context = lexicon.contexts.get(name);
      return context ? contextApplies(context, view, clauseIndex, start, end) : false;
    });
    return { level: demoted && rule.level === 'critical' ? 'high' : rule.level, reason };
  }
  return undefined;
}

const RANK: Readonly<Record<UrgencyLevel, number>> = { none: 0, high: 1, critical: 2 };

/** Builds the urgency detector from a compiled lexicon (see intents/urgency.yaml for how it judges). */
export function createUrgencyDetector(lexicon: CompiledLexicon): UrgencyDetector {
  return (message: string): Urgency => {
    let text = foldText(message);
    // Hard negatives are blanked rather than removed so that offsets and clause boundaries stay put.
    if (lexicon.hardNegatives) text = text.replace(lexicon.hardNegatives, (m) => MASK.repeat(m.length));
    const view: MessageView = { text, clauses: splitClauses(text), following: new Map() };
    let level: UrgencyLevel = 'none';
    const hits: { level: UrgencyLevel; reason: string }[] = [];
    for (const rule of lexicon.rules) {
      const hit = judgeRule(rule, lexicon, view);
      if (!hit) continue;
      hits.push(hit);
      if (RANK[hit.level] > RANK[level]) level = hit.level;
    }
    hits.sort((a, b) => RANK[b.level] - RANK[a.level]);
    const reasons = [...new Set(hits.map((h) => h.reason))];
    return { level, reasons };
  };
}
