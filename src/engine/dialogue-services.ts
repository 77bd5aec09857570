import type { FormRegistry } from '../forms/form-registry.js';
import type { KnowledgeBase, PolicyAnswer, SearchHit } from '../knowledge/types.js';
import type { FlowLocality } from '../localities/flow-locality.js';
import type { LocalityRegistry } from '../localities/locality-registry.js';
import type { IntentName, Nlu, ParseResult } from '../nlu/types.js';
import type { TextReader } from '../text/text-reader.js';
import type { AnswerWords } from './answer-words.js';
import type { ButtonCatalog } from './buttons.js';
import type { RiskAssessor } from './risk.js';
import type { CannedReply, SystemReplies } from './system-replies.js';

/** Everything a decision reads besides the turn itself: content, understanding and the locality. No I/O. */
export interface DialogueServices {
  nlu: Nlu;
  replies: SystemReplies;
  buttons: ButtonCatalog;
  words: AnswerWords;
  /** The reply variants written for each intent in intents/. */
  intentReplies: Readonly<Record<IntentName, readonly CannedReply[]>>;
  locality: FlowLocality;
  localities: LocalityRegistry;
  forms: FormRegistry;
  knowledge?: KnowledgeBase;
  /** Region of the locality, so policy answers prefer its documents. */
  region?: string;
  /** What to tell a resident who asked for a person outside office hours, or undefined while staff are in. */
  afterHoursNotice?: (at: Date) => string | undefined;
  /** What the bot may promise about people at this moment ({staffPromise}), from the locality's declaration. */
  staffPromise?: (at: Date) => string;
  /** Turns what the resident typed into what the dialogue reads (simplified characters, pinyin spelt out). */
  readText?: TextReader;
  /** Reads the risk of a message; without it the offline parse's urgency is used. */
  assessRisk?: RiskAssessor;
  /** Optional LLM help for unsure intents and long messages; always falls back to the offline parse. */
  understanding?: {
    understand(text: string, options: { offline: ParseResult; signal?: AbortSignal }): Promise<ParseResult>;
  };
  /** Optional LLM composition of policy answers from retrieved passages; falls back to the offline answer. */
  grounded?: {
    answer(
      question: string,
      hits: readonly SearchHit[],
      offline: PolicyAnswer,
      call?: { signal?: AbortSignal },
    ): Promise<PolicyAnswer>;
  };
}
