import type { CompiledRule, CompiledSignals } from './signals.js';
import type { Hit, MessageView } from './view.js';

/** A category a rule found, with the debug names of the signals that made it. */
export interface RuleFinding {
  category: string;
  signals: string[];
}

/** What the rules made of a message: the categories found and every signal seen, kept or blocked. */
export interface Composition {
  findings: RuleFinding[];
  /** Debug names of every hit and why it was blocked, for the operator view and the benchmark. */
  signals: string[];
  /** A condition was hit, whether or not a rule kept it: the message spoke of danger. */
  alarmSeen: boolean;
  /** A calming context applied to some hit (negation, news, a policy question …). */
  calmingSeen: boolean;
  /** A calming context other than the soft ones (`net_soft_calming`: days ago, in hospital …) applied to some hit. */
  hardCalmingSeen: boolean;
}

// A condition named by `with` must be live apart from the hit (a second farewell, a second debt settled, in
// another clause when it is the hit's own condition); a context must apply to the hit.
function present(view: MessageView, name: string, hit: Hit, signals: CompiledSignals): boolean {
  return signals.conditions.has(name) ? view.isLiveApart(name, hit) : view.applies(name, hit);
}

function judge(
  rule: CompiledRule,
  hit: Hit,
  view: MessageView,
  signals: CompiledSignals,
): { category: string; why: string[]; calmedBy?: string } | { blocked: string; calmedBy?: string } {
  // The first calming context that applies, and the first hard one (a soft one, days ago, beside a hard one, news,
  // is no reason to let the net hear the message again); one pass, stopping at the first hard one.
  const readCalming = (names: readonly string[]): { first?: string; calming?: string } => {
    let first: string | undefined;
    for (const name of names) {
      if (!view.applies(name, hit)) continue;
      first ??= name;
      if (!signals.netSoftCalming.has(name)) return { first, calming: name };
    }
    return { first, calming: first };
  };
  const { first: blocked, calming } = readCalming([
    ...rule.blockedBy,
    ...signals.blockedEverywhere,
    ...(hit.fragile ? signals.fragileBlockedBy : []),
  ]);
  if (blocked !== undefined) return { blocked, calmedBy: calming };
  const why: string[] = [];
  // A hit the rule would have calmed to nothing had it been complete (「上礼拜摔了一跤」: a fall, in the past) is
  // a calming the rules saw, even though the rule lacks a part and does not judge it.
  const calm = (): string | undefined =>
    readCalming(rule.demote.filter((s) => s.to === 'none').flatMap((s) => s.when)).calming;
  if (rule.with) {
    const found = rule.with.find((name) => present(view, name, hit, signals));
    if (found === undefined) {
      const calmedBy = calm();
      return calmedBy ? { blocked: 'missing-with:calm', calmedBy } : { blocked: 'missing-with' };
    }
    why.push(`with:${found}`);
  }
  if (rule.who) {
    const found = rule.who.find((name) => view.applies(name, hit));
    if (found === undefined) {
      const calmedBy = calm();
      return calmedBy ? { blocked: 'missing-who:calm', calmedBy } : { blocked: 'missing-who' };
    }
    why.push(`who:${found}`);
  }
  const cancelled = rule.unless.find((name) => present(view, name, hit, signals));
  if (cancelled !== undefined) return { blocked: cancelled };
  for (const step of rule.demote) {
    const when = step.when.find((name) => view.applies(name, hit));
    if (when === undefined) continue;
    const demoted = { category: step.to, why: [...why, `demoted:${when}`] };
    return step.to === 'none' ? { ...demoted, calmedBy: calm() ?? when } : demoted;
  }
  return { category: rule.category, why };
}

/** Runs every rule over the message's hits (see the header of risk/signals.yaml for how they compose). */
export function compose(view: MessageView, signals: CompiledSignals): Composition {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  let calmingSeen = false;
  let hardCalmingSeen = false;
  const calmedBy = (name: string): void => {
    calmingSeen = true;
    if (!signals.netSoftCalming.has(name)) hardCalmingSeen = true;
  };
  for (const rule of signals.rules) {
    for (const anchor of rule.anchor) {
      for (const hit of view.hits.get(anchor) ?? []) {
        const verdict = judge(rule, hit, view, signals);
        const name = `condition:${anchor}${hit.fragile ? '~' : ''}`;
        seen.add(name);
        if ('blocked' in verdict) {
          if (!verdict.blocked.startsWith('missing-') || verdict.blocked.endsWith(':calm')) {
            calmedBy(verdict.calmedBy ?? verdict.blocked);
            seen.add(`blocked:${verdict.blocked}:${anchor}`);
          }
          continue;
        }
        if (verdict.category === 'none') {
          const step = verdict.why.at(-1) ?? 'demoted';
          calmedBy(verdict.calmedBy ?? step.replace(/^demoted:/u, ''));
          seen.add(`${step}:${anchor}`);
          continue;
        }
        // A wish said with a promise not to act on it, calmed down to low mood, is a calming the rules saw: the
        // net may not raise it back to urgent.
        if (verdict.why.includes('demoted:reassured')) calmedBy('reassured');
        const list = found.get(verdict.category) ?? [];
        list.push(name, ...verdict.why, `rule:${String(rule.index + 1)}`);
        found.set(verdict.category, list);
        // One kept hit per rule and anchor is enough: the rest would say the same.
        break;
      }
    }
  }
  return {
    findings: [...found].map(([category, why]) => ({ category, signals: [...new Set(why)] })),
    signals: [...seen],
    alarmSeen: view.hits.size > 0,
    calmingSeen,
    hardCalmingSeen,
  };
}
