// Aggregate failure counts for `npm run bench:dialogues`: where conversations that were not right stopped,
// what each kind's opening was taken as, and what the bot was waiting for when it abstained or raised the
// urgency. Only state keys (topics, expecting keys, flows) are counted, never a resident's text or a reply,
// so the breakdown may be printed for a frozen held-out set.
import type { Played } from './play.js';
import type { Resident } from './residents.js';
import type { Verdict } from './judge.js';

/** One played and judged conversation, as far as the breakdown reads it. */
export interface Judged {
  resident: Resident;
  played: Played;
  verdict: Verdict;
}

type State = Played['exchanges'][number]['bot']['state'];

function where(state: State | undefined): string {
  if (!state) return '–';
  const expecting = state.expecting.length > 0 ? state.expecting.join('+') : 'nothing';
  return `topic ${state.topic ?? '–'} · flow ${state.flow ?? '–'} · expecting ${expecting}`;
}

/** What one message answered, as a kind: the opening, a scripted event, or the keys it answered. */
function turnKind(exchange: Played['exchanges'][number], first: boolean): string {
  if (first) return 'opening';
  if (exchange.answered.length === 0) return 'scripted event (correction, question, change of mind)';
  const fields = exchange.answered.filter((k) => k.startsWith('field:')).length;
  const other = exchange.answered.filter((k) => !k.startsWith('field:'));
  return [...other, ...(fields > 0 ? [`${fields} field${fields > 1 ? 's' : ''}`] : [])].join('+');
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function printCounts(title: string, map: Map<string, number>): void {
  if (map.size === 0) return;
  console.log(`\n${title}`);
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`- ${key}: ${n}`);
}

/** Prints the aggregate counts (no texts). */
export function printBreakdown(results: readonly Judged[]): void {
  const opening = new Map<string, number>();
  const stopped = new Map<string, number>();
  const abstained = new Map<string, number>();
  const raised = new Map<string, number>();
  const fieldAt = new Map<string, number>();
  const dropped = new Map<string, number>();
  const paths = new Map<string, number>();
  const urgencyWrong = new Map<string, number>();
  const receiptAt = new Map<string, number>();
  const spentOn = new Map<string, number>();
  for (const { resident, played, verdict } of results) {
    if (played.receiptTurn !== null && resident.expect.outcome === 'registered') {
      count(receiptAt, `receipt after message ${played.receiptTurn}`);
      // What each message up to the receipt answered: tells the turns the form costs from the resident's asides.
      for (const exchange of played.exchanges.slice(0, played.receiptTurn))
        count(spentOn, turnKind(exchange, exchange === played.exchanges[0]));
    }
    const first = played.exchanges[0]?.bot.state;
    count(opening, `${resident.kind} → ${where(first)}`);
    let before: State | undefined;
    let urgent = false;
    for (const exchange of played.exchanges) {
      const state = exchange.bot.state;
      if (state.understood === false && resident.expect.outcome !== 'abstained')
        count(
          abstained,
          `${resident.kind}: after ${before ? before.expecting.join('+') || 'nothing' : 'opening'}`,
        );
      if (!urgent && state.urgency !== 'none' && resident.expect.urgency === 'none') {
        urgent = true;
        count(
          raised,
          `${resident.kind}: ${state.urgency} after ${before ? before.expecting.join('+') || 'nothing' : 'opening'}`,
        );
      }
      before = state;
    }
    if (played.discardedAt && resident.expect.outcome === 'registered') {
      // The message that ended the form: an answer to a key, or a scripted event / opening (no key).
      const index = played.exchanges.findIndex(
        (e, i) =>
          i > 0 && played.exchanges[i - 1]?.bot.state.flow === 'application' && e.bot.state.flow === null,
      );
      const ending = played.exchanges[index];
      count(
        dropped,
        `waiting for ${played.discardedAt.join('+') || 'nothing'}, ended by ${ending?.answered.join('+') || 'an unscripted or scripted message'} → topic ${ending?.bot.state.topic ?? '–'}`,
      );
    }
    if (!verdict.right && process.argv.includes('--paths')) {
      // The path of what the bot waited for, turn by turn (state keys only).
      const path = played.exchanges
        .map((e) => `${e.bot.state.flow ?? '–'}:${e.bot.state.expecting.join('+') || '·'}`)
        .join(' > ');
      count(paths, `${resident.kind}: ${path}`);
    }
    const urgencyProblem = verdict.problems.find((p) => p.startsWith('urgency'));
    if (urgencyProblem) {
      const last = played.exchanges.at(-1)?.bot.state;
      count(
        urgencyWrong,
        `${resident.kind}: want ${resident.expect.urgency}, conversation ended ${last?.urgency ?? '–'}, risks heard ${[...played.risksHeard].join('+') || 'none'}`,
      );
    }
    if (verdict.right) continue;
    count(
      stopped,
      `${resident.kind} (want ${resident.expect.outcome}) → ${where(played.exchanges.at(-1)?.bot.state)}${played.cutOff ? ' · cut off' : ''}`,
    );
    // Which answer key was given for each wrong field: tells a misread answer from a never-asked one.
    for (const problem of verdict.problems) {
      const field = /^field (\S+)$/.exec(problem)?.[1];
      if (!field) continue;
      const asked = played.exchanges.some((e) => e.answered.includes(`field:${field}`));
      count(
        fieldAt,
        `${field}: ${asked ? 'answered when asked, stored wrong' : played.discardedAt || !played.receiptTurn ? 'no case' : 'never asked (inferred wrong)'}`,
      );
    }
  }
  printCounts('What each kind’s opening was taken as (counts):', opening);
  printCounts('Where conversations that were not right stopped (counts):', stopped);
  printCounts('Applications that ended without a case (counts):', dropped);
  printCounts('Paths of conversations that were not right (counts):', paths);
  printCounts('Wrong fields, by how they were reached (counts):', fieldAt);
  printCounts('False abstentions, by what the bot was waiting for (turns):', abstained);
  printCounts('Urgency judged wrong (counts):', urgencyWrong);
  printCounts('Applications registered: the message after which the receipt came (counts):', receiptAt);
  printCounts('Messages up to a receipt, by what they answered (counts):', spentOn);
  printCounts('Urgency raised on a calm conversation, first time (counts):', raised);
}
