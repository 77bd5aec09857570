import type { KnowledgeBase, PolicyAnswer, SearchHit } from '../knowledge/types.js';
import type { IntentName, Nlu, ParseResult, UrgencyLevel } from '../nlu/types.js';
import type { ApplicationFlow } from './application-flow.js';
import type { ReportFlow } from './report-flow.js';
import type { VolunteerSignupFlow } from './volunteer-signup-flow.js';
import { gatherContact, startSafetyContact } from './safety-contact.js';
import type { Dialogue, TurnInput, TurnOutput } from './dialogue.js';
import type { StatusFlow } from './status-flow.js';
import {
  cannedReply as reply,
  type CannedReply,
  type MenuAction,
  type SystemReplies,
} from './system-replies.js';
import type { ConversationState, HandoffPriority, OutboundAction } from './types.js';
import { maxUrgency, messageUrgency } from './urgency-policy.js';

/** The phone numbers the safety replies name, from the locality profile. */
export interface EmergencyContacts {
  hotline: string;
  hotlineName: string;
}

/** The green channel as the dialogue sees it: interfaces only, so the engine stays transport-free. */
export interface GreenChannel {
  /** Whether the conversation is in the queue, and the operator holding it (null: the bot speaks). */
  status(conversationId: string): Promise<{ open: boolean; heldBy: string | null }>;
  /** Makes an urgent conversation visible in the case API at once; the receipt number, or undefined if the ledger failed. */
  flagUrgentCase(input: {
    conversationId: string;
    channel: string;
    userId: string;
    urgency: Exclude<HandoffPriority, 'normal'>;
    reasons: string[];
    fields: Record<string, string | number>;
    at: Date;
  }): Promise<string | undefined>;
  /** What to tell a resident who asked for a person outside office hours, or undefined while staff are in. */
  afterHoursNotice(at: Date): string | undefined;
}

/** What the intake dialogue is built from. */
export interface IntakeDialogueDeps {
  nlu: Nlu;
  intentReplies: Readonly<Record<IntentName, readonly CannedReply[]>>;
  replies: SystemReplies;
  contacts: EmergencyContacts;
  knowledge?: KnowledgeBase;
  /** Region of the default locality, so policy answers prefer its documents. */
  region?: string;
  applications?: ApplicationFlow;
  status?: StatusFlow;
  reports?: ReportFlow;
  /** Registration of volunteers and grid workers (name, phone, community), verified later by an operator. */
  volunteers?: VolunteerSignupFlow;
  greenChannel?: GreenChannel;
  /** Optional LLM help for unsure intents and long messages; always falls back to the offline parse. */
  understanding?: { understand(text: string, options: { offline: ParseResult }): Promise<ParseResult> };
  /** Optional LLM composition of policy answers from retrieved passages; falls back to the offline answer. */
  grounded?: {
    answer(question: string, hits: readonly SearchHit[], offline: PolicyAnswer): Promise<PolicyAnswer>;
  };
}

// Intents answered in the middle of a form or a status check before it resumes.
const ASIDE_INTENTS: ReadonlySet<IntentName> = new Set([
  'ask_policy',
  'greet',
  'thanks',
  'complaint',
  'request_human',
]);
const ASIDE_CONFIDENCE = 0.6;
const QUESTION = /[吗呢？?]$|怎么|怎样|多久|多少|什么|哪个|哪些|哪里|能不能|可不可以|是否/;

// Below this the classifier's guess is not trusted and the resident is asked to rephrase.
const MIN_INTENT_CONFIDENCE = 0.35;

/** True when the message asks to apply: the classifier is sure enough, or 申请 comes with an ID number or phone. */
function wantsToApply(parse: ParseResult, text: string): boolean {
  if (parse.intent.name === 'apply' && parse.intent.confidence >= MIN_INTENT_CONFIDENCE) return true;
  // Someone who gives an ID number or phone while asking to apply wants to apply, whatever the classifier says.
  return /申请|办理/.test(text) && parse.entities.some((e) => e.type === 'id_number' || e.type === 'phone');
}

