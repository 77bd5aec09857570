// npm run bench:dialogues — scripted residents (bench/dialogues/FORMAT.md) talk to the real app over the
// REST channel, in process, on a fresh PGlite data dir; each stored case is read back through the staff
// API as an admin. Prints, per kind and overall: conversations right, median turns to a receipt, fields
// exact, false abstentions.
// Usage: npm run bench:dialogues [-- --set bench/dialogues/dev.yaml] [-- --misses]
//   --set     the set to play (default: bench/dialogues/heldout/set-a.yaml)
//   --breakdown  aggregate counts of where conversations stopped and what openings were taken as (no texts)
//   --only    play only these residents (ids, comma-separated), to check a change on a few development ones
//   --filed-subject-only  the console's subject read from a filed case only, not from the urgent case (the
//             judge before round 28, for comparing with runs from before it)
//   --misses  list the conversations that were not right, with their transcripts; refused for a frozen
//             held-out set (under heldout/), whose residents' texts are never printed
// Admin credentials: ADMIN_USERNAME / ADMIN_PASSWORD from the environment, else generated for this run.
import { exitWithUsageOnHelp } from '../support/usage.js';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { startTestApp } from '../../tests/helpers/test-app.js';
import { machineLine, printTable } from '../support/stats.js';
import { printBreakdown } from './breakdown.js';
import { judge, type Verdict } from './judge.js';
import { play, type Played } from './play.js';
import { KINDS, loadResidentSet, type Resident } from './residents.js';
import { login, staffCase } from './staff-api.js';

exitWithUsageOnHelp(import.meta.url);

const DEFAULT_SET = 'bench/dialogues/heldout/set-a.yaml';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// The department updates that bring a case from registered to each status, in order.
const PATH_TO: Readonly<Record<string, string[]>> = {
  registered: [],
  transferred: ['transferred'],
  accepted: ['transferred', 'accepted'],
  approved: ['transferred', 'accepted', 'approved'],
  refused: ['transferred', 'accepted', 'refused'],
  completed: ['transferred', 'accepted', 'approved', 'completed'],
  referred: ['transferred', 'referred'],
};

/** Registers the case a status-check resident already has, moved to its status through the staff API. */
async function seedCase(
  app: FastifyInstance,
  token: string,
  resident: Resident,
): Promise<string | undefined> {
  const existing = resident.facts.existingCase;
  if (!existing) return undefined;
  const { ledger, locality, clock } = app.services;
  const { case: record } = await ledger.register({
    assistanceType: existing.type,
    localityCode: locality.code,
    conversationId: null,
    channel: 'rest',
    userId: `seed-${resident.id}`,
    urgency: 'none',
    fields: { applicant_name: '林书远', phone: existing.phone },
    at: clock.now(),
  });
  for (const type of PATH_TO[existing.status] ?? []) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/cases/${record.caseNo}/events`,
      headers: { authorization: `Bearer ${token}` },
      payload:
        type === 'refused'
          ? { type, reason: '家庭收入超过当地标准' }
          : type === 'referred'
            ? { type, note: '县慈善总会' }
            : { type },
    });
    if (res.statusCode !== 200) throw new Error(`seeding ${existing.status}: ${res.statusCode} ${res.body}`);
  }
  return record.caseNo;
}

interface Result {
  resident: Resident;
  played: Played;
  verdict: Verdict;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;

function median(values: number[]): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return String(value);
}

function row(label: string, results: Result[]): (string | number)[] {
  const right = results.filter((r) => r.verdict.right).length;
  const receipts = results
    .filter((r) => r.resident.expect.outcome === 'registered' && r.played.receiptTurn !== null)
    .map((r) => r.played.receiptTurn!);
  const exact = results.reduce((sum, r) => sum + r.verdict.fieldsExact, 0);
  const expected = results.reduce((sum, r) => sum + r.verdict.fieldsExpected, 0);
  // An abstention is false when the resident's conversation was never meant to end in one.
  const falseAbstaining = results.filter(
    (r) => r.resident.expect.outcome !== 'abstained' && r.played.abstentions > 0,
  );
  const falseTurns = falseAbstaining.reduce((sum, r) => sum + r.played.abstentions, 0);
  const turns = results.reduce((sum, r) => sum + r.played.exchanges.length, 0);
  return [
    label,
    results.length,
    `${percent(right, results.length)} (${right})`,
    receipts.length > 0 ? `${median(receipts)} (${receipts.length})` : '–',
    expected > 0 ? `${percent(exact, expected)} (${exact}/${expected})` : '–',
    `${percent(falseAbstaining.length, results.length)} (${falseTurns} of ${turns} turns)`,
  ];
}

function printMisses(results: Result[]): void {
  const misses = results.filter((r) => !r.verdict.right);
  console.log(`\n## Misses (${misses.length})\n`);
  for (const { resident, played, verdict } of misses) {
    console.log(
      `### ${resident.id} (${resident.kind}${resident.type ? `, ${resident.type}` : ''}): ${verdict.problems.join('; ')}`,
    );
    for (const exchange of played.exchanges) {
      console.log(`> ${exchange.said}`);
      for (const reply of exchange.bot.replies) console.log(`    ${reply.text.replace(/\n/g, '\n    ')}`);
      console.log(
        `    [expecting ${exchange.bot.state.expecting.join(', ') || '–'} · topic ${exchange.bot.state.topic ?? '–'}${exchange.bot.state.understood === false ? ' · abstained' : ''}]`,
      );
    }
    if (played.mentionsMissed.length > 0)
      console.log(`  aside not answered: ${played.mentionsMissed.join(' | ')}`);
    console.log('');
  }
}

