import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { repliesOf } from '../../engine/actions.js';
import type { Inbound } from '../../engine/inbound.js';
import { AppError } from '../../errors.js';
import { BEARER_SECURITY } from '../../routes/auth-routes.js';
import { MAX_MESSAGE_CHARS } from '../../text/limits.js';
import type { ChannelKit } from '../channel-kit.js';
import { isStorableId, residentText } from '../../text/resident-text.js';
import type { ResidentRateLimits } from '../../net/rate-limits.js';
import { integrationOf, requireIntegration, scopedUserId, type RestAccess } from './api-keys.js';

const MAX_TEXT_CHARS = MAX_MESSAGE_CHARS;
const CHANNEL = 'rest';

const messageBody = z.object({
  userId: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .refine(isStorableId, 'userId 不能包含 NUL 或不完整的字符')
    .describe('Stable id of the resident in the calling system'),
  text: z
    .string()
    .trim()
    .min(1, '消息不能为空')
    .max(MAX_TEXT_CHARS, `消息太长了，请不要超过${MAX_TEXT_CHARS}字`),
  messageId: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .refine(isStorableId, 'messageId 不能包含 NUL 或不完整的字符')
    .optional()
    .describe(
      'Idempotency key: the same messageId sent again returns the same replies and runs no second turn',
    ),
  buttonId: z
    .string()
    .min(1)
    .max(120)
    .optional()
    .describe('The id of a button the resident chose (from a previous reply); `text` is then its label'),
});

const buttonSchema = z.object({ id: z.string(), label: z.string() });
const replySchema = z.object({
  text: z.string(),
  buttons: z.array(buttonSchema).optional(),
  quickReplies: z.array(z.string()).optional().describe('The buttons’ labels'),
});

const messageResponse = z.object({
  conversationId: z.string(),
  messageId: z.string(),
  replies: z.array(replySchema),
  state: z.object({
    topic: z.string().nullable(),
    urgency: z.enum(['critical', 'high', 'none']),
    turnCount: z.number().int(),
    flow: z.string().nullable().describe('The flow in progress (application, status_check, report …)'),
    expecting: z.array(z.string()).describe('What the bot is waiting for: consent, field:phone, confirm …'),
    form: z
      .object({
        type: z.string(),
        stage: z.string(),
        step: z.number().int(),
        total: z.number().int(),
        missing: z.array(z.string()),
        asking: z.string().optional(),
        askingFields: z.array(z.string()).optional(),
      })
      .optional()
      .describe('Present while an application form is open'),
    caseNo: z.string().optional().describe('Receipt number of the case registered in this conversation'),
    urgentCaseNo: z
      .string()
      .optional()
      .describe('Number of the urgent case raised for this conversation (green channel), to follow it up'),
    understood: z
      .boolean()
      .optional()
      .describe('False when the last turn abstained: not understood, or a question without an answer'),
    risk: z
      .enum(['critical', 'high', 'distress', 'none'])
      .optional()
      .describe('The risk heard in the last message; distress gets a kind word and no queue'),
  }),
  replayed: z.boolean(),
});

const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const transcriptQuery = z.object({
  userId: z.string().trim().min(1).max(128),
  after: z.coerce.number().int().nonnegative().optional().describe('Only messages after this transcript id'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const transcriptResponse = z.object({
  conversationId: z.string(),
  messages: z.array(
    z.object({
      id: z.string(),
      author: z.enum(['resident', 'bot', 'operator', 'system']),
      text: z.string(),
      buttons: z.array(buttonSchema).optional(),
      at: z.string(),
    }),
  ),
});

/** The REST channel for integrations: POST /api/v1/messages runs one turn (idempotent by messageId). */
export function registerRestMessagesRoute(
  app: FastifyInstance,
  kit: ChannelKit,
  access: RestAccess,
  limits: ResidentRateLimits,
): void {
  // Pushes to REST residents stay in the transcript, where the integration reads them.
  kit.router.register({ channel: CHANNEL, send: () => Promise.resolve() });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/messages',
    {
      config: { rateLimit: limits.messageRoute },
      // Before the body is read or checked: a stranger learns nothing, not even what the body should be.
      onRequest: requireIntegration(access),
      schema: {
        tags: ['messages'],
        summary: 'Send one resident message and get the bot replies',
        body: messageBody,
        security: access.kind === 'keys' ? [{ [BEARER_SECURITY]: [] }] : [],
        response: {
          200: messageResponse,
          400: errorResponse,
          401: errorResponse,
          403: errorResponse,
          409: errorResponse,
          413: errorResponse,
          429: errorResponse,
          503: errorResponse,
        },
      },
    },
    async (request) => {
      const client = integrationOf(access, request);
      const { messageId, buttonId } = request.body;
      const userId = scopedUserId(client, request.body.userId);
      await limits.opening(request, `${CHANNEL}:${userId}`);
      await limits.message(request, `${CHANNEL}:${userId}`);
      // NUL dropped and lone surrogates replaced before anything reads or stores the text (see residentText).
      const text = residentText(request.body.text).trim();
      if (text.length === 0) throw new AppError('bad_request', '消息不能为空。');
      const address = { channel: CHANNEL, userId };
      const base = { ...address, messageId: messageId ?? randomUUID(), at: kit.clock.now() };
      const inbound: Inbound = buttonId
        ? { ...base, kind: 'button', buttonId, text }
        : { ...base, kind: 'text', text };
      const result = await kit.engine.handle(inbound);
      return {
        conversationId: result.conversationId,
        messageId: result.messageId,
        replies: repliesOf(result.actions).map((r) => ({
          text: r.text,
          ...(r.buttons ? { buttons: r.buttons, quickReplies: r.buttons.map((b) => b.label) } : {}),
        })),
        state: result.publicState,
        replayed: result.replayed,
      };
    },
  );

  // Operator replies and case updates reach a REST resident in the transcript; the integration reads them here.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/messages',
    {
      onRequest: requireIntegration(access),
      schema: {
        tags: ['messages'],
        summary: 'Read a resident’s transcript (operator replies and case updates arrive here)',
        querystring: transcriptQuery,
        security: access.kind === 'keys' ? [{ [BEARER_SECURITY]: [] }] : [],
        response: {
          200: transcriptResponse,
          400: errorResponse,
          401: errorResponse,
          403: errorResponse,
          429: errorResponse,
        },
      },
    },
    async (request) => {
      const client = integrationOf(access, request);
      const { after, limit } = request.query;
      const userId = scopedUserId(client, request.query.userId);
      // Reading a transcript opens the conversation when it is new.
      await limits.opening(request, `${CHANNEL}:${userId}`);
      const opened = await kit.transcript.open({ channel: CHANNEL, userId }, 200);
      const messages = opened.history
        .filter((m) => after === undefined || Number(m.id) > after)
        .slice(-limit);
      return { conversationId: opened.conversationId, messages };
    },
  );
}
