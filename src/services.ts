import path from 'node:path';
import { createAuthService, type AuthService } from './auth/auth-service.js';
import { createStaffRepository } from './auth/staff-repository.js';
import { createCaseLedger } from './cases/case-ledger.js';
import { createCaseNotifier } from './cases/case-notifier.js';
import { ConversationBus } from './channels/conversation-bus.js';
import {
  createGroundedAnswerer,
  createLlm,
  createLlmUnderstanding,
  loadLlmPrompts,
  type Llm,
} from './llm/index.js';
import type { CaseLedger } from './cases/case-types.js';
import type { Config } from './config.js';
import { createApplicationFlow } from './engine/application-flow.js';
import { createEngine, type Engine } from './engine/engine.js';
import { createIntakeDialogue } from './engine/intake-dialogue.js';
import { createReportFlow } from './engine/report-flow.js';
import { createAfterHoursNotice } from './handoff/after-hours.js';
import { ConsoleHub } from './handoff/console-hub.js';
import { createHandoffRepository } from './handoff/handoff-repository.js';
import { createHandoffService, type HandoffService } from './handoff/handoff-service.js';
import { createSlaMonitor, type SlaMonitor } from './handoff/sla-monitor.js';
import type { EngineLogger } from './engine/logger.js';
import { createStatusFlow } from './engine/status-flow.js';
import { loadSystemReplies, type SystemReplies } from './engine/system-replies.js';
import type { Clock, ConversationStore } from './engine/types.js';
import type { FormRegistry } from './forms/form-registry.js';
import { loadForms } from './forms/load-forms.js';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from './knowledge/create-knowledge-base.js';
import { residentHotline, toFlowLocality } from './localities/flow-locality.js';
import { loadLocalities } from './localities/load-localities.js';
import type { LocalityRegistry } from './localities/locality-registry.js';
import type { LocalityProfile } from './localities/schema.js';
import { createNlu, type TrainedNlu } from './nlu/create-nlu.js';
import { createCaseRepository, type CaseRepository } from './store/case-repository.js';
import { createVolunteerRepository, type VolunteerRepository } from './store/volunteer-repository.js';
import { createVolunteerSignupFlow } from './engine/volunteer-signup-flow.js';
import { createConversationRepository } from './store/conversation-repository.js';
import { openDatabase } from './store/open-database.js';
import type { SqlDatabase } from './store/sql.js';

/** Everything the routes use, built once at start and closed once at shutdown. */
export interface Services {
  db: SqlDatabase;
  conversations: ConversationStore;
  engine: Engine;
  replies: SystemReplies;
  clock: Clock;
  nlu: TrainedNlu;
  knowledge: LoadedKnowledgeBase;
  localities: LocalityRegistry;
  /** The locality this instance serves (LOCALITY, else the profile marked default). */
  locality: LocalityProfile;
  forms: FormRegistry;
  /** The case ledger with personal data unmasked: staff routes mask what they show. */
  cases: CaseRepository;
  ledger: CaseLedger;
  /** Staff login and sessions; routes guard themselves with `requireStaff` from src/auth/require-staff.ts. */
  auth: AuthService;
  /** Volunteers and grid workers registered from a chat, waiting for or past an operator's check. */
  volunteers: VolunteerRepository;
  /** Live fan-out of messages pushed to a conversation outside a turn. */
  bus: ConversationBus;
  /** Tells a resident about a department update on their channel. */
  notifyResident: ReturnType<typeof createCaseNotifier>;
  /** The green-channel queue: claims, operator replies, hand-back, resolution, volunteer reports. */
  handoffs: HandoffService;
  /** Live fan-out of queue events to operator consoles. */
  consoleHub: ConsoleHub;
  /** Marks overdue and silent handoffs; app.ts runs its timer, tests call `checkSla(now)`. */
  sla: SlaMonitor;
  /** The optional LLM, when OPENAI_BASE_URL, OPENAI_API_KEY and LLM_MODEL are set. */
  llm: Llm | undefined;
  close(): Promise<void>;
}

/** Options that tests use to swap the clock. */
export interface ServiceOverrides {
  clock?: Clock;
}

const systemClock: Clock = { now: () => new Date() };

