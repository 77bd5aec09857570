import { z } from 'zod';

/** Where an application stands. */
export const FORM_STAGES = [
  'choose_type',
  'consent',
  'proxy_consent',
  'filling',
  'confirming',
  'choose_edit',
  'resume',
] as const;

/** One of FORM_STAGES. */
export type FormStage = (typeof FORM_STAGES)[number];

/** An application in progress, saved with the conversation until it is registered or discarded. */
export const applicationStateSchema = z.object({
  /** Canonical assistance type, or `unknown` when the resident is not sure. */
  assistanceType: z.string(),
  stage: z.enum(FORM_STAGES),
  /** The stage to return to when a resident who came back chooses to continue. */
  resumeStage: z.enum(FORM_STAGES).nullable(),
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Fields the resident chose to skip after repeated failures; staff complete them. */
  skipped: z.array(z.string()),
  /** The field or group (`group:<name>`) last asked. */
  asking: z.string().nullable(),
  failures: z.record(z.string(), z.number()),
  consent: z.boolean(),
  /** For someone else's application: whether that person agreed (asked once, after the relation is known). */
  proxyConsent: z.enum(['given', 'unconfirmed']).nullable().default(null),
  /** True while re-asking one field from the confirmation, to return there after. */
  editing: z.boolean(),
  /** The opening's words while the kind of help is being chosen, to fill the form from once it is known. */
  opening: z.string().nullable().default(null),
  /**
   * Choices the opening already named for a field where several may apply (「透析」 for 家里特殊情况): the
   * question is still asked, since others may apply too, and the answer adds to these.
   */
  told: z.record(z.string(), z.string()).default({}),
  /**
   * Fields filled from words that did not answer their own question (the opening's story, a number said in
   * passing): asked again beside their group's open fields, and replaced by what the resident then says.
   */
  inferred: z.array(z.string()).default([]),
  /** The fields the last answer filled, for a correction of it said at the next question (「刚才说错了 是…」). */
  lastAnswered: z.array(z.string()).default([]),
  /**
   * An ID number just typed that failed its check, kept (sealed with the rest of the state) only until the next
   * message, for 「最后一位打错了 是X」.
   */
  rejectedId: z.string().nullable().default(null),
  /**
   * A digest of the message last answered as a question asked back while a field was asked: the same words sent
   * again are the resident's answer, not the question once more (never the words themselves: they are sealed
   * in the transcript only).
   */
  asideDigest: z.string().nullable().default(null),
  startedAt: z.string(),
  updatedAt: z.string(),
});

/** The application flow's state. */
export type ApplicationState = z.infer<typeof applicationStateSchema>;

/** A new application of this kind (or `unknown`), nothing asked or given yet, started at `now` (ISO time). */
export function newApplication(assistanceType: string, now: string): ApplicationState {
  return {
    assistanceType,
    stage: 'choose_type',
    resumeStage: null,
    fields: {},
    skipped: [],
    asking: null,
    failures: {},
    consent: false,
    proxyConsent: null,
    editing: false,
    opening: null,
    told: {},
    inferred: [],
    lastAnswered: [],
    rejectedId: null,
    asideDigest: null,
    startedAt: now,
    updatedAt: now,
  };
}
