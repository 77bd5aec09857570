import { closeStartUpMemos, openStartUpMemos } from './runtime/start-up-memo.js';
import { loadContent } from './content/load-content.js';
import { createAuthService, type AuthService } from './auth/auth-service.js';
import { createStaffRepository, type StaffRepository } from './auth/staff-repository.js';
import { ensureFirstRunAdmin, type FirstRunAdmin } from './auth/first-run-admin.js';
import { createCaseLedger } from './cases/case-ledger.js';
import { createCaseNotifier } from './cases/case-notifier.js';
import type { CaseLedger } from './cases/case-types.js';
import type { ChannelKit } from './channels/channel-kit.js';
import { storableAddress, storableInbound } from './channels/storable-inbound.js';
import { ConversationBus } from './channels/conversation-bus.js';
import { createLocalBroadcast } from './delivery/broadcast.js';
import { createPostgresBroadcast } from './store/postgres-broadcast.js';
import type { Config } from './config.js';
import { createOutboundRouter, type OutboundRouter } from './delivery/outbound-router.js';
import type { ButtonCatalog } from './engine/buttons.js';
import { createDialogue } from './engine/dialogue.js';
import type { DialogueServices } from './engine/dialogue-services.js';
import { createEngine, type Engine } from './engine/engine.js';
import { warmUpDialogue } from './engine/warm-up.js';
import type { FlowRegistry } from './engine/flow-registry.js';
import type { EngineLogger } from './engine/logger.js';
import type { SystemReplies } from './engine/system-replies.js';
import { renderCanned } from './engine/canned.js';
import type { Clock, ConversationStore } from './engine/types.js';
import { createFlows } from './flows/registry.js';
import type { FormRegistry } from './forms/form-registry.js';
import { createAfterHoursNotice } from './handoff/after-hours.js';
import { createStaffPromise } from './handoff/staff-promise.js';
import { ConsoleHub } from './handoff/console-hub.js';
import { createHandoffService, type HandoffService } from './handoff/handoff-service.js';
import { createSlaMonitor, type SlaMonitor } from './handoff/sla-monitor.js';
import { createHandoffTools, type HandoffTools } from './handoff/handoff-tools.js';
import { createUnclaimedWarning } from './handoff/unclaimed-warning.js';
import { createApplyCaseType } from './cases/apply-case-type.js';
import type { CannedReplyBook } from './handoff/canned-replies.js';
import type { LoadedKnowledgeBase } from './knowledge/create-knowledge-base.js';
import type { Llm } from './llm/types.js';
import { typeLabelsOf } from './localities/type-labels.js';
import { residentHotline, toFlowLocality } from './localities/flow-locality.js';
import { riskResponse } from './nlu/risk/reply.js';
import type { Inbound } from './engine/inbound.js';
import { turnRiskReader } from './engine/risk-from-assessment.js';
import type { LocalityRegistry } from './localities/locality-registry.js';
import type { LocalityProfile } from './localities/schema.js';
import { createTextReader } from './text/text-reader.js';
import { formPhrases } from './forms/form-registry.js';
import type { TrainedNlu } from './nlu/create-nlu.js';
import { createCaseRepository, type CaseRepository } from './store/case-repository.js';
import { createConversationRepository } from './store/conversation-repository.js';
import { createHandoffRepository } from './store/handoff-repository.js';
import { openDatabase } from './store/open-database.js';
import { createAuditRepository, type AuditRepository } from './store/audit-repository.js';
import { createRetentionJob, type RetentionJob } from './store/retention-job.js';
import { resolveDataKeys, type DataKeyOrigin } from './store/crypto/data-key-source.js';
import { createOutboxRepository, type OutboxRepository } from './store/outbox-repository.js';
import type { SqlDatabase } from './store/sql.js';
import { claimScheduledRun } from './store/scheduled-jobs.js';
import { createVolunteerRepository, type VolunteerRepository } from './store/volunteer-repository.js';

