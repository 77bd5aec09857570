import { extractAssistanceTypes } from '../nlu/entities/assistance-type.js';
import type { AssistanceType } from '../nlu/types.js';
import { normalizeText } from '../text/normalize.js';
import type { ProgrammeCard } from './programme-card.js';

/** What a question is about, as far as programmes and the knowledge base's boundary go. */
export interface Scope {
  /** Programmes the question names (the intake's lexicon, the cards' names and aliases). */
  named: AssistanceType[];
  /** True when it names a neighbouring service that is not social assistance and asks for no help. */
  outOfScope: boolean;
  /** True when it tells of hardship (a help line hears that as asking for help): what the bot is for. */
  hardship: boolean;
}

// Words that say who the resident is rather than what they ask for: next to another department's
// service («残疾人能考驾照吗», «残疾人办护照要什么») they do not make the question one about the programme.
// 低保户 is left out on purpose: being one bears on fees and waivers elsewhere (押金, 减免).
const WHO_ONE_IS = /残疾人|残障人士|残疾/gu;

// Words that ask for help; outside an out-of-scope term they keep a question in scope.
const ASKS_FOR_HELP = /救助|补助|补贴|帮扶|扶助|困难|揭不开锅|过不下去|活不下去/u;

/** Reads which programmes a question names and whether it is about a neighbouring, uncovered service. */
export function createScopeReader(
  outOfScopeTerms: readonly string[],
  cards: readonly ProgrammeCard[],
  hardshipWords: readonly string[] = [],
): (question: string) => Scope {
  const hardship = [...new Set(hardshipWords.map(normalizeText).filter((t) => t !== ''))];
  const terms = [...new Set(outOfScopeTerms.map(normalizeText).filter((t) => t !== ''))].sort((a, b) => b.length - a.length);
  const cardNames = cards.map((c) => ({ type: c.type, names: [c.name, ...c.aliases].map(normalizeText) }));
  const named = (text: string): AssistanceType[] => {
    const found = new Set<AssistanceType>(extractAssistanceTypes(text).map((e) => e.value as AssistanceType));
    for (const { type, names } of cardNames) if (names.some((n) => text.includes(n))) found.add(type);
    return [...found];
  };
  return (question) => {
    const text = normalizeText(question);
    let masked = text;
    let hit = false;
    for (const term of terms) {
      if (!masked.includes(term)) continue;
      hit = true;
      masked = masked.split(term).join(' ');
    }
    // What is said outside the terms: 「办残疾证」 names no programme, 「有残疾证能领什么补贴」 asks for help,
    // 「医保报销完还是付不起」 tells of hardship.
    const outside = named(masked);
    const what = masked.replace(WHO_ONE_IS, ' ');
    const meant = outside.length > 0 && named(what).length > 0;
    // Telling a help line of one's hardship is asking for help, with or without a question; being
    // disabled is who one is, not a hardship told, next to another department's service.
    const toldHardship = hardship.some((w) => (hit ? what : masked).includes(w));
    const outOfScope = hit && !meant && !ASKS_FOR_HELP.test(masked) && !toldHardship;
    return { named: hit ? outside : named(text), outOfScope, hardship: !outOfScope && toldHardship };
  };
}