/** The resident-facing dialogue: urgency first on every message, then the intent, answered from data. */
export function createIntakeDialogue(deps: IntakeDialogueDeps): Dialogue {
  const {
    nlu,
    intentReplies,
    replies,
    contacts,
    knowledge,
    applications,
    status,
    understanding,
    grounded,
    reports,
    volunteers,
    greenChannel,
  } = deps;
  const contactValues = { hotline: contacts.hotline, hotlineName: contacts.hotlineName };

  function intentReply(intent: IntentName, turn: number): OutboundAction {
    const variants = intentReplies[intent];
    // Rotate through the variants so a resident who repeats themselves does not get the same words.
    const canned = variants.length > 0 ? variants[turn % variants.length] : undefined;
    return reply(canned ?? replies.fallback, contactValues);
  }

  function urgentTurn(
    level: Exclude<UrgencyLevel, 'none'>,
    reasons: string[],
    state: ConversationState,
  ): TurnOutput {
    const escalated = maxUrgency(state.urgency, level);
    return {
      actions: [
        reply(level === 'critical' ? replies.urgent_critical : replies.urgent_high, contactValues),
        { type: 'handoff', priority: level, reasons },
        { type: 'record', kind: 'urgency', detail: { level, reasons } },
      ],
      state: {
        ...state,
        topic: 'report_urgent',
        urgency: escalated,
        urgencyReasons: [...new Set([...state.urgencyReasons, ...reasons])],
      },
    };
  }

  function humanTurn(state: ConversationState, reason: string): TurnOutput {
    return {
      actions: [
        intentReply('request_human', state.turnCount),
        { type: 'handoff', priority: 'normal', reasons: [reason] },
        { type: 'record', kind: 'human_requested', detail: { reason } },
      ],
      state: { ...state, topic: 'request_human' },
    };
  }

  async function policyTurn(query: string, state: ConversationState): Promise<TurnOutput> {
    if (!knowledge)
      return {
        actions: [intentReply('ask_policy', state.turnCount)],
        state: { ...state, topic: 'ask_policy' },
      };
    const options = deps.region ? { region: deps.region } : {};
    const offline = knowledge.answer(query, options);
    // The LLM may only rephrase what the documents answer; an abstention stays offline.
    const answer =
      grounded && offline.answerable
        ? await grounded.answer(query, knowledge.search(query, { ...options, limit: 4 }).results, offline)
        : offline;
    return {
      actions: [
        {
          type: 'reply',
          text: answer.text,
          quickReplies: answer.answerable ? ['有用', '没解决，转人工'] : ['转人工', '申请救助'],
        },
      ],
      state: {
        ...state,
        topic: 'ask_policy',
        lastAnswer: {
          query,
          documentIds: answer.citations.map((c) => c.documentId),
          answerable: answer.answerable,
        },
      },
    };
  }

  function feedbackTurn(helpful: boolean, state: ConversationState): TurnOutput {
    const last = state.lastAnswer;
    const record: OutboundAction[] = last
      ? [
          {
            type: 'record',
            kind: 'answer_feedback',
            detail: { helpful, documentIds: last.documentIds, answerable: last.answerable },
          },
        ]
      : [];
    if (!helpful) {
      const human = humanTurn(state, '政策解答没有解决问题');
      return { actions: [...record, ...human.actions], state: { ...human.state, lastAnswer: null } };
    }
    return { actions: [...record, reply(replies.feedback_thanks)], state: { ...state, lastAnswer: null } };
  }

  function menuTurn(action: MenuAction, state: ConversationState): TurnOutput {
    switch (action) {
      case 'policy_menu':
        return { actions: [reply(replies.policy_menu)], state: { ...state, topic: 'ask_policy' } };
      case 'apply':
      case 'check_status':
        // Handled by the flows in respond(); without them, the intent's own reply.
        return { actions: [intentReply(action, state.turnCount)], state: { ...state, topic: action } };
      case 'request_human':
        return humanTurn(state, '居民要求转人工');
      case 'urgent_button': {
        const urgent = urgentTurn('high', ['居民点击紧急求助'], state);
        return {
          ...urgent,
          actions: [reply(replies.urgent_button, contactValues), ...urgent.actions.slice(1)],
        };
      }
      case 'answer_helpful':
        return feedbackTurn(true, state);
      case 'answer_unhelpful':
        return feedbackTurn(false, state);
      case 'report_other':
        return reports
          ? reports.start(state)
          : { actions: [intentReply('request_human', state.turnCount)], state };
    }
  }

  async function intentTurn(parse: ParseResult, text: string, state: ConversationState): Promise<TurnOutput> {
    const { name, confidence } = parse.intent;
    if (confidence < MIN_INTENT_CONFIDENCE) return { actions: [reply(replies.fallback)], state };
    switch (name) {
      case 'greet':
        return {
          actions: [state.turnCount === 0 ? reply(replies.welcome) : intentReply('greet', state.turnCount)],
          state: { ...state, topic: 'greet' },
        };
      case 'ask_policy':
        return policyTurn(text, state);
      case 'request_human':
        return humanTurn(state, '居民要求转人工');
      case 'complaint':
        return {
          actions: [
            intentReply('complaint', state.turnCount),
            { type: 'record', kind: 'complaint', detail: { turn: state.turnCount + 1 } },
          ],
          state: { ...state, topic: 'complaint' },
        };
      case 'report_urgent':
      case 'goodbye':
      case 'thanks':
      case 'apply':
      case 'check_status':
      case 'affirm':
      case 'deny':
      case 'cancel':
      case 'out_of_scope':
        return { actions: [intentReply(name, state.turnCount)], state: { ...state, topic: name } };
    }
  }

  /** Answers a question or request in the middle of a flow, or returns undefined when the message is not one. */
  function aside(
    parse: ParseResult,
    text: string,
    state: ConversationState,
  ): Promise<TurnOutput | undefined> {
    const menuAction = replies.menu[text.trim()];
    if (menuAction === 'request_human' || menuAction === 'policy_menu')
      return Promise.resolve(menuTurn(menuAction, state));
    // A question in the middle of a form is answered even when the classifier is only fairly sure.
    const question =
      QUESTION.test(text) &&
      ((parse.intent.name === 'ask_policy' && parse.intent.confidence >= MIN_INTENT_CONFIDENCE) ||
        (knowledge?.search(text, { limit: 1 }).answerable ?? false));
    if (question || (ASIDE_INTENTS.has(parse.intent.name) && parse.intent.confidence >= ASIDE_CONFIDENCE)) {
      return intentTurn(parse, text, state);
    }
    return Promise.resolve(undefined);
  }

  /** While an operator holds the conversation: no bot reply, but urgency and contact details still reach the queue. */
  function heldTurn(parse: ParseResult, text: string, state: ConversationState): TurnOutput {
    const urgency = messageUrgency(parse);
    const safety = state.safety ? gatherContact(state.safety, parse, text) : state.safety;
    if (urgency.level === 'none') return { actions: [], state: { ...state, safety } };
    return {
      actions: [
        { type: 'handoff', priority: urgency.level, reasons: urgency.reasons },
        { type: 'record', kind: 'urgency', detail: { level: urgency.level, reasons: urgency.reasons } },
      ],
      state: {
        ...state,
        safety,
        urgency: maxUrgency(state.urgency, urgency.level),
        urgencyReasons: [...new Set([...state.urgencyReasons, ...urgency.reasons])],
      },
    };
  }

  /** After the safety reply: keep the person talking until the place and a callback number are known. */
  function safetyTurn(parse: ParseResult, text: string, state: ConversationState): TurnOutput | undefined {
    const safety = state.safety;
    if (!safety || safety.stage === 'done' || state.form || state.statusCheck || state.report)
      return undefined;
    if (replies.menu[text] !== undefined) return undefined;
    const next = gatherContact(safety, parse, text);
    const learned = next.location !== safety.location || next.phone !== safety.phone;
    if (!learned) {
      // Asked twice already: stop asking and help with whatever the resident says now.
      if (safety.asks >= 2) return undefined;
      return {
        actions: [reply(replies.safety_reask, contactValues)],
        state: { ...state, safety: { ...next, asks: safety.asks + 1 } },
      };
    }
    const canned =
      next.stage === 'done'
        ? replies.safety_done
        : next.stage === 'phone'
          ? replies.safety_ask_phone
          : replies.safety_ask_location;
    return { actions: [reply(canned, contactValues)], state: { ...state, safety: next } };
  }

  /** Links an urgent turn to its case and adds the after-hours notice to a request for a person. */
  async function withGreenChannel(output: TurnOutput, input: TurnInput): Promise<TurnOutput> {
    if (!greenChannel) return output;
    const { inbound, conversationId } = input;
    let { actions, state } = output;
    const handoffs = actions.filter((a) => a.type === 'handoff');
    const unlinked = handoffs.filter((a) => a.priority !== 'normal' && a.caseNo === undefined);
    // A report in progress registers its own case, with what the reporter said, when it is filed.
    if (unlinked.length > 0 && !state.report) {
      const level = unlinked.some((a) => a.priority === 'critical') ? 'critical' : 'high';
      const { id_number: _idNumber, ...formFields } = state.form?.fields ?? {};
      const caseNo = await greenChannel.flagUrgentCase({
        conversationId,
        channel: inbound.channel,
        userId: inbound.userId,
        urgency: level,
        reasons: state.urgencyReasons.length > 0 ? state.urgencyReasons : unlinked.flatMap((a) => a.reasons),
        // Without the ID number: the application in progress registers its own case under the duplicate guard.
        fields: {
          ...formFields,
          ...(state.safety?.location ? { address: state.safety.location } : {}),
          ...(state.safety?.phone ? { phone: state.safety.phone } : {}),
        },
        at: inbound.at,
      });
      if (caseNo !== undefined) {
        actions = actions.map((a) => (a.type === 'handoff' && a.caseNo === undefined ? { ...a, caseNo } : a));
        state = { ...state, urgentCaseNo: caseNo };
      }
    }
    const onlyNormal = handoffs.length > 0 && handoffs.every((a) => a.priority === 'normal');
    if (onlyNormal && actions.some((a) => a.type === 'reply')) {
      const notice = greenChannel.afterHoursNotice(inbound.at);
      if (notice) actions = [...actions, { type: 'reply', text: notice }];
    }
    return { actions, state };
  }

  async function respond(input: TurnInput): Promise<TurnOutput> {
    const text = input.inbound.text.trim();
    const parse = nlu.parse(text);
    if (!greenChannel) return decide(input, text, parse);
    const queue = await greenChannel.status(input.conversationId);
    const output =
      queue.heldBy !== null
        ? await withGreenChannel(heldTurn(parse, text, input.state), input)
        : await withGreenChannel(await decide(input, text, parse), input);
    const handoffOpen = queue.open || output.actions.some((a) => a.type === 'handoff');
    return { ...output, state: { ...output.state, handoffOpen } };
  }

  async function decide(
    { inbound, state, conversationId }: TurnInput,
    text: string,
    parse: ParseResult,
  ): Promise<TurnOutput> {
    // Urgency is checked before anything else, on every message, whatever the conversation is doing;
    // a form in progress stays where it was and resumes afterwards.
    // A tap on one of the choices the form just offered is an answer, not a report (「火灾或自然灾害」 is a button).
    const choiceTap =
      state.form?.stage === 'filling' && applications?.isOfferedChoice(state.form, text) === true;
    const urgency = choiceTap ? { level: 'none' as const, reasons: [] } : messageUrgency(parse);
    // A report about someone else takes its own answers; danger heard in them is queued by the flow.
    if (state.report && reports && replies.menu[text] === undefined) {
      return reports.continue(text, parse, urgency, state, {
        conversationId,
        channel: inbound.channel,
        userId: inbound.userId,
        at: inbound.at,
      });
    }
    if (urgency.level === 'critical') {
      const known =
        state.urgency === 'critical' && urgency.reasons.every((r) => state.urgencyReasons.includes(r));
      if (known && (state.form || state.statusCheck)) {
        // Already handed over for the same danger: say who is on it, then keep helping instead of repeating.
        const flagged = urgentTurn('critical', urgency.reasons, state);
        const flow = await routeMessage(text, parse, inbound, flagged.state, conversationId);
        return {
          actions: [reply(replies.urgent_known, contactValues), ...flagged.actions.slice(1), ...flow.actions],
          state: flow.state,
        };
      }
      const first = urgentTurn('critical', urgency.reasons, state);
      // Keep the person talking: the safety reply asks where they are and how to call them back.
      const safety =
        state.form || state.statusCheck
          ? first
          : { ...first, state: { ...first.state, safety: startSafetyContact(parse, text) } };
      if (
        !state.form &&
        applications &&
        parse.intent.name === 'apply' &&
        parse.intent.confidence >= MIN_INTENT_CONFIDENCE
      ) {
        // Safety first; the application the resident asked for starts right after it.
        const started = applications.start(text, parse, safety.state, inbound.at);
        return { actions: [...safety.actions, ...started.actions], state: started.state };
      }
      return safety;
    }
    if (urgency.level === 'high') {
      const applying = Boolean(state.form) || wantsToApply(parse, text);
      if (!applying || !applications) return urgentTurn('high', urgency.reasons, state);
      // Sudden hardship while applying: flag and hand over, and keep the application going in the same turn.
      const flagged = urgentTurn('high', urgency.reasons, state);
      const flow = await routeMessage(text, parse, inbound, flagged.state, conversationId);
      return {
        actions: [reply(replies.urgent_high_inline), ...flagged.actions.slice(1), ...flow.actions],
        state: flow.state,
      };
    }
    const contact = safetyTurn(parse, text, state);
    if (contact) return contact;
    const who = { channel: inbound.channel, userId: inbound.userId, at: inbound.at };
    if (state.volunteerSignup && volunteers) return volunteers.continue(text, parse, state, who);
    if (!state.form && !state.statusCheck && volunteers?.triggers(text)) return volunteers.start(state, who);
    if (!state.form && !state.statusCheck && reports?.triggers(text)) return reports.start(state);
    // Not urgent: an LLM, when configured, may help with an unsure intent or a long message.
    const understood = understanding ? await understanding.understand(text, { offline: parse }) : parse;
    return routeMessage(text, understood, inbound, state, conversationId);
  }

  /** Sends a message that is not urgent to the flow or intent it belongs to. */
  async function routeMessage(
    text: string,
    parse: ParseResult,
    inbound: TurnInput['inbound'],
    state: ConversationState,
    conversationId: string,
  ): Promise<TurnOutput> {
    if (state.form && applications) {
      return applications.continue(text, parse, state, {
        at: inbound.at,
        conversationId,
        channel: inbound.channel,
        userId: inbound.userId,
        aside,
      });
    }
    let current = state;
    if (current.statusCheck && status) {
      const elsewhere =
        parse.intent.name !== 'check_status' &&
        parse.intent.confidence >= ASIDE_CONFIDENCE &&
        !/\d{4}/.test(text);
      if (!elsewhere) return status.continue(text, current);
      current = { ...current, statusCheck: null };
    }
    const menuAction = replies.menu[text];
    const confident = parse.intent.confidence >= MIN_INTENT_CONFIDENCE;
    const applyingWithDetails = wantsToApply(parse, text) && parse.intent.name !== 'apply';
    if (
      applications &&
      (menuAction === 'apply' ||
        (!menuAction && ((confident && parse.intent.name === 'apply') || applyingWithDetails)))
    ) {
      return applications.start(text, parse, current, inbound.at);
    }
    if (
      status &&
      (menuAction === 'check_status' || (!menuAction && confident && parse.intent.name === 'check_status'))
    ) {
      return status.start(text, current);
    }
    if (menuAction) return menuTurn(menuAction, current);
    return intentTurn(parse, text, current);
  }

  return { respond };
}