/** Everything the routes use, built once at start and closed once at shutdown. */
export interface Services {
  db: SqlDatabase;
  conversations: ConversationStore;
  engine: Engine;
  replies: SystemReplies;
  buttons: ButtonCatalog;
  clock: Clock;
  nlu: TrainedNlu;
  knowledge: LoadedKnowledgeBase;
  localities: LocalityRegistry;
  /** The locality this instance serves (LOCALITY, else the profile marked default). */
  locality: LocalityProfile;
  forms: FormRegistry;
  flows: FlowRegistry;
  /** The case ledger with personal data unmasked: staff routes mask what they show. */
  cases: CaseRepository;
  ledger: CaseLedger;
  /** Staff login and sessions; routes guard themselves with `requireStaff` from src/auth/require-staff.ts. */
  auth: AuthService;
  /** Volunteers and grid workers registered from a chat, waiting for or past an operator's check. */
  volunteers: VolunteerRepository;
  /** Every push to a resident (operator replies, case updates, late replies), durable and retried. */
  router: OutboundRouter;
  outbox: OutboxRepository;
  /** What channel adapters may use: the engine, transcripts, the router. */
  channelKit: ChannelKit;
  /** Tells a resident about a department update on their channel. */
  notifyResident: ReturnType<typeof createCaseNotifier>;
  /** The green-channel queue: claims, operator replies, hand-back, resolution, volunteer reports. */
  handoffs: HandoffService;
  /** Internal notes and transfers to a colleague or a department. */
  handoffTools: HandoffTools;
  /** Each risk category (risk/taxonomy.yaml) with the reason operators read for it. */
  riskReasons: ReadonlyMap<string, string>;
  /** The locality's canned replies for operators (localities/canned-replies/). */
  cannedReplies: CannedReplyBook;
  /** Live fan-out of queue events to operator consoles. */
  consoleHub: ConsoleHub;
  /** Marks overdue and silent handoffs; app.ts runs its timer, tests call `checkSla(now)`. */
  sla: SlaMonitor;
  /** The optional LLM, when OPENAI_BASE_URL, OPENAI_API_KEY and LLM_MODEL are set. */
  llm: Llm | undefined;
  /** How the console's first account came about on this start (for the start-up banner). */
  firstAdmin: FirstRunAdmin;
  /** Staff accounts, for the password route. */
  staff: StaffRepository;
  /** Every read and change of a case by staff, and every reveal of a masked ID number or phone. */
  audit: AuditRepository;
  /** Anonymises closed cases past RETENTION_DAYS; app.ts runs its timer, tests call `runOnce()`. */
  retention: RetentionJob;
  /** Where the key sealing personal data came from (for the start-up banner). */
  dataKeyOrigin: DataKeyOrigin;
  close(): Promise<void>;
}

/** Options that tests use to swap the clock. */
export interface ServiceOverrides {
  clock?: Clock;
}

const systemClock: Clock = { now: () => new Date() };
// The scripted conversations are played this many times at start (src/engine/warm-up.ts).
const WARM_UP_ROUNDS = 3;

