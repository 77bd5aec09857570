import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toPublicState } from '../../engine/public-state.js';
import type { Services } from '../../services.js';
import { MAX_MESSAGE_CHARS } from '../../text/limits.js';
import { AppError } from '../../errors.js';
import { repliesOf } from '../replies-of.js';
import { isStorableId, residentText } from '../resident-text.js';

const MAX_TEXT_CHARS = MAX_MESSAGE_CHARS;

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
});

const replySchema = z.object({ text: z.string(), quickReplies: z.array(z.string()).optional() });

const messageResponse = z.object({
  conversationId: z.string(),
  messageId: z.string(),
  replies: z.array(replySchema),
  state: z.object({
    topic: z.string().nullable(),
    urgency: z.enum(['critical', 'high', 'none']),
    turnCount: z.number().int(),
    form: z
      .object({
        type: z.string(),
        stage: z.enum(['choose_type', 'consent', 'filling', 'confirming', 'choose_edit', 'resume']),
        step: z.number().int(),
        total: z.number().int(),
        missing: z.array(z.string()),
        asking: z.string().optional(),
        askingFields: z.array(z.string()).optional(),
      })
      .optional()
      .describe('Present while an application form is open'),
    caseNo: z.string().optional().describe('Receipt number of the case registered in this conversation'),
  }),
  replayed: z.boolean(),
});

const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** The REST channel for integrations: POST /api/v1/messages runs one turn (idempotent by messageId). */
export function registerRestMessagesRoute(app: FastifyInstance, services: Services): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/v1/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'Send one resident message and get the bot replies',
        body: messageBody,
        response: { 200: messageResponse, 400: errorResponse, 503: errorResponse },
      },
    },
    async (request) => {
      const { userId, messageId } = request.body;
      // NUL dropped and lone surrogates replaced before anything reads or stores the text (see residentText).
      const text = residentText(request.body.text).trim();
      if (text.length === 0) throw new AppError('bad_request', '消息不能为空。');
      const result = await services.engine.handle({
        channel: 'rest',
        userId,
        messageId: messageId ?? randomUUID(),
        text,
        at: services.clock.now(),
      });
      return {
        conversationId: result.conversationId,
        messageId: result.messageId,
        replies: repliesOf(result.actions),
        state: toPublicState(result.state, (type) => services.forms.forType(type)),
        replayed: result.replayed,
      };
    },
  );
}
