import { resolveTokens, type OutboundAction, type ReplyAction } from '../../src/engine/actions.js';
import { loadAnswerWords } from '../../src/engine/answer-words.js';
import { loadButtonCatalog } from '../../src/engine/buttons.js';
import { initialState, type ConversationState } from '../../src/engine/conversation-state.js';
import { createDialogue, type Dialogue } from '../../src/engine/dialogue.js';
import type { DialogueServices } from '../../src/engine/dialogue-services.js';
import type { Inbound, InboundContent } from '../../src/engine/inbound.js';
import {
  noLookups,
  type CaseFacts,
  type LookupResults,
  type VolunteerFacts,
} from '../../src/engine/lookups.js';
import { loadSystemReplies, type CannedReply } from '../../src/engine/system-replies.js';
import { createFlows } from '../../src/flows/registry.js';
import { formPhrases } from '../../src/forms/form-registry.js';
import { loadForms } from '../../src/forms/load-forms.js';
import { loadTrainingData } from '../../src/nlu/training-data.js';
import { createTextReader } from '../../src/text/text-reader.js';
import { toFlowLocality } from '../../src/localities/flow-locality.js';
import { loadLocalities } from '../../src/localities/load-localities.js';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { INTENT_NAMES, type IntentName, type Nlu, type ParseResult } from '../../src/nlu/types.js';

/** The identity question's keys, which the privacy notice invites with the yes. */
export const IDENTITY_KEYS = ['field:applicant_name', 'field:id_number', 'field:phone'] as const;
/**
 * What the privacy notice waits for when the opening was read as the writer's own application (「我想申请低保」): the
 * yes, who applies (said, and open to a correction with the yes) and the identity question's answers.
 */
export const SELF_ASSUMED_CONSENT_KEYS = ['consent', 'field:applicant_relation', ...IDENTITY_KEYS] as const;

/**
 * A fake NLU for flow tests: intents from a few keywords, the real (cheap, deterministic) entity
 * extractors, urgency from two phrases. Flow tests then run in milliseconds and never depend on the
 * trained classifier's mood.
 */
export function fakeNlu(intents: Readonly<Record<string, IntentName>> = {}): Nlu {
  const rules: [RegExp, IntentName][] = [
    [/到哪|进度/, 'check_status'],
    [/申请|想办/, 'apply'],
    [/不同意|不要/, 'deny'],
    [/吗|怎么|什么|多久/, 'ask_policy'],
    [/你好/, 'greet'],
  ];
  return {
    parse(text): ParseResult {
      const intent = intents[text] ?? rules.find(([re]) => re.test(text))?.[1] ?? 'out_of_scope';
      const critical = /救命|不想活/.test(text);
      const high = /断顿|没饭吃/.test(text);
      return {
        intent: { name: intent, confidence: 0.9 },
        entities: extractEntities(text),
        urgency: critical
          ? { level: 'critical', reasons: ['测试：有生命危险'] }
          : high
            ? { level: 'high', reasons: ['测试：急难'] }
            : { level: 'none', reasons: [] },
      };
    },
  };
}

/** Dialogue services from the repository's own content, with the given NLU. */
export async function flowServices(
  nlu: Nlu = fakeNlu(),
  extra: Partial<DialogueServices> = {},
): Promise<DialogueServices> {
  const [replies, buttons, words, localities, forms, training] = await Promise.all([
    loadSystemReplies('replies/system.yaml'),
    loadButtonCatalog('replies/buttons.yaml'),
    loadAnswerWords('replies/answer-words.yaml'),
    loadLocalities({ dir: 'localities', logger: { warn: () => undefined } }),
    loadForms('forms', { warn: () => undefined }),
    loadTrainingData('intents'),
  ]);
  const locality = localities.default();
  const intentReplies = Object.fromEntries(
    INTENT_NAMES.map((name) => [name, [{ text: `（${name}的回复）` } satisfies CannedReply]]),
  ) as Record<IntentName, CannedReply[]>;
  return {
    nlu,
    replies,
    buttons,
    words,
    intentReplies,
    locality: toFlowLocality(locality, localities),
    localities,
    forms,
    readText: createTextReader([...training.examples.map((e) => e.text), ...formPhrases(forms)]),
    ...extra,
  };
}