/** Opens storage, loads content and builds the engine; resolves only when all are ready. */
export async function createServices(
  config: Config,
  logger: EngineLogger,
  overrides: ServiceOverrides = {},
): Promise<Services> {
  const clock = overrides.clock ?? systemClock;
  // Content first: a broken content file stops the start before any database is touched.
  // What an earlier start parsed and computed (the content's YAML, pinyin) is read back until the warm-up is done.
  await openStartUpMemos(config.RISK_CACHE_DIR);
  const { risk, replies, buttons, words, nlu, knowledge, localities, forms, locality, cannedReplies } =
    await loadContent(config, logger);

  // The LLM only ever improves answers: absent or failing, the offline path answers within LLM_TIMEOUT_MS.
  // Its client libraries are loaded only when it is configured (they cost ~80 MB and seconds at start).
  const layer =
    config.OPENAI_BASE_URL && config.OPENAI_API_KEY && config.LLM_MODEL
      ? await import('./llm/index.js')
      : undefined;
  const llm = layer?.createLlm(config, { logger });
  const llmPrompts = layer && llm ? await layer.loadLlmPrompts() : undefined;
  const understanding =
    layer && llm && llmPrompts
      ? layer.createLlmUnderstanding({
          llm,
          nlu,
          prompt: llmPrompts.nluFallback,
          timeoutMs: config.LLM_TIMEOUT_MS,
          logger,
        })
      : undefined;
  const grounded =
    layer && llm && llmPrompts
      ? layer.createGroundedAnswerer({
          llm,
          prompt: llmPrompts.groundedAnswer,
          timeoutMs: config.LLM_TIMEOUT_MS,
          logger,
          documents: knowledge.documents,
        })
      : undefined;

  const flowLocality = toFlowLocality(locality, localities);
  const dialogueServices: DialogueServices = {
    nlu,
    replies,
    buttons,
    words,
    intentReplies: nlu.responses,
    locality: flowLocality,
    localities,
    forms,
    knowledge,
    region: locality.name,
    afterHoursNotice: createAfterHoursNotice(locality, flowLocality, replies),
    staffPromise: createStaffPromise(locality, (at) => flowLocality.formatDate(at)),
    readText: createTextReader([...nlu.phrases, ...formPhrases(forms)]),
    assessRisk: turnRiskReader(risk.assess, risk.data.taxonomy, {
      number: residentHotline(locality).number,
      label: residentHotline(locality).label,
    }),
    ...(understanding ? { understanding } : {}),
    ...(grounded ? { grounded } : {}),
  };
  const flows = createFlows();
  const dialogue = createDialogue(dialogueServices, flows);
  checkButtons(dialogueServices);
  if (config.WARM_UP_MS > 0) {
    // The same services without the LLM: warming up must never call it.
    const offline: DialogueServices = { ...dialogueServices };
    delete offline.understanding;
    delete offline.grounded;
    const warm = await warmUpDialogue(createDialogue(offline, flows), {
      rounds: WARM_UP_ROUNDS,
      budgetMs: config.WARM_UP_MS,
      at: clock.now(),
    });
    logger.info({ turns: warm.turns, ms: Math.round(warm.ms) }, 'dialogue warmed up');
  }
  await closeStartUpMemos();

  const dataKeys = await resolveDataKeys({
    dataKey: config.DATA_KEY,
    dataKeys: config.DATA_KEYS,
    dataDir: config.DATA_DIR,
  });
  if (dataKeys.origin.kind === 'generated')
    logger.warn(
      { keyId: dataKeys.cipher.keyId, file: dataKeys.origin.file },
      'no DATA_KEY set: generated a data key into this file; back it up apart from the database (without it the personal data cannot be read) and set DATA_KEY to it on every instance',
    );
  const databaseStarted = performance.now();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
    dataDir: config.DATA_DIR,
    cipher: dataKeys.cipher,
  });
  logger.info(
    { database: db.kind, openMs: Math.round(performance.now() - databaseStarted) },
    'database open',
  );
  try {
    const conversations = createConversationRepository(db);
    const volunteers = createVolunteerRepository(db);
    const cases = createCaseRepository(db);
    const ledger = createCaseLedger(cases, localities, logger);
    const broadcast =
      config.DATABASE_URL !== undefined
        ? await createPostgresBroadcast({
            connectionString: config.DATABASE_URL,
            schema: config.DATABASE_SCHEMA,
            db,
            logger,
          })
        : createLocalBroadcast();
    const logBroadcastError = (error: unknown) =>
      logger.error(
        { err: error instanceof Error ? { name: error.name, message: error.message } : error },
        'an event for other instances could not be sent; consoles there see it on their next reload',
      );
    const consoleHub = new ConsoleHub(broadcast, logBroadcastError);
    const outbox = createOutboxRepository(db);
    const router = createOutboundRouter({
      outbox,
      clock,
      logger,
      retry: { maxAttempts: 8, baseDelayMs: 2_000, maxDelayMs: 10 * 60_000, leaseMs: 60_000 },
      onUndeliverable: (entry, error) =>
        consoleHub.publish({
          type: 'undelivered',
          conversationId: entry.conversationId,
          channel: entry.address.channel,
          error,
        }),
    });
    const bus = new ConversationBus(broadcast, logBroadcastError);
    const handoffRepository = createHandoffRepository(db);
    const handoffs = createHandoffService({
      repository: handoffRepository,
      conversations,
      cases,
      ledger,
      hub: consoleHub,
      router,
      flows,
      clock,
      logger,
      localityCode: locality.code,
      handedBackText: replies.handed_back.text,
      followUpSeconds: config.FOLLOW_UP_REMINDER_SECONDS,
      applyCaseType: createApplyCaseType(cases, localities, locality.code, typeLabelsOf(locality).label),
      // The engine is built below; this runs only after a hand back, long after the start.
      answerAfterHold: async (address, messageId, text) => {
        await engine.handle({
          ...address,
          messageId,
          at: clock.now(),
          kind: 'text',
          text,
          replyVia: 'outbox',
          alreadyInTranscript: true,
        });
      },
    });
    const handoffTools = createHandoffTools({
      repository: handoffRepository,
      conversations,
      cases,
      ledger,
      staff: createStaffRepository(db),
      hub: consoleHub,
      clock,
      logger,
      locality,
      bus,
      view: (id) => handoffs.view(id),
    });
    const sla = createSlaMonitor({
      repository: handoffRepository,
      hub: consoleHub,
      clock,
      logger,
      router,
      describe: (record) => handoffs.describe(record),
      warning: createUnclaimedWarning(risk.data.taxonomy, replies, residentHotline(locality)),
      limits: {
        criticalUnclaimedSeconds: config.SLA_CRITICAL_UNCLAIMED_SECONDS,
        claimedSilentSeconds: config.SLA_CLAIMED_SILENT_SECONDS,
        residentRemindSeconds: config.SLA_RESIDENT_REMIND_SECONDS,
        residentRemindMax: config.SLA_RESIDENT_REMIND_MAX,
      },
      // Several instances share one queue: the sweep runs on one of them per period, not on each.
      claimRun: () => claimScheduledRun(db, 'sla_check', config.SLA_CHECK_INTERVAL_MS),
    });
    // With an LLM, a second opinion on danger runs beside each turn and never delays its reply: when it sees
    // more than the offline reading did (up to high), a turn of its own queues it and tells the resident.
    const riskOpinion =
      layer && llm
        ? layer.createRiskSecondOpinion({
            llm,
            prompt: await layer.loadRiskSecondOpinionPrompt(),
            taxonomy: risk.data.taxonomy,
            timeoutMs: config.LLM_TIMEOUT_MS * 4,
            logger,
          })
        : undefined;
    const hotlineOfLocality = residentHotline(locality);
    const secondOpinion = riskOpinion
      ? (inbound: Inbound): void => {
          if ((inbound.kind !== 'text' && inbound.kind !== 'voice') || inbound.text.trim() === '') return;
          const offline = risk.assess(inbound.text);
          // It can only raise a reading up to high: a message already read as high or critical has nothing to gain.
          if (offline.level === 'critical' || offline.level === 'high') return;
          void riskOpinion
            .check(inbound.text, offline)
            .then(async (opinion) => {
              if (opinion === offline || (opinion.level !== 'high' && opinion.level !== 'distress')) return;
              const response = riskResponse(risk.data.taxonomy, opinion, {
                number: hotlineOfLocality.number,
                label: hotlineOfLocality.label,
              });
              await engine.handle({
                channel: inbound.channel,
                userId: inbound.userId,
                messageId: `${inbound.messageId}:second-opinion`,
                at: clock.now(),
                kind: 'event',
                event: 'risk_second_opinion',
                text: '',
                replyVia: 'outbox',
                risk: {
                  level: opinion.level,
                  category: opinion.category,
                  reasons: opinion.reasons,
                  reply: response?.text ?? replies.distress_support.text,
                },
              });
            })
            .catch((error: unknown) =>
              logger.error(
                {
                  channel: inbound.channel,
                  err: error instanceof Error ? { name: error.name, message: error.message } : error,
                },
                'the second opinion on danger could not be applied; the offline verdict stands',
              ),
            );
        }
      : undefined;
    const engine = createEngine({
      store: conversations,
      dialogue,
      clock,
      logger,
      ...(llm ? { llmBudgetMs: config.LLM_TIMEOUT_MS } : {}),
      // After the commit, so the console never sees a handoff that was rolled back.
      onCommitted: async (result, inbound) => {
        if (inbound.replyVia === 'outbox') router.kick();
        secondOpinion?.(inbound);
        await handoffs.afterTurn(result, inbound);
      },
    });
    const notifyResident = createCaseNotifier({
      router,
      replies,
      buttons,
      typeLabel: flowLocality.typeLabel,
    });
    const staff = createStaffRepository(db);
    const auth = createAuthService({
      db,
      staff,
      clock,
      logger,
      tokenTtlHours: config.AUTH_TOKEN_TTL_HOURS,
    });
    const firstAdmin = await ensureFirstRunAdmin(auth, {
      username: config.ADMIN_USERNAME,
      password: config.ADMIN_PASSWORD,
      dataDir: config.DATA_DIR,
    });
    const retention = createRetentionJob({ db, clock, logger, days: config.RETENTION_DAYS });
    const channelKit: ChannelKit = {
      // Every channel's messages pass here: nothing a channel copied from its input can fail in the database.
      engine: { handle: (inbound) => engine.handle(storableInbound(inbound)) },
      transcript: {
        async open(address, limit) {
          const conversation = await conversations.getOrCreate(storableAddress(address), clock.now());
          return {
            conversationId: conversation.id,
            history: await conversations.transcript(conversation.id, limit),
          };
        },
      },
      router,
      bus,
      clock,
      residentTyping: (conversationId) => consoleHub.publish({ type: 'typing', conversationId }),
      intro: renderCanned(dialogueServices, replies.welcome),
    };
    return {
      db,
      conversations,
      engine,
      replies,
      buttons,
      clock,
      nlu,
      knowledge,
      localities,
      locality,
      forms,
      flows,
      cases,
      ledger,
      auth,
      volunteers,
      router,
      outbox,
      channelKit,
      notifyResident,
      handoffs,
      handoffTools,
      cannedReplies,
      riskReasons: new Map([...risk.data.taxonomy.categories].map(([code, c]) => [code, c.reason])),
      consoleHub,
      sla,
      llm,
      firstAdmin,
      staff,
      dataKeyOrigin: dataKeys.origin,
      audit: createAuditRepository(db),
      retention,
      async close() {
        await sla.stop();
        await retention.stop();
        // Let the turn in flight commit before the database goes away.
        await engine.drain();
        await router.stop();
        consoleHub.close();
        bus.close();
        await broadcast.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Every button a fixed text names must exist: a content mistake stops the start with its name. */
function checkButtons(services: DialogueServices): void {
  const ids = [
    ...Object.values(services.replies).flatMap((reply) => reply.buttons ?? []),
    ...Object.values(services.intentReplies).flatMap((variants) => variants.flatMap((v) => v.buttons ?? [])),
  ];
  for (const id of ids)
    if (!id.startsWith('type:') && !services.buttons.has(id))
      throw new Error(`replies name a button "${id}" that replies/buttons.yaml does not define`);
}
