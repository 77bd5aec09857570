import type { StatusGuardFacts } from '../cases/status-guard.js';
import { readMessageParts, type MessageParts } from '../nlu/message-parts.js';
import type { ParseResult } from '../nlu/types.js';
import { effectToken, type OutboundAction, type RecordKind, type ReplyAction } from './actions.js';
import type { Button } from './buttons.js';
import { buttonById, contactValues, renderCanned } from './canned.js';
import type { ConversationState } from './conversation-state.js';
import type { DialogueServices } from './dialogue-services.js';
import type { Inbound } from './inbound.js';
import { typedYesToOffer } from './offer-apply.js';
import type { TurnRisk } from './risk.js';
import {
  LookupNeeded,
  ownCaseKey,
  type CaseFacts,
  type LookupRequest,
  type LookupResults,
} from './lookups.js';
import type { CannedReply } from './system-replies.js';
import { cutText } from '../text/well-formed.js';
import { copyState } from './copy-state.js';

/** Whether the conversation is in the green-channel queue, and who holds it (null while the bot speaks). */
export interface QueueStatus {
  open: boolean;
  heldBy: string | null;
}

/** Everything one turn is decided from: the message, the saved state and the facts passed in with it. */
export interface DecisionInput {
  conversationId: string;
  inbound: Inbound;
  state: ConversationState;
  queue: QueueStatus;
  lookups: LookupResults;
  /** Drawn per turn by the engine; makes effect tokens unguessable. */
  nonce: string;
  /** Aborts when the turn's LLM budget is spent, shared by every LLM call of the turn (all its rounds). */
  llmSignal?: AbortSignal;
}

// Residents' messages are capped at the channel; the dialogue reads at most this much whatever the caller.
const MAX_TEXT_CHARS = 2000;

/**
 * One turn in the making: what came in, what the bot knows, and the actions decided so far. Handlers
 * read it and add to it; the state is a working copy that is saved only if the whole turn commits.
 */
export class TurnContext {
  readonly inbound: Inbound;
  /** The words to read: the message (or a tapped button's label), trimmed, capped, in simplified characters. */
  readonly text: string;
  /** The id of the button the resident tapped, or whose label they typed. */
  readonly buttonId: string | undefined;
  readonly at: Date;
  readonly conversationId: string;
  readonly queue: QueueStatus;
  state: ConversationState;
  readonly actions: OutboundAction[] = [];
  /** The risk of this message, set by the first link of the chain. */
  risk: TurnRisk = { level: 'none', reasons: [], category: null };
  /**
   * Answers the message as an aside to the flow in progress (a question, 转人工); false when it is not one.
   * `asked`: the flow has read the message as a question about the process, answered (or declined) as one.
   */
  aside: (options?: { asked?: boolean }) => Promise<boolean> = () => Promise.resolve(false);
  /** Set when this turn abstains (not understood, or no answer to a question), shown as `understood: false`. */
  abstained = false;
  private parsed: ParseResult | undefined;
  private partsRead: MessageParts | undefined;

  constructor(
    readonly input: DecisionInput,
    readonly services: DialogueServices,
  ) {
    this.inbound = input.inbound;
    const typed = cutText(input.inbound.text.trim(), MAX_TEXT_CHARS);
    // Traditional characters and pinyin are read as the simplified words they spell; the transcript keeps what was typed.
    this.text = cutText(services.readText?.(typed) ?? typed, MAX_TEXT_CHARS);
    this.at = input.inbound.at;
    this.conversationId = input.conversationId;
    this.queue = input.queue;
    this.state = copyState(input.state);
    this.buttonId =
      input.inbound.kind === 'button'
        ? input.inbound.buttonId
        : input.inbound.kind === 'text' || input.inbound.kind === 'voice'
          ? (services.buttons.resolveTyped(this.text, input.state.offered) ??
            // 「好的 帮我申请」 under 「要不要现在帮您申请？」 is a tap on 「现在申请」.
            typedYesToOffer(this.text, input.state, services.words))
          : undefined;
  }

