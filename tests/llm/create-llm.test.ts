import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../src/config.js';
import { createLlm } from '../../src/llm/create-llm.js';
import { LlmApiError, LlmOutputError, LlmUnavailableError } from '../../src/llm/errors.js';
import type { LlmMessage } from '../../src/llm/types.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { llmFor, recordingLogger } from './fixtures.js';

const schema = z.object({ intent: z.enum(['greet', 'apply']), confidence: z.number().min(0).max(1) });
const messages: LlmMessage[] = [
  { role: 'system', content: '你是理解模块。' },
  { role: 'user', content: '我想问问' },
];

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
});

describe('configuration of the optional LLM', () => {
  it('with no LLM configured createLlm returns undefined and nothing calls the network', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const config = loadConfig({});
      expect(config.LLM_TIMEOUT_MS).toBe(1200);
      expect(createLlm(config)).toBeUndefined();
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(server.requests).toHaveLength(0);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('needs all three of base URL, key and model, and treats empty strings as unset', () => {
    const full = {
      OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1',
      OPENAI_API_KEY: 'sk-x',
      LLM_MODEL: 'qwen-plus',
    };
    expect(createLlm(loadConfig(full))).toBeDefined();
    expect(createLlm(loadConfig({ ...full, OPENAI_API_KEY: '' }))).toBeUndefined();
    expect(createLlm(loadConfig({ ...full, LLM_MODEL: ' ' }))).toBeUndefined();
    expect(createLlm(loadConfig({ ...full, OPENAI_BASE_URL: '' }))).toBeUndefined();
  });

  it('stops the start on a base URL or timeout it cannot use', () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: 'api.deepseek.com' })).toThrow(/OPENAI_BASE_URL: an http/);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: '50' })).toThrow(/LLM_TIMEOUT_MS/);
    expect(loadConfig({ LLM_TIMEOUT_MS: '4000' }).LLM_TIMEOUT_MS).toBe(4000);
  });

  it('warns at creation when LangChain tracing would send residents’ messages elsewhere', () => {
    const logger = recordingLogger();
    createLlm(
      { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'k', LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: 1000 },
      { logger, env: { LANGSMITH_TRACING: 'true' } },
    );
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]!.obj).toEqual({ variables: ['LANGSMITH_TRACING'] });
  });
});

