import { allMatches } from '../../text/matches.js';
import { foldText } from '../../text/normalize.js';
import type { Urgency, UrgencyLevel } from '../types.js';
import { clauseAt, splitClauses, type Clause } from './clauses.js';
import type { CompiledContext, CompiledLexicon, CompiledRule } from './lexicon.js';

/** Judges how urgent one message is; synchronous and a few microseconds, so it runs on every message. */
export type UrgencyDetector = (text: string) => Urgency;

/** The lexicon's verdict plus what the safety net needs to know about the message. */
export interface UrgencyAnalysis extends Urgency {
  /** The lexicon saw alarming words (even ones it then judged harmless: negated, hyperbole …). */
  alarmWordsSeen: boolean;
  /** The message is news, fiction, a pet, a hypothetical, a joke …: nothing a model should escalate. */
  calmingContextSeen: boolean;
}

/** Like UrgencyDetector, with the extra fact the safety net needs. */
export type UrgencyAnalyzer = (text: string) => UrgencyAnalysis;

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

function contextApplies(
  context: CompiledContext,
  view: MessageView,
  clauseIndex: number,
  hitStart: number,
  hitEnd: number,
): boolean {
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

interface RuleVerdict {
  hit?: { level: UrgencyLevel; reason: string };
  triggered: boolean;
}

function judgeRule(rule: CompiledRule, lexicon: CompiledLexicon, view: MessageView): RuleVerdict {
  const matches = allMatches(rule.regex, view.text);
  if (matches.length === 0) return { triggered: false };
  if (rule.unless?.test(view.text)) return { triggered: true };
  let reason = rule.reason;
  if (rule.requires) {
    const met = rule.requires.find((r) => r.regex.test(view.text));
    if (!met) return { triggered: true };
    reason = met.reason;
  }
  for (const match of matches) {
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
    return {
      hit: { level: demoted && rule.level === 'critical' ? 'high' : rule.level, reason },
      triggered: true,
    };
  }
  return { triggered: true };
}

const RANK: Readonly<Record<UrgencyLevel, number>> = { none: 0, high: 1, critical: 2 };

/** Builds the urgency analyzer from a compiled lexicon (see intents/urgency.yaml for how it judges). */
export function createUrgencyAnalyzer(lexicon: CompiledLexicon): UrgencyAnalyzer {
  return (message: string): UrgencyAnalysis => {
    let text = foldText(message);
    let alarmWordsSeen = false;
    // Hard negatives are blanked rather than removed so that offsets and clause boundaries stay put.
    if (lexicon.hardNegatives) {
      text = text.replace(lexicon.hardNegatives, (m) => {
        alarmWordsSeen = true;
        return MASK.repeat(m.length);
      });
    }
    const view: MessageView = { text, clauses: splitClauses(text), following: new Map() };
    let level: UrgencyLevel = 'none';
    const hits: { level: UrgencyLevel; reason: string }[] = [];
    for (const rule of lexicon.rules) {
      const verdict = judgeRule(rule, lexicon, view);
      if (verdict.triggered) alarmWordsSeen = true;
      const hit = verdict.hit;
      if (!hit) continue;
      hits.push(hit);
      if (RANK[hit.level] > RANK[level]) level = hit.level;
    }
    hits.sort((a, b) => RANK[b.level] - RANK[a.level]);
    const reasons = [...new Set(hits.map((h) => h.reason))];
    const calmingContextSeen = lexicon.netBlockers.some((context) => context.regex.test(text));
    return { level, reasons, alarmWordsSeen, calmingContextSeen };
  };
}

/** Builds the lexicon-only urgency detector. */
export function createUrgencyDetector(lexicon: CompiledLexicon): UrgencyDetector {
  const analyze = createUrgencyAnalyzer(lexicon);
  return (message: string): Urgency => {
    const { level, reasons } = analyze(message);
    return { level, reasons };
  };
}
