import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ASSISTANCE_TYPES, INTENT_NAMES, isAssistanceType } from '../nlu/types.js';
import { requireIntegration, type RestAccess } from '../channels/rest/api-keys.js';
import type { Services } from '../services.js';
import { MAX_MESSAGE_CHARS } from '../text/limits.js';

const textBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, '内容不能为空')
    .max(MAX_MESSAGE_CHARS, `内容太长了，请不要超过${MAX_MESSAGE_CHARS}字`),
});

const parseResponse = z.object({
  intent: z.object({ name: z.enum(INTENT_NAMES), confidence: z.number() }),
  entities: z.array(
    z.object({
      type: z.string(),
      value: z.union([z.string(), z.number(), z.boolean()]),
      text: z.string().optional(),
    }),
  ),
  urgency: z.object({ level: z.enum(['critical', 'high', 'none']), reasons: z.array(z.string()) }),
});

const searchBody = z.object({
  query: z.string().trim().min(1, '问题不能为空').max(500, '问题太长了，请不要超过500字'),
  limit: z.number().int().min(1).max(20).optional(),
  region: z
    .string()
    .max(40)
    .optional()
    .describe('Locality of the asker, e.g. 江阴市; its documents are preferred'),
});

const searchResponse = z.object({
  answerable: z.boolean(),
  results: z.array(
    z.object({
      kind: z
        .enum(['document', 'programme'])
        .optional()
        .describe('a policy document passage or a part of a programme card'),
      documentId: z.string().describe('the document id, or programme:<assistance type> for a card'),
      title: z.string(),
      section: z.string(),
      text: z.string(),
      score: z.number(),
      assistanceType: z.enum(ASSISTANCE_TYPES).optional().describe('on card hits: the programme'),
      basis: z.string().optional().describe('on card hits: the regulations and sections its facts rest on'),
    }),
  ),
});

/** POST /api/v1/nlu/parse and POST /api/v1/kb/search: the offline understanding and retrieval, for integrations and tuning. */
export function registerUnderstandingRoutes(
  app: FastifyInstance,
  services: Services,
  access: RestAccess,
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // For integrations: the same key (or, without keys, this machine only) as the REST channel.
  const onRequest = requireIntegration(access);
  typed.post(
    '/api/v1/nlu/parse',
    {
      onRequest,
      schema: {
        tags: ['understanding'],
        summary: 'Intent, entities and urgency of one message (offline)',
        body: textBody,
        response: { 200: parseResponse },
      },
    },
    (request) => {
      const result = services.nlu.parse(request.body.text);
      return {
        ...result,
        entities: result.entities.filter(
          (e) => e.type !== 'assistance_type' || isAssistanceType(String(e.value)),
        ),
      };
    },
  );
  typed.post(
    '/api/v1/kb/search',
    {
      onRequest,
      schema: {
        tags: ['understanding'],
        summary:
          'Search the policy documents and programme cards; answerable says whether they cover the question',
        body: searchBody,
        response: { 200: searchResponse },
      },
    },
    (request) => {
      const { query, limit, region } = request.body;
      return services.knowledge.search(query, { ...(limit ? { limit } : {}), ...(region ? { region } : {}) });
    },
  );
}