describe('the LangChain client against an OpenAI-protocol server', () => {
  it('asks for a forced tool call with the zod schema and returns the parsed arguments', async () => {
    server.reply({ kind: 'structured', arguments: { intent: 'apply', confidence: 0.8 } });
    const answer = await llmFor(server).structured(schema, messages, {
      timeoutMs: 2000,
      name: 'understand_message',
    });
    expect(answer).toEqual({ intent: 'apply', confidence: 0.8 });

    const [request] = server.requests;
    expect(request!.headers.authorization).toBe(`Bearer ${server.apiKey}`);
    expect(request!.body!.model).toBe('fake-model');
    expect(request!.body!.messages).toEqual([
      { role: 'system', content: '你是理解模块。' },
      { role: 'user', content: '我想问问' },
    ]);
    expect(request!.body!.tool_choice).toEqual({
      type: 'function',
      function: { name: 'understand_message' },
    });
    expect(request!.body!.tools![0]!.function.parameters).toMatchObject({
      type: 'object',
      properties: { intent: { enum: ['greet', 'apply'] } },
      required: ['intent', 'confidence'],
    });
  });

  it('can use response_format json_schema instead, for servers that prefer it', async () => {
    server.reply({ kind: 'structured', arguments: { intent: 'greet', confidence: 0.7 } });
    const llm = createLlm(
      {
        OPENAI_BASE_URL: server.baseURL,
        OPENAI_API_KEY: server.apiKey,
        LLM_MODEL: 'fake-model',
        LLM_TIMEOUT_MS: 2000,
      },
      { method: 'jsonSchema' },
    )!;
    expect(await llm.structured(schema, messages, { timeoutMs: 2000 })).toEqual({
      intent: 'greet',
      confidence: 0.7,
    });
    expect(server.completions()[0]!.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'answer' },
    });
  });

  it('keeps "the API answered with an error" apart from "the network failed" and "the answer did not fit"', async () => {
    const llm = llmFor(server);
    const call = (): Promise<unknown> =>
      llm.structured(schema, messages, { timeoutMs: 2000 }).catch((error: unknown) => error);

    server.reply({ kind: 'error', status: 500 });
    expect(await call()).toMatchObject({ name: 'LlmApiError', status: 500 });
    server.reply({ kind: 'error', status: 429 });
    expect(await call()).toMatchObject({ name: 'LlmApiError', status: 429, apiCode: 'rate_limit_exceeded' });

    const wrongKey = await llmFor(server, { apiKey: 'sk-wrong' })
      .structured(schema, messages, { timeoutMs: 2000 })
      .catch((error: unknown) => error);
    expect(wrongKey).toBeInstanceOf(LlmApiError);
    expect(wrongKey).toMatchObject({ status: 401, apiCode: 'invalid_api_key' });

    server.reply({ kind: 'malformed', part: 'arguments' });
    expect(await call()).toBeInstanceOf(LlmOutputError);
    server.reply({ kind: 'malformed', part: 'body' });
    expect(await call()).toBeInstanceOf(LlmOutputError);
    server.reply({ kind: 'structured', arguments: { intent: 'dance', confidence: 0.9 } });
    expect(await call()).toBeInstanceOf(LlmOutputError);
    server.reply({ kind: 'text', content: '我觉得是打招呼。' });
    expect(await call()).toBeInstanceOf(LlmOutputError);

    const down = createLlm({
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
      OPENAI_API_KEY: 'k',
      LLM_MODEL: 'm',
      LLM_TIMEOUT_MS: 2000,
    })!;
    const unreachable = await down
      .structured(schema, messages, { timeoutMs: 2000 })
      .catch((error: unknown) => error);
    expect(unreachable).toBeInstanceOf(LlmUnavailableError);
    expect(unreachable).toMatchObject({ reason: 'network' });
  });

  it('gives up at the timeout and cancels the request it abandoned', async () => {
    server.reply({ kind: 'structured', arguments: { intent: 'greet', confidence: 0.9 }, delayMs: 5000 });
    const started = performance.now();
    const error = await llmFor(server)
      .structured(schema, messages, { timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(200 + 150);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect(error).toMatchObject({ reason: 'timeout' });
    await vi.waitFor(() => expect(server.requests[0]!.aborted).toBe(true), { timeout: 2000 });
  });

  it('stops at once when the caller aborts', async () => {
    server.reply({ kind: 'structured', arguments: { intent: 'greet', confidence: 0.9 }, delayMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await llmFor(server)
      .structured(schema, messages, { timeoutMs: 2000, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LlmUnavailableError', reason: 'aborted' });
  });
});

describe('the fake server speaks the OpenAI protocol', () => {
  it('lists models and refuses a wrong key with the OpenAI error shape', async () => {
    const models = await fetch(`${server.baseURL}/models`, {
      headers: { authorization: `Bearer ${server.apiKey}` },
    });
    expect(await models.json()).toMatchObject({
      object: 'list',
      data: [{ id: 'fake-model', object: 'model' }],
    });
    const refused = await fetch(`${server.baseURL}/models`, { headers: { authorization: 'Bearer nope' } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      error: { type: 'invalid_request_error', code: 'invalid_api_key' },
    });
  });

  it('streams tool-call arguments as SSE chunks the openai client reassembles', async () => {
    server.reply({ kind: 'structured', arguments: { intent: 'apply', confidence: 0.75 } });
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: server.apiKey, maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'fake-model',
      messages: [{ role: 'user', content: '我要申请低保' }],
      tools: [{ type: 'function', function: { name: 'understand_message', parameters: { type: 'object' } } }],
      tool_choice: { type: 'function', function: { name: 'understand_message' } },
      stream: true,
      stream_options: { include_usage: true },
    });
    let args = '';
    let finish: string | null = null;
    let usage = false;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      const choice = chunk.choices[0];
      args += choice?.delta.tool_calls?.[0]?.function?.arguments ?? '';
      finish = choice?.finish_reason ?? finish;
      usage ||= chunk.usage != null;
    }
    expect(JSON.parse(args)).toEqual({ intent: 'apply', confidence: 0.75 });
    expect(finish).toBe('stop');
    expect(usage).toBe(true);
  });

  it('answers a non-streaming request with the full chat.completion shape', async () => {
    server.reply({ kind: 'text', content: '您好' });
    const client = new OpenAI({ baseURL: server.baseURL, apiKey: server.apiKey, maxRetries: 0 });
    const completion = await client.chat.completions.create({
      model: 'fake-model',
      messages: [{ role: 'user', content: '你好' }],
    });
    expect(completion).toMatchObject({
      object: 'chat.completion',
      model: 'fake-model',
      choices: [{ index: 0, message: { role: 'assistant', content: '您好' }, finish_reason: 'stop' }],
      usage: { total_tokens: expect.any(Number) as number },
    });
    await expect(
      client.chat.completions.create({
        model: 'no-such-model',
        messages: [{ role: 'user', content: '你好' }],
      }),
    ).rejects.toMatchObject({
      status: 404,
      code: 'model_not_found',
    });
  });
});