/** Opens storage, loads content and builds the engine; resolves only when all are ready. */
export async function createServices(
  config: Config,
  logger: EngineLogger,
  overrides: ServiceOverrides = {},
): Promise<Services> {
  const clock = overrides.clock ?? systemClock;
  // Content first: a broken content file stops the start before any database is touched.
  const [replies, nlu, knowledge, localities, forms] = await Promise.all([
    loadSystemReplies(path.resolve(config.REPLIES_DIR, 'system.yaml')),
    createNlu({ intentsDir: config.INTENTS_DIR }),
    loadKnowledgeBase({ dir: config.KNOWLEDGE_DIR, logger }),
    loadLocalities({ dir: config.LOCALITIES_DIR, logger }),
    loadForms(config.FORMS_DIR, logger),
  ]);
  const locality = config.LOCALITY ? localities.get(config.LOCALITY) : localities.default();
  if (!locality)
    throw new Error(
      `LOCALITY=${config.LOCALITY} has no profile in ${config.LOCALITIES_DIR}; add one or unset LOCALITY`,
    );
  logger.info(
    {
      examples: nlu.stats.examples,
      trainingMs: Math.round(nlu.stats.trainingMs),
      documents: knowledge.documents.length,
      chunks: knowledge.chunks.length,
      locality: locality.code,
    },
    'content loaded',
  );

  // The LLM only ever improves answers: absent or failing, the offline path answers within LLM_TIMEOUT_MS.
  const llm = createLlm(config, { logger });
  const llmPrompts = llm ? await loadLlmPrompts() : undefined;
  const understanding =
    llm && llmPrompts
      ? createLlmUnderstanding({
          llm,
          nlu,
          prompt: llmPrompts.nluFallback,
          timeoutMs: config.LLM_TIMEOUT_MS,
          logger,
        })
      : undefined;
  const grounded =
    llm && llmPrompts
      ? createGroundedAnswerer({
          llm,
          prompt: llmPrompts.groundedAnswer,
          timeoutMs: config.LLM_TIMEOUT_MS,
          logger,
          documents: knowledge.documents,
        })
      : undefined;

  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    dataDir: config.DATA_DIR,
  });
  try {
    const conversations = createConversationRepository(db);
    const volunteers = createVolunteerRepository(db);
    const cases = createCaseRepository(db);
    const ledger = createCaseLedger(cases, localities, logger);
    const flowLocality = toFlowLocality(locality, localities);
    const hotline = residentHotline(locality);
    const bus = new ConversationBus();
    const consoleHub = new ConsoleHub();
    const handoffRepository = createHandoffRepository(db);
    const handoffs = createHandoffService({
      repository: handoffRepository,
      conversations,
      cases,
      ledger,
      hub: consoleHub,
      bus,
      clock,
      logger,
      localityCode: locality.code,
      handedBackText: replies.handed_back.text,
    });
    const sla = createSlaMonitor({
      repository: handoffRepository,
      hub: consoleHub,
      clock,
      logger,
      limits: {
        criticalUnclaimedSeconds: config.SLA_CRITICAL_UNCLAIMED_SECONDS,
        claimedSilentSeconds: config.SLA_CLAIMED_SILENT_SECONDS,
      },
    });
    const afterHoursNotice = createAfterHoursNotice(locality, flowLocality, replies);
    const dialogue = createIntakeDialogue({
      ...(understanding ? { understanding } : {}),
      ...(grounded ? { grounded } : {}),
      nlu,
      intentReplies: nlu.responses,
      replies,
      contacts: { hotline: hotline.number, hotlineName: hotline.label },
      knowledge,
      region: locality.name,
      applications: createApplicationFlow({ forms, ledger, replies, locality: flowLocality }),
      status: createStatusFlow({ ledger, replies, locality: flowLocality }),
      reports: createReportFlow({
        ledger,
        replies,
        localityCode: locality.code,
        contacts: { hotline: hotline.number, hotlineName: hotline.label },
        volunteers,
      }),
      volunteers: createVolunteerSignupFlow({ directory: volunteers, replies }),
      greenChannel: {
        status: (conversationId) => handoffRepository.status(conversationId),
        async flagUrgentCase(input) {
          try {
            return (await ledger.flagUrgent({ ...input, localityCode: locality.code })).caseNo;
          } catch (error) {
            // The safety reply and the queue entry must not wait on the ledger: the operator still sees the handoff.
            logger.error(
              {
                conversationId: input.conversationId,
                channel: input.channel,
                err: error instanceof Error ? { name: error.name, message: error.message } : error,
              },
              'urgent case could not be registered; the handoff is queued without it',
            );
            return undefined;
          }
        },
        afterHoursNotice,
      },
    });
    const engine = createEngine({
      store: conversations,
      dialogue,
      clock,
      logger,
      // After the commit, so the console never sees a handoff that was rolled back.
      onCommitted: (result, inbound) => handoffs.afterTurn(result, inbound),
    });
    const notifyResident = createCaseNotifier({ conversations, bus, replies });
    const auth = createAuthService({
      staff: createStaffRepository(db),
      clock,
      logger,
      tokenTtlHours: config.AUTH_TOKEN_TTL_HOURS,
    });
    await auth.ensureFirstAdmin(config.ADMIN_USERNAME, config.ADMIN_PASSWORD);
    return {
      db,
      conversations,
      engine,
      replies,
      clock,
      nlu,
      knowledge,
      localities,
      locality,
      forms,
      cases,
      ledger,
      auth,
      bus,
      volunteers,
      notifyResident,
      handoffs,
      consoleHub,
      sla,
      llm,
      async close() {
        await sla.stop();
        // Let the turn in flight commit before the database goes away.
        await engine.drain();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