  /** The offline understanding of the message, computed once. */
  get parse(): ParseResult {
    this.parsed ??= this.services.nlu.parse(this.text);
    return this.parsed;
  }

  /** The message read as its clauses: what it tells, asks and wants (read once, on first use). */
  get parts(): MessageParts {
    this.partsRead ??= readMessageParts(this.text);
    return this.partsRead;
  }

  /** Replaces the parse, e.g. with the LLM's help for an unsure intent. */
  useParse(parse: ParseResult): void {
    this.parsed = parse;
  }

  /** The locality's hotline, filled into every canned text. */
  get contactValues(): Record<string, string> {
    return contactValues(this.services);
  }

  /** A button by id: from replies/buttons.yaml, or built from data (`type:…`). */
  button(id: string): Button {
    return buttonById(this.services, id);
  }

  /** A canned reply as an action, placeholders filled (hotline included) and its buttons resolved. */
  canned(canned: CannedReply, values: Readonly<Record<string, string>> = {}): ReplyAction {
    // Promises about people are filled at the turn's time: who is on duty now, per the locality profile.
    // Only texts that make a promise pay for it (after hours it searches the calendar for the next opening).
    if (!canned.text.includes('{staffPromise}')) return renderCanned(this.services, canned, values);
    const promise = this.services.staffPromise?.(this.at) ?? '';
    return renderCanned(this.services, canned, { staffPromise: promise, ...values });
  }

  /** Says a canned reply. */
  say(canned: CannedReply, values: Readonly<Record<string, string>> = {}): void {
    this.actions.push(this.canned(canned, values));
  }

  /** Says a text, with buttons. */
  reply(text: string, buttons?: readonly Button[]): void {
    this.actions.push({
      type: 'reply',
      text,
      ...(buttons && buttons.length > 0 ? { buttons: [...buttons] } : {}),
    });
  }

  /** Adds any action (effects, handoffs, records). */
  push(...actions: OutboundAction[]): void {
    this.actions.push(...actions);
  }

  /** Records a fact for staff, saved with the turn. */
  record(kind: RecordKind, detail: Record<string, unknown>): void {
    this.actions.push({ type: 'record', kind, detail });
  }

  /** A placeholder for what an effect of this turn produces (its receipt number). */
  token(ref: string): string {
    return effectToken(this.input.nonce, ref);
  }

  /** A fact looked up before the turn; when it was not, the engine looks it up and decides again. */
  lookupCase(caseNo: string): LookupResults['cases'][string] {
    if (!(caseNo in this.input.lookups.cases)) throw new LookupNeeded([{ kind: 'case', caseNo }]);
    return this.input.lookups.cases[caseNo] ?? null;
  }

  /** This resident's own open case of the person and type, if any (looked up on demand like lookupCase). */
  lookupOwnOpenCase(idNumber: string, assistanceType: string): CaseFacts | null {
    const key = ownCaseKey(idNumber, assistanceType);
    const known = this.input.lookups.ownOpenCases;
    if (!known || !(key in known))
      throw new LookupNeeded([{ kind: 'own_open_case', idNumber, assistanceType }]);
    return known[key] ?? null;
  }

  /** Every case this channel user registered (looked up on demand like lookupCase). */
  lookupOwnCases(): CaseFacts[] {
    const found = this.input.lookups.ownCases;
    if (found === undefined) throw new LookupNeeded([{ kind: 'own_cases' }]);
    return found;
  }

  /** The failed status checks of this channel user and of everyone (looked up on demand like lookupCase). */
  lookupStatusGuard(): StatusGuardFacts {
    const found = this.input.lookups.statusGuard;
    if (found === undefined) throw new LookupNeeded([{ kind: 'status_guard' }]);
    return found;
  }

  /** This channel user's volunteer registration (looked up on demand like lookupCase). */
  lookupVolunteer(): NonNullable<LookupResults['volunteer']> | null {
    const found = this.input.lookups.volunteer;
    if (found === undefined) throw new LookupNeeded([{ kind: 'volunteer' } satisfies LookupRequest]);
    return found;
  }
}
