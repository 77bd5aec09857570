/**
 * A local server that speaks the OpenAI chat-completions protocol (the non-streaming JSON and the SSE
 * stream), so the real openai/LangChain client code runs in tests without the internet. Each test scripts
 * the replies; the server records every request it got.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body, when there was one. */
  body: ChatCompletionRequest | undefined;
  /** True when the client hung up before the server answered (it gave up waiting). */
  aborted: boolean;
}

/** The parts of a chat-completions request body the server looks at. */
export interface ChatCompletionRequest {
  model: string;
  messages: { role: string; content: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  tools?: { type: 'function'; function: { name: string; description?: string; parameters?: unknown } }[];
  tool_choice?: 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };
  response_format?: {
    type: 'text' | 'json_object' | 'json_schema';
    json_schema?: { name: string; schema?: unknown };
  };
  [key: string]: unknown;
}

/** A scripted reply. Every kind may wait `delayMs` first (the answer is dropped if the client hangs up). */
export type FakeReply =
  | {
      /** Structured arguments: a tool call when the request had `tools`, JSON content otherwise. */
      kind: 'structured';
      arguments: unknown;
      delayMs?: number;
    }
  | { kind: 'text'; content: string; delayMs?: number }
  | { kind: 'error'; status: number; message?: string; type?: string; code?: string | null; delayMs?: number }
  | {
      /** `arguments`: the tool arguments (or JSON content) are cut short; `body`: the HTTP body is not JSON. */
      kind: 'malformed';
      part: 'arguments' | 'body';
      delayMs?: number;
    };

/** A reply, or a function choosing one from the request (e.g. to cite the passages it was sent). */
export type FakeReplyScript = FakeReply | ((request: ChatCompletionRequest) => FakeReply);

/** The running fake server. */
export interface FakeOpenAiServer {
  /** Base URL to give the client, ending in /v1. */
  readonly baseURL: string;
  readonly apiKey: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Queues replies, one per chat-completions request, in order. */
  reply(...replies: FakeReplyScript[]): void;
  /** The reply used once the queue is empty (without one, an unscripted request gets a 500). */
  always(reply: FakeReplyScript): void;
  /** The chat-completions requests received, bodies only. */
  completions(): ChatCompletionRequest[];
  /** Forgets the scripted replies and the recorded requests, between tests. */
  reset(): void;
  close(): Promise<void>;
}

/** Options of startFakeOpenAiServer. */
export interface FakeOpenAiOptions {
  apiKey?: string;
  models?: string[];
}

const CREATED = 1_700_000_000;

function openAiError(
  res: ServerResponse,
  status: number,
  message: string,
  type: string,
  code: string | null,
): void {
  sendJson(res, status, { error: { message, type, param: null, code } });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': `req_${randomUUID().replaceAll('-', '')}`,
    'openai-processing-ms': '12',
  });
  res.end(text);
}