async function main(): Promise<void> {
  const file = argument('--set') ?? DEFAULT_SET;
  const set = loadResidentSet(file);
  const showMisses = process.argv.includes('--misses');
  if (showMisses && set.frozen) {
    console.error(`${file} is a frozen held-out set: its misses are not listed (aggregate figures only).`);
    process.exitCode = 2;
    return;
  }
  const username = process.env.ADMIN_USERNAME ?? 'bench-admin';
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(18).toString('base64url');
  const test = await startTestApp({ ADMIN_USERNAME: username, ADMIN_PASSWORD: password });
  const results: Result[] = [];
  try {
    const token = await login(test.app, username, password);
    const run = randomBytes(3).toString('hex');
    const only = argument('--only')?.split(',');
    for (const resident of set.residents.filter((r) => !only || only.includes(r.id))) {
      const receipt = await seedCase(test.app, token, resident);
      const played = await play(test.app, resident, `bench-${run}-${resident.id}`, receipt);
      const last = played.exchanges.at(-1)?.bot.state;
      const caseNo = last?.caseNo;
      const stored = caseNo && caseNo !== receipt ? await staffCase(test.app, token, caseNo) : undefined;
      // The urgent case raised in the conversation names the person at risk when no other case was filed.
      // `--filed-subject-only` judges as before 2026-12-05 (round 28), for comparisons with older runs.
      const urgent =
        !stored && last?.urgentCaseNo && !process.argv.includes('--filed-subject-only')
          ? await staffCase(test.app, token, last.urgentCaseNo)
          : undefined;
      results.push({ resident, played, verdict: judge(resident, played, stored, receipt, urgent) });
    }
  } finally {
    await test.close();
  }
  console.log(`\n# Conversations: ${file}${set.frozen ? ' (frozen held-out set)' : ''}\n`);
  console.log(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${await machineLine()}\n`);
  printTable(
    [
      'kind',
      'residents',
      'right',
      'median turns to receipt (n)',
      'fields exact',
      'false abstentions (conversations)',
    ],
    [
      ...KINDS.map((kind) => [kind, results.filter((r) => r.resident.kind === kind)] as const)
        .filter(([, rs]) => rs.length > 0)
        .map(([kind, rs]) => row(kind, rs)),
      row('**all**', results),
    ],
  );
  const checked = results.reduce((sum, r) => sum + r.played.mentionsChecked, 0);
  const missed = results.reduce((sum, r) => sum + r.played.mentionsMissed.length, 0);
  if (checked > 0)
    console.log(
      `\nQuestions mid-conversation answered with an expected word: ${checked - missed}/${checked}`,
    );
  const problems = new Map<string, number>();
  for (const r of results) for (const p of r.verdict.problems) problems.set(p, (problems.get(p) ?? 0) + 1);
  console.log('\nWhat went wrong (counts of conversations):');
  for (const [problem, count] of [...problems].sort((a, b) => b[1] - a[1]))
    console.log(`- ${problem}: ${count}`);
  if (process.argv.includes('--breakdown')) printBreakdown(results);
  if (showMisses) printMisses(results);
}

await main();