/** One simulated conversation driven straight through the dialogue: no store, no transport. */
export class FlowHarness {
  state: ConversationState = initialState();
  /** Every action of the last turn, effects included. */
  actions: OutboundAction[] = [];
  readonly allActions: OutboundAction[] = [];
  lookups: LookupResults = noLookups();
  /** Cases a status check may find, by receipt number. */
  knownCases: Record<string, CaseFacts> = {};
  volunteer: VolunteerFacts | null = null;
  /** The failed status checks a store would count (none unless a test sets them). */
  statusGuard = { addressFailures: 0, globalFailures: 0 };
  queue = { open: false, heldBy: null as string | null };
  private count = 0;
  private cases = 0;

  private constructor(
    readonly dialogue: Dialogue,
    private at: Date,
  ) {}

  /** A harness over the repository's content and the given NLU (and any services to add, such as assessRisk). */
  static async create(
    nlu?: Nlu,
    at = new Date('2026-11-24T02:00:00Z'),
    extra: Partial<DialogueServices> = {},
  ): Promise<FlowHarness> {
    return new FlowHarness(createDialogue(await flowServices(nlu, extra), createFlows()), at);
  }

  /** Moves the clock. */
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }

  /** Sends a message (or taps a button: `{ buttonId, text }`, or any other content) and returns the replies. */
  async say(message: string | { buttonId: string; text: string } | InboundContent): Promise<ReplyAction[]> {
    const base = { channel: 'test', userId: 'flow-tester', messageId: `m${++this.count}`, at: this.at };
    const inbound: Inbound =
      typeof message === 'string'
        ? { ...base, kind: 'text', text: message }
        : 'kind' in message
          ? { ...base, ...message }
          : { ...base, kind: 'button', buttonId: message.buttonId, text: message.text };
    const nonce = 'feed01';
    let lookups = this.lookups;
    let result = await this.dialogue.decide({
      conversationId: 'c-1',
      inbound,
      state: this.state,
      queue: this.queue,
      lookups,
      nonce,
    });
    for (let round = 0; result.kind === 'need' && round < 3; round++) {
      // What a store would answer: the cases and volunteer this harness knows of, nothing else.
      for (const request of result.requests) {
        if (request.kind === 'case')
          lookups = {
            ...lookups,
            cases: { ...lookups.cases, [request.caseNo]: this.knownCases[request.caseNo] ?? null },
          };
        if (request.kind === 'volunteer') lookups = { ...lookups, volunteer: this.volunteer };
        if (request.kind === 'status_guard') lookups = { ...lookups, statusGuard: this.statusGuard };
        if (request.kind === 'own_open_case')
          lookups = {
            ...lookups,
            ownOpenCases: {
              ...lookups.ownOpenCases,
              [`${request.idNumber}/${request.assistanceType}`]: null,
            },
          };
      }
      result = await this.dialogue.decide({
        conversationId: 'c-1',
        inbound,
        state: this.state,
        queue: this.queue,
        lookups,
        nonce,
      });
    }
    if (result.kind === 'need') throw new Error(`needs lookups: ${JSON.stringify(result.requests)}`);
    // Effects as the store would apply them: each registration gets a receipt number.
    const produced = new Map<string, string>();
    const actions: OutboundAction[] = [];
    for (const action of result.actions) {
      if (action.type === 'register_case') {
        produced.set(action.ref, `320281-20261124-${String(++this.cases).padStart(6, '0')}-0`);
        actions.push(action, ...action.onRegistered);
      } else if (action.type === 'flag_urgent') {
        produced.set(
          action.ref,
          action.knownCaseNo ?? `320281-20261124-${String(++this.cases).padStart(6, '0')}-9`,
        );
        actions.push(action);
      } else actions.push(action);
    }
    result = {
      ...result,
      actions: resolveTokens(actions, nonce, produced),
      state: resolveTokens(result.state, nonce, produced),
    };
    this.state = result.state;
    this.actions = result.actions;
    this.allActions.push(...result.actions);
    return this.replies;
  }

  /** The replies of the last turn. */
  get replies(): ReplyAction[] {
    return this.actions.filter((a): a is ReplyAction => a.type === 'reply');
  }

  /** The replies of the last turn, joined. */
  get text(): string {
    return this.replies.map((r) => r.text).join('\n');
  }

  /** The active flow's name and state. */
  get flow(): { name: string; state: Record<string, unknown> } | null {
    return this.state.flow as { name: string; state: Record<string, unknown> } | null;
  }

  /** The public state channels see after the last turn. */
  get publicState() {
    return this.dialogue.publicState(this.state);
  }
}
