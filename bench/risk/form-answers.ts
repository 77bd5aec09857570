// npm run bench:risk:forms — form answers read by the shipped risk detector mid-application (issue 9):
// answers that also carry urgency (kept, safety reply, form resumed) and plain hardship answers (never
// flagged). The cases are in tests/flows/form-answer-risk.ts, written for the test; in-sample.
import { exitWithUsageOnHelp } from '../support/usage.js';
import { printTable } from '../support/stats.js';
import {
  CALM_ANSWERS,
  playFormAnswer,
  URGENT_ANSWERS,
  type FormAnswerOutcome,
} from '../../tests/flows/form-answer-risk.js';

exitWithUsageOnHelp(import.meta.url);

function ratio(hit: number, of: number): string {
  return `${String(hit)}/${String(of)}`;
}

async function main(): Promise<void> {
  const urgent: FormAnswerOutcome[] = [];
  for (const kase of URGENT_ANSWERS) urgent.push(await playFormAnswer(kase));
  const calm: FormAnswerOutcome[] = [];
  for (const kase of CALM_ANSWERS) calm.push(await playFormAnswer(kase));
  const count = (list: FormAnswerOutcome[], ok: (o: FormAnswerOutcome) => boolean): number =>
    list.filter(ok).length;
  console.log('# Form answers and the risk detector mid-application (in-sample cases)\n');
  printTable(
    ['metric', 'value', 'target'],
    [
      [
        'urgent answers flagged',
        ratio(
          count(urgent, (o) => o.flagged),
          urgent.length,
        ),
        'all',
      ],
      [
        'urgent answers with the fitting safety reply',
        ratio(
          count(urgent, (o) => o.safetyReply),
          urgent.length,
        ),
        'all',
      ],
      [
        'urgent answers kept',
        ratio(
          count(urgent, (o) => o.kept),
          urgent.length,
        ),
        'all',
      ],
      [
        'form resumed with the answer, not asked again',
        ratio(
          count(urgent, (o) => o.resumed),
          urgent.length,
        ),
        'all',
      ],
      ['form answers lost to a safety reply', String(count(urgent, (o) => !o.kept || !o.resumed)), '0'],
      [
        'plain hardship answers flagged',
        ratio(
          count(calm, (o) => o.flagged),
          calm.length,
        ),
        '0',
      ],
      [
        'plain answers recorded, form moved on',
        ratio(
          count(calm, (o) => o.kept && o.resumed),
          calm.length,
        ),
        'all',
      ],
    ],
  );
  for (const o of [...urgent, ...calm].filter((o) =>
    o.kase.urgent ? !(o.flagged && o.safetyReply && o.kept && o.resumed) : o.flagged || !o.kept || !o.resumed,
  ))
    console.log(`- miss at ${o.kase.field}: ${o.kase.text} (${JSON.stringify({ ...o, kase: undefined })})`);
}

await main();