function defaultError(status: number): { type: string; code: string | null; message: string } {
  if (status === 429)
    return { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached for requests' };
  if (status === 401)
    return { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' };
  if (status === 404)
    return { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist.' };
  if (status >= 500)
    return {
      type: 'server_error',
      code: null,
      message: 'The server had an error while processing your request.',
    };
  return { type: 'invalid_request_error', code: null, message: 'Invalid request.' };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

// The tool the model "calls": the forced one, else the first offered.
function toolName(request: ChatCompletionRequest): string | undefined {
  const choice = request.tool_choice;
  if (choice && typeof choice === 'object') return choice.function.name;
  return request.tools?.[0]?.function.name;
}

interface Completion {
  content: string | null;
  toolCall?: { id: string; name: string; arguments: string };
  finishReason: 'stop' | 'tool_calls';
}

function completionFor(
  request: ChatCompletionRequest,
  reply: Extract<FakeReply, { kind: 'structured' | 'text' | 'malformed' }>,
): Completion {
  if (reply.kind === 'text') return { content: reply.content, finishReason: 'stop' };
  const json =
    reply.kind === 'structured' ? JSON.stringify(reply.arguments) : '{"intent": "ask_policy", "confi';
  const name = request.tools && request.tool_choice !== 'none' ? toolName(request) : undefined;
  if (name === undefined) return { content: json, finishReason: 'stop' };
  // OpenAI reports `stop`, not `tool_calls`, when the request forced a named function.
  const forced = typeof request.tool_choice === 'object';
  return {
    content: null,
    toolCall: { id: `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`, name, arguments: json },
    finishReason: forced ? 'stop' : 'tool_calls',
  };
}

function usageOf(request: ChatCompletionRequest, completion: Completion): Record<string, unknown> {
  const prompt = JSON.stringify(request.messages).length;
  const output = (completion.content ?? completion.toolCall?.arguments ?? '').length;
  return {
    prompt_tokens: prompt,
    completion_tokens: output,
    total_tokens: prompt + output,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function sendCompletion(res: ServerResponse, request: ChatCompletionRequest, completion: Completion): void {
  const message: Record<string, unknown> = {
    role: 'assistant',
    content: completion.content,
    refusal: null,
    annotations: [],
  };
  if (completion.toolCall) {
    const { id, name, arguments: args } = completion.toolCall;
    message.tool_calls = [{ id, type: 'function', function: { name, arguments: args } }];
  }
  sendJson(res, 200, {
    id: `chatcmpl-${randomUUID().replaceAll('-', '')}`,
    object: 'chat.completion',
    created: CREATED,
    model: request.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: completion.finishReason }],
    usage: usageOf(request, completion),
    service_tier: 'default',
    system_fingerprint: 'fp_fake',
  });
}

// Pieces of a few characters each, as a real stream delivers them.
function pieces(text: string, size = 7): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function sendStream(res: ServerResponse, request: ChatCompletionRequest, completion: Completion): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
  const includeUsage = request.stream_options?.include_usage === true;
  const chunk = (delta: Record<string, unknown>, finishReason: string | null): void => {
    const body = {
      id,
      object: 'chat.completion.chunk',
      created: CREATED,
      model: request.model,
      system_fingerprint: 'fp_fake',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(includeUsage ? { usage: null } : {}),
    };
    res.write(`data: ${JSON.stringify(body)}\n\n`);
  };
  if (completion.toolCall) {
    const { id: callId, name, arguments: args } = completion.toolCall;
    chunk(
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ index: 0, id: callId, type: 'function', function: { name, arguments: '' } }],
        refusal: null,
      },
      null,
    );
    for (const piece of pieces(args))
      chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }, null);
  } else {
    chunk({ role: 'assistant', content: '', refusal: null }, null);
    for (const piece of pieces(completion.content ?? '')) chunk({ content: piece }, null);
  }
  chunk({}, completion.finishReason);
  if (includeUsage) {
    const usage = {
      id,
      object: 'chat.completion.chunk',
      created: CREATED,
      model: request.model,
      choices: [],
      usage: usageOf(request, completion),
    };
    res.write(`data: ${JSON.stringify(usage)}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}

function validate(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return 'We could not parse the JSON body of your request.';
  const request = body as Partial<ChatCompletionRequest>;
  if (typeof request.model !== 'string' || request.model === '') return 'you must provide a model parameter';
  if (!Array.isArray(request.messages) || request.messages.length === 0)
    return "[] is too short - 'messages'";
  const choice = request.tool_choice;
  if (
    choice &&
    typeof choice === 'object' &&
    !request.tools?.some((t) => t.function.name === choice.function.name)
  ) {
    return `Invalid value for 'tool_choice': function '${choice.function.name}' is not in 'tools'.`;
  }
  return undefined;
}

/** The environment that points the app's LLM client at this server, with `model` as LLM_MODEL. */
export function llmEnv(server: FakeOpenAiServer, model: string): Record<string, string> {
  return { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: server.apiKey, LLM_MODEL: model };
}

/** Starts the fake server on 127.0.0.1 on a free port. */
export async function startFakeOpenAiServer(options: FakeOpenAiOptions = {}): Promise<FakeOpenAiServer> {
  const apiKey = options.apiKey ?? 'sk-test-yimen';
  const models = options.models ?? ['fake-model'];
  const requests: RecordedRequest[] = [];
  const queue: FakeReplyScript[] = [];
  let fallback: FakeReplyScript | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body: body as ChatCompletionRequest | undefined,
      aborted: false,
    };
    requests.push(record);

    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      const message = req.headers.authorization
        ? 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.'
        : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.";
      openAiError(
        res,
        401,
        message,
        'invalid_request_error',
        req.headers.authorization ? 'invalid_api_key' : null,
      );
      return;
    }
    if (req.method === 'GET' && path === '/v1/models') {
      sendJson(res, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'yimen-tests' })),
      });
      return;
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      openAiError(res, 404, `Invalid URL (${req.method ?? 'GET'} ${path})`, 'invalid_request_error', null);
      return;
    }
    const problem = validate(body);
    if (problem !== undefined) {
      openAiError(res, 400, problem, 'invalid_request_error', null);
      return;
    }
    const request = body as ChatCompletionRequest;
    if (!models.includes(request.model)) {
      openAiError(
        res,
        404,
        `The model \`${request.model}\` does not exist or you do not have access to it.`,
        'invalid_request_error',
        'model_not_found',
      );
      return;
    }
    const script = queue.shift() ?? fallback;
    const reply: FakeReply =
      typeof script === 'function'
        ? script(request)
        : (script ?? { kind: 'error', status: 500, message: 'no reply scripted for this request' });

    if (reply.delayMs) {
      const waited = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), reply.delayMs);
        res.once('close', () => {
          clearTimeout(timer);
          resolve(false);
        });
      });
      if (!waited) {
        record.aborted = true;
        return;
      }
    }
    switch (reply.kind) {
      case 'error': {
        const fallbackError = defaultError(reply.status);
        openAiError(
          res,
          reply.status,
          reply.message ?? fallbackError.message,
          reply.type ?? fallbackError.type,
          reply.code === undefined ? fallbackError.code : reply.code,
        );
        return;
      }
      case 'malformed':
        if (reply.part === 'body') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"id": "chatcmpl-broken", "object": "chat.completion", "choices": [{"index": 0, "mess');
          return;
        }
        break;
      case 'structured':
      case 'text':
        break;
    }
    const completion = completionFor(request, reply);
    if (request.stream) sendStream(res, request, completion);
    else sendCompletion(res, request, completion);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        openAiError(
          res,
          500,
          error instanceof Error ? error.message : 'fake server failure',
          'server_error',
          null,
        );
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${String(port)}/v1`,
    apiKey,
    requests,
    reply: (...replies) => void queue.push(...replies),
    always: (reply) => void (fallback = reply),
    reset() {
      queue.length = 0;
      fallback = undefined;
      requests.length = 0;
    },
    completions: () =>
      requests.filter((r) => r.path === '/v1/chat/completions' && r.body).map((r) => r.body!),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
