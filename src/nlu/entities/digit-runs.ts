/**
 * Long digit strings (phones, ID numbers) as people type them: in groups split by spaces or dashes,
 * sometimes two numbers in a row. Both the phone and the ID extractor read these runs, so a phone
 * typed next to an ID is never glued onto it.
 */

import { validateIdNumber } from '../../identity/id-number.js';
import { allMatches } from '../../text/matches.js';
import { spelledDigits } from '../../text/spoken-digits.js';

/** A maximal digit sequence split into the groups the resident typed. */
export interface DigitRun {
  start: number;
  groups: { text: string; start: number }[];
}

const GROUP = /\+86|0086|[\dx]+/gu;
const RUN = /(?:\+86|0086)?[ -]?\d(?:\d|[ \-–—.·](?=\d))*(?:x(?![a-z]))?/gu;

// 「37098219740623769 最后一位是叉」: an ID's last character said in words after its seventeen digits.
const SPOKEN_X =
  /(?<!\d)(\d{17})([\s，,]{0,3}(?:最后一位|最后一个|最后那个|末位|尾号|最后)?(?:数字|字母)?(?:是|为)?(?:个)?[\s，,]{0,3})(?:大写的?)?(?:叉|x)(?![a-z])/gu;

/** Writes the X said in words right after the seventeen digits, padding with spaces so later spans keep their place. */
function spokenLastX(text: string): string {
  return text.replace(SPOKEN_X, (whole: string, digits: string) =>
    validateIdNumber(`${digits}X`).ok ? `${digits}x${' '.repeat(whole.length - 18)}` : whole,
  );
}

/** Finds the digit runs in normalised text (lowercase, half-width), each split into its typed groups. */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  for (const match of allMatches(RUN, text)) {
    const groups: DigitRun['groups'] = [];
    for (const part of allMatches(GROUP, match[0])) {
      groups.push({ text: part[0], start: (match.index ?? 0) + (part.index ?? 0) });
    }
    runs.push({ start: match.index ?? 0, groups });
  }
  return runs;
}

/** A candidate number made of consecutive groups of a run. */
export interface DigitCandidate {
  kind: 'id18' | 'id15' | 'phone' | 'long' | 'other';
  digits: string;
  text: string;
  start: number;
  end: number;
}

type Picked = DigitCandidate & { lastGroup: number };

/** Joins groups from `from` while they add up to exactly `length` characters; an x may only close an ID. */
function joinTo(
  groups: DigitRun['groups'],
  from: number,
  length: number,
  source: string,
): Picked | undefined {
  let total = 0;
  for (let j = from; j < groups.length; j++) {
    const text = groups[j]?.text ?? '';
    const x = text.indexOf('x');
    if (x !== -1 && (length !== 18 || x !== text.length - 1)) return undefined;
    total += text.length;
    if (total === length) {
      const candidate = join(groups, from, j, source);
      if (length === 11 && !/^1[3-9]\d{9}$/u.test(candidate.digits)) return undefined;
      return { ...candidate, kind: length === 18 ? 'id18' : 'phone', lastGroup: j };
    }
    if (total > length || x !== -1) return undefined;
  }
  return undefined;
}

function singleGroup(groups: DigitRun['groups'], index: number, source: string): Picked {
  const candidate = join(groups, index, index, source);
  const n = candidate.digits.length;
  const kind: DigitCandidate['kind'] =
    n === 15 && /^\d+$/u.test(candidate.digits) ? 'id15' : n >= 16 && n <= 19 ? 'long' : 'other';
  return { ...candidate, kind, lastGroup: index };
}

function join(groups: DigitRun['groups'], from: number, to: number, source: string): DigitCandidate {
  const first = groups[from];
  const last = groups[to];
  const start = first?.start ?? 0;
  const end = (last?.start ?? 0) + (last?.text.length ?? 0);
  const digits = groups
    .slice(from, to + 1)
    .map((g) => g.text)
    .join('');
  return { kind: 'other', digits, text: source.slice(start, end), start, end };
}

const MOBILE = /^1[3-9]\d{9}$/u;

/**
 * 「32028119650708123X13812345678」: an ID number and a mobile typed with nothing between them, one group of
 * 29 characters, split where a valid ID and a mobile meet (in either order); any other group as it was.
 */
function unglued(groups: DigitRun['groups']): DigitRun['groups'] {
  return groups.flatMap((group) => {
    const { text, start } = group;
    if (text.length !== 29) return [group];
    const idFirst = validateIdNumber(text.slice(0, 18)).ok && MOBILE.test(text.slice(18));
    const phoneFirst = MOBILE.test(text.slice(0, 11)) && validateIdNumber(text.slice(11)).ok;
    const cut = idFirst ? 18 : phoneFirst ? 11 : 0;
    if (cut === 0) return [group];
    return [
      { text: text.slice(0, cut), start },
      { text: text.slice(cut), start: start + cut },
    ];
  });
}

/**
 * Splits a run into phone / ID candidates: an 18-character ID first (groups joined up to 18),
 * then an 11-digit mobile, then a legacy 15-digit ID; leftovers of 16–19 digits are "long".
 * Groups that add up to 18 but make no valid ID while the first of them make a mobile
 * (「138 1234 5678 1234567」) are the mobile and what follows it.
 */
export function splitRun(run: DigitRun, source: string): DigitCandidate[] {
  const out: DigitCandidate[] = [];
  const groups = unglued(run.groups);
  let i = 0;
  if (groups[0]?.text === '+86' || groups[0]?.text === '0086') i = 1;
  while (i < groups.length) {
    const id = joinTo(groups, i, 18, source);
    const phone = joinTo(groups, i, 11, source);
    const idWins = id && (!phone || validateIdNumber(id.digits).ok);
    const picked = (idWins ? id : phone) ?? singleGroup(groups, i, source);
    out.push(picked);
    i = picked.lastGroup + 1;
  }
  return out;
}

/** All phone / ID candidates in the text, numbers read aloud in characters (「幺三九…」) included. */
export function digitCandidates(text: string): DigitCandidate[] {
  // Each numeral character becomes one digit, so every span stays where it was in `text`.
  const digits = spokenLastX(spelledDigits(text));
  return findDigitRuns(digits).flatMap((run) => splitRun(run, digits));
}
