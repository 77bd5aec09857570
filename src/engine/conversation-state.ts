import { z } from 'zod';
import type { Button } from './buttons.js';
import type { SharedLocation } from './inbound.js';

/** How urgent a conversation is, as the green channel grades it (see risk/taxonomy.yaml). */
export type UrgencyLevel = 'critical' | 'high' | 'none';

/** The one flow a conversation is in: its registry name and its own state (validated by the flow's schema). */
export interface ActiveFlow {
  name: string;
  state: unknown;
}

/** Where and how to reach a person in danger, gathered after the safety reply for the operator's summary. */
export interface SafetyContact {
  /** What the bot is waiting for; `done` once both are known or the resident moved on. */
  stage: 'location' | 'phone' | 'done';
  location: string | null;
  phone: string | null;
  /** Re-asks so far, so the bot never nags. */
  asks: number;
}

/** What the safety follow-up waits for (`safety_location`, `safety_phone`), or nothing once it is done or none runs. */
export function safetyExpecting(safety: SafetyContact | null): string[] {
  return safety && safety.stage !== 'done' ? [`safety_${safety.stage}`] : [];
}

/** The last policy answer given, so the resident's 「有用」/「没解决」 can be tied to it. */
export interface LastAnswer {
  query: string;
  documentIds: string[];
  answerable: boolean;
}

/**
 * Everything the dialogue remembers between turns, saved with each turn. It holds no transcript: the
 * messages live in the store, and personal data lives only in the active flow's state while it runs.
 */
export interface ConversationState {
  /** The flow in progress (application, status check, report, volunteer sign-up …), if any. */
  flow: ActiveFlow | null;
  /** A flow set aside by the safety follow-up, resumed when the resident is ready. */
  paused: ActiveFlow | null;
  /** What the conversation is about now, e.g. an intent name. */
  topic: string | null;
  /** The receipt number of the last case registered or told in this conversation. */
  caseNo: string | null;
  urgency: UrgencyLevel;
  /** What made the conversation urgent, in words an operator reads. */
  urgencyReasons: string[];
  /** The urgent case created or flagged for this conversation: one person, one urgent case. */
  urgentCaseNo: string | null;
  /** After a critical message: the place and callback number the bot asks for. */
  safety: SafetyContact | null;
  /** A question asked in the same message as a danger, answered once the safety follow-up is over. */
  pendingQuestion: string | null;
  lastAnswer: LastAnswer | null;
  /** The buttons under the bot's last reply, so a typed label or a channel's digit maps to its id. */
  offered: Button[];
  /** The last place the resident shared from a channel's location message. */
  location: SharedLocation | null;
  /** The risk read in the resident's previous message: a follow-up (「药已经买好了」) is read with it. */
  lastRisk: { level: 'critical' | 'high' | 'distress'; category: string | null } | null;
  turnCount: number;
  /** True while the conversation is in the green-channel queue. */
  handoffOpen: boolean;
  /** False when the bot's last turn abstained (did not understand, or had no answer to a question). */
  understood: boolean;
}

/** The state of a conversation that has just begun. */
export function initialState(): ConversationState {
  return {
    flow: null,
    paused: null,
    topic: null,
    caseNo: null,
    urgency: 'none',
    urgencyReasons: [],
    urgentCaseNo: null,
    safety: null,
    pendingQuestion: null,
    lastAnswer: null,
    offered: [],
    location: null,
    lastRisk: null,
    turnCount: 0,
    handoffOpen: false,
    understood: true,
  };
}

const buttonSchema = z.object({ id: z.string(), label: z.string() });
const stateSchema = z.object({
  flow: z.object({ name: z.string(), state: z.unknown() }).nullable().catch(null),
  paused: z.object({ name: z.string(), state: z.unknown() }).nullable().catch(null),
  topic: z.string().nullable().catch(null),
  caseNo: z.string().nullable().catch(null),
  urgency: z.enum(['critical', 'high', 'none']).catch('none'),
  urgencyReasons: z.array(z.string()).catch([]),
  urgentCaseNo: z.string().nullable().catch(null),
  safety: z
    .object({
      stage: z.enum(['location', 'phone', 'done']),
      location: z.string().nullable(),
      phone: z.string().nullable(),
      asks: z.number(),
    })
    .nullable()
    .catch(null),
  pendingQuestion: z.string().nullable().catch(null),
  lastAnswer: z
    .object({ query: z.string(), documentIds: z.array(z.string()), answerable: z.boolean() })
    .nullable()
    .catch(null),
  offered: z.array(buttonSchema).catch([]),
  location: z
    .object({ lat: z.number(), lng: z.number(), label: z.string().optional() })
    .nullable()
    .catch(null),
  lastRisk: z
    .object({ level: z.enum(['critical', 'high', 'distress']), category: z.string().nullable() })
    .nullable()
    .catch(null),
  turnCount: z.number().int().nonnegative().catch(0),
  handoffOpen: z.boolean().catch(false),
  understood: z.boolean().catch(true),
});

// Flows of states saved before flows had a registry: each lived in a field of its own.
const LEGACY_FLOW_FIELDS = [
  ['form', 'application'],
  ['statusCheck', 'status_check'],
  ['report', 'report'],
  ['volunteerSignup', 'volunteer_signup'],
] as const;

/**
 * Reads a saved state, whatever version wrote it: missing or damaged fields take their defaults, and a
 * flow saved in the old one-field-per-flow layout becomes the active flow. What no longer exists (the
 * old `history` copy of the transcript) is dropped.
 */
export function readState(raw: unknown): ConversationState {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const parsed = stateSchema.safeParse({ ...initialState(), ...record });
  const state: ConversationState = parsed.success ? parsed.data : initialState();
  if (state.flow === null) {
    for (const [field, name] of LEGACY_FLOW_FIELDS) {
      const legacy = record[field];
      if (legacy !== null && legacy !== undefined) {
        state.flow = { name, state: legacy };
        break;
      }
    }
  }
  return state;
}
