import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

/** A message in a language other than Chinese: English (answered in English too), or another script. */
export type OtherLanguage = 'en' | 'other';

const HAN = /\p{Script=Han}/u;
// Scripts of languages residents may write in besides Chinese; kana marks Japanese even beside kanji.
const OTHER_SCRIPT =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Tibetan}\p{Script=Mongolian}\p{Script=Thai}\p{Script=Devanagari}]/u;
// Words common enough in English that two of them make a message English rather than a code or a name.
const ENGLISH_WORD =
  /^(?:i|me|my|we|you|your|the|a|an|is|am|are|can|do|does|help|need|please|what|how|where|who|hello|hi|want|have|has|no|not|money|food|job|sick|speak|english|read|chinese|apply|and|for|to|of|in|with|lost|rent|husband|wife|child|children|family|thank|thanks)$/;

/** Which other language a message is in, or undefined for Chinese (pinyin included), numbers and codes. */
export function otherLanguage(message: string): OtherLanguage | undefined {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  if (OTHER_SCRIPT.test(text)) return 'other';
  if (HAN.test(text)) return undefined;
  const words = text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORD.test(w)).length;
  return english >= 2 || (english >= 1 && words.length === 1 && words[0] !== 'a') ? 'en' : undefined;
}

// Asking to apply in English: 「Can I apply for …」「I want to sign my dad up for …」. A question about an
// application already made (status, progress) is not one.
const ENGLISH_APPLY = /\b(?:apply|applying|application form|sign (?:\w+ ){0,2}up)\b/i;
const ENGLISH_EXISTING =
  /\b(?:status|progress|already (?:applied|submitted)|receipt|my application (?:is|was|has))\b/i;

/** True when an English message clearly asks to apply for help (the application then starts, in Chinese). */
export function asksToApplyInEnglish(message: string): boolean {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  return ENGLISH_APPLY.test(text) && !ENGLISH_EXISTING.test(text);
}

// Asking about an application already made, in English: 「Any update on my case?」「I applied … what is the status」.
const ENGLISH_STATUS =
  /\b(?:status|progress|any (?:update|news)|updates? on|already (?:applied|submitted)|i applied|i have applied|i've applied|receipt|my (?:case|application))\b/i;

/** True when an English message asks how an application already made is going. */
export function asksStatusInEnglish(message: string): boolean {
  return ENGLISH_STATUS.test(cutText(message, MAX_MESSAGE_CHARS));
}
