import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLlmUnderstanding, type LlmUnderstanding } from '../../src/llm/nlu-fallback.js';
import { loadLlmPrompts, type LlmPrompts } from '../../src/llm/prompts.js';
import type { Nlu, ParseResult } from '../../src/nlu/types.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { llmFor, recordingLogger, VALID_ID, WRONG_CHECK_ID, type RecordingLogger } from './fixtures.js';

const NOT_URGENT: ParseResult['urgency'] = { level: 'none', reasons: [] };

// The real NLU is built elsewhere; this double answers whatever the test says the offline NLU would.
function offlineNlu(result: Partial<ParseResult>): Nlu & { calls: number } {
  const nlu = {
    calls: 0,
    parse(): ParseResult {
      nlu.calls++;
      return {
        intent: { name: 'out_of_scope', confidence: 0.3 },
        entities: [],
        urgency: NOT_URGENT,
        ...result,
      };
    },
  };
  return nlu;
}

function llmSays(answer: LlmUnderstanding, delayMs?: number): Parameters<FakeOpenAiServer['reply']>[0] {
  return { kind: 'structured', arguments: answer, ...(delayMs === undefined ? {} : { delayMs }) };
}

const LONG_MESSAGE =
  '你好，我叫王秀英，今年七十三岁了，住在江阴市澄江街道虹桥社区，老伴去年走了，家里就我一个人，每个月只有几百块钱养老金，想问问能不能办低保';

let server: FakeOpenAiServer;
let prompts: LlmPrompts;
let logger: RecordingLogger;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
  prompts = await loadLlmPrompts();
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
});

function understanding(nlu: Nlu, timeoutMs = 1000): ReturnType<typeof createLlmUnderstanding> {
  logger = recordingLogger();
  return createLlmUnderstanding({ llm: llmFor(server), nlu, prompt: prompts.nluFallback, timeoutMs, logger });
}

describe('the LLM fallback for understanding', () => {
  it('a low-confidence message is classified by the LLM when one is configured', async () => {
    server.reply(llmSays({ intent: 'ask_policy', confidence: 0.85, entities: [] }));
    const result = await understanding(
      offlineNlu({ intent: { name: 'out_of_scope', confidence: 0.35 } }),
    ).understand('俺家那口子没了咋整');
    expect(result.intent).toEqual({ name: 'ask_policy', confidence: 0.85 });

    const request = server.completions()[0]!;
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'understand_message' } });
    expect(JSON.stringify(request.messages)).toContain('俺家那口子没了咋整');
    expect(request.messages[0]!.content).toContain('report_urgent');
  });

  it('reuses the offline result the caller already computed for its urgency check', async () => {
    server.reply(llmSays({ intent: 'apply', confidence: 0.8, entities: [] }));
    const nlu = offlineNlu({});
    const offline = nlu.parse('');
    const result = await understanding(nlu).understand('那个事', { offline });
    expect(nlu.calls).toBe(1);
    expect(result.intent).toEqual({ name: 'apply', confidence: 0.8 });
  });

  it('a short, confident message never calls the LLM', async () => {
    const offline = { intent: { name: 'greet' as const, confidence: 0.97 } };
    const result = await understanding(offlineNlu(offline)).understand('你好');
    expect(result.intent).toEqual(offline.intent);
    expect(server.requests).toHaveLength(0);
  });

  it('an unsure LLM does not replace the offline intent', async () => {
    server.reply(llmSays({ intent: 'complaint', confidence: 0.4, entities: [] }));
    const result = await understanding(
      offlineNlu({ intent: { name: 'ask_policy', confidence: 0.5 } }),
    ).understand('这个事怎么说呢');
    expect(result.intent).toEqual({ name: 'ask_policy', confidence: 0.5 });
  });

  it('the LLM never changes the urgency', async () => {
    server.reply(llmSays({ intent: 'report_urgent', confidence: 0.99, entities: [] }));
    const result = await understanding(
      offlineNlu({ intent: { name: 'out_of_scope', confidence: 0.2 } }),
    ).understand('我不想活了这首歌真好听');
    expect(result.urgency).toEqual(NOT_URGENT);
    // An LLM "report_urgent" would be an urgency verdict by another name: the offline intent stays.
    expect(result.intent).toEqual({ name: 'out_of_scope', confidence: 0.2 });
  });

  it('an urgent message never waits for the LLM', async () => {
    server.always(llmSays({ intent: 'greet', confidence: 0.99, entities: [] }, 3000));
    const urgency: ParseResult['urgency'] = { level: 'critical', reasons: ['有轻生念头'] };
    const nlu = offlineNlu({ intent: { name: 'report_urgent', confidence: 0.4 }, urgency });
    const started = performance.now();
    const result = await understanding(nlu).understand(`${LONG_MESSAGE}，我不想活了`);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.urgency).toEqual(urgency);
    expect(server.requests).toHaveLength(0);
  });

  it('an LLM that times out falls back to the offline answer within the timeout (+ small margin)', async () => {
    server.reply(llmSays({ intent: 'apply', confidence: 0.9, entities: [] }, 5000));
    const offline = { intent: { name: 'out_of_scope' as const, confidence: 0.3 } };
    const started = performance.now();
    const result = await understanding(offlineNlu(offline), 300).understand('那个补助的事');
    expect(performance.now() - started).toBeLessThan(300 + 150);
    expect(result.intent).toEqual(offline.intent);
    expect(logger.lines).toMatchObject([
      { level: 'warn', obj: { error: 'LlmUnavailableError', reason: 'timeout' } },
    ]);
  });

  it('a 500 from the LLM falls back offline and the warning carries no message text', async () => {
    server.reply({ kind: 'error', status: 500 });
    const offline = { intent: { name: 'out_of_scope' as const, confidence: 0.3 } };
    const result = await understanding(offlineNlu(offline)).understand(
      `我的电话是13912345678，身份证${VALID_ID}`,
    );
    expect(result.intent).toEqual(offline.intent);
    expect(logger.lines).toMatchObject([
      { level: 'warn', obj: { error: 'LlmApiError', status: 500, purpose: 'nlu' } },
    ]);
    expect(logger.dump()).not.toMatch(/13912345678|电话|110105/);
  });

  it('a wrong key is logged as such, so an operator knows what to fix', async () => {
    logger = recordingLogger();
    const wrongKey = createLlmUnderstanding({
      llm: llmFor(server, { apiKey: 'sk-wrong' }),
      nlu: offlineNlu({}),
      prompt: prompts.nluFallback,
      timeoutMs: 1000,
      logger,
    });
    await wrongKey.understand('嗯');
    expect(logger.lines[0]).toMatchObject({ level: 'warn', obj: { status: 401 } });
    expect(logger.lines[0]!.msg).toMatch(/OPENAI_API_KEY/);
  });

  it('an answer that does not fit the schema falls back offline', async () => {
    server.reply({ kind: 'malformed', part: 'arguments' });
    const offline = { intent: { name: 'deny' as const, confidence: 0.45 } };
    expect((await understanding(offlineNlu(offline)).understand('不太对吧')).intent).toEqual(offline.intent);
    expect(logger.lines[0]).toMatchObject({ level: 'warn', obj: { error: 'LlmOutputError' } });
  });
});

describe('entities from the LLM', () => {
  it('a long message gets the entities the offline extractors missed, and keeps the ones they found', async () => {
    server.reply(
      llmSays({
        intent: 'complaint',
        confidence: 0.99,
        entities: [
          { type: 'person_name', value: '王秀英', text: '王秀英' },
          { type: 'age', value: '73', text: '七十三岁' },
          { type: 'address', value: '江阴市澄江街道虹桥社区', text: '江阴市澄江街道虹桥社区' },
          { type: 'household_size', value: 1, text: '家里就我一个人' },
          { type: 'assistance_type', value: 'minimum_living', text: '低保' },
        ],
      }),
    );
    const offline: Partial<ParseResult> = {
      intent: { name: 'ask_policy', confidence: 0.9 },
      entities: [
        { type: 'age', value: 73, text: '七十三岁' },
        { type: 'assistance_type', value: 'minimum_living', text: '低保' },
      ],
    };
    const result = await understanding(offlineNlu(offline)).understand(LONG_MESSAGE);
    // The offline intent was confident, so the LLM's is ignored; only missing entity types are added.
    expect(result.intent).toEqual({ name: 'ask_policy', confidence: 0.9 });
    expect(result.entities).toEqual([
      { type: 'age', value: 73, text: '七十三岁' },
      { type: 'assistance_type', value: 'minimum_living', text: '低保' },
      { type: 'person_name', value: '王秀英', text: '王秀英' },
      { type: 'address', value: '江阴市澄江街道虹桥社区', text: '江阴市澄江街道虹桥社区' },
      { type: 'household_size', value: 1, text: '家里就我一个人' },
    ]);
  });

  it('an LLM id_number with a wrong check digit is not accepted', async () => {
    const message = `我要申请低保，我的身份证号码是${WRONG_CHECK_ID}，请帮我看看需要准备什么材料，谢谢你们了，我年纪大了不太会弄这些`;
    server.reply(
      llmSays({
        intent: 'apply',
        confidence: 0.9,
        entities: [{ type: 'id_number', value: WRONG_CHECK_ID, text: WRONG_CHECK_ID }],
      }),
    );
    const result = await understanding(offlineNlu({ intent: { name: 'apply', confidence: 0.9 } })).understand(
      message,
    );
    expect(result.entities).toEqual([]);
  });

  it('a valid id_number and phone the resident wrote are accepted, normalised', async () => {
    const spaced = `${VALID_ID.slice(0, 6)} ${VALID_ID.slice(6, 14)} ${VALID_ID.slice(14)}`;
    const message = `我叫李建国，身份证 ${spaced}，手机 139-1234-5678，住在江阴市青阳镇，家里三口人，想问问孩子上学有没有教育救助`;
    server.reply(
      llmSays({
        intent: 'ask_policy',
        confidence: 0.9,
        entities: [
          { type: 'id_number', value: VALID_ID, text: spaced },
          { type: 'phone', value: '13912345678', text: '139-1234-5678' },
        ],
      }),
    );
    const result = await understanding(
      offlineNlu({ intent: { name: 'ask_policy', confidence: 0.9 } }),
    ).understand(message);
    expect(result.entities).toEqual([
      { type: 'id_number', value: VALID_ID, text: spaced },
      { type: 'phone', value: '13912345678', text: '139-1234-5678' },
    ]);
  });

  it('an entity the resident never wrote is not accepted', async () => {
    server.reply(
      llmSays({
        intent: 'apply',
        confidence: 0.9,
        entities: [
          { type: 'id_number', value: VALID_ID, text: VALID_ID },
          { type: 'phone', value: '13800138000', text: '13800138000' },
          { type: 'person_name', value: '张三', text: '张三' },
          { type: 'assistance_type', value: 'pension', text: '低保' },
        ],
      }),
    );
    const result = await understanding(offlineNlu({ intent: { name: 'apply', confidence: 0.9 } })).understand(
      LONG_MESSAGE,
    );
    expect(result.entities).toEqual([]);
    expect(logger.lines.find((l) => l.level === 'debug')!.obj).toMatchObject({
      entitiesAdded: 0,
      entitiesRejected: 4,
    });
  });

  it('ID numbers and phones the offline NLU found are not sent to the LLM', async () => {
    const message = `我叫赵桂兰，身份证${VALID_ID}，电话13912345678，家住江阴市璜土镇，老伴住院花了好多钱，想问问医疗救助怎么申请`;
    server.reply(llmSays({ intent: 'apply', confidence: 0.9, entities: [] }));
    const offline: Partial<ParseResult> = {
      intent: { name: 'apply', confidence: 0.9 },
      entities: [
        { type: 'id_number', value: VALID_ID, text: VALID_ID },
        { type: 'phone', value: '13912345678', text: '13912345678' },
      ],
    };
    await understanding(offlineNlu(offline)).understand(message);
    const sent = JSON.stringify(server.completions()[0]!.messages);
    expect(sent).toContain('身份证〔身份证号〕，电话〔手机号〕');
    expect(sent).not.toContain(VALID_ID);
    expect(sent).not.toContain('13912345678');
  });

  it('the LLM does not overrule an ID number the offline check refused', async () => {
    const message = `我的身份证号码是${VALID_ID}，请问办理低保要带哪些材料，需要去哪里办，多长时间能办好，我年纪大了跑不动`;
    server.reply(
      llmSays({
        intent: 'ask_policy',
        confidence: 0.9,
        entities: [{ type: 'id_number', value: VALID_ID, text: VALID_ID }],
      }),
    );
    const offline: Partial<ParseResult> = {
      intent: { name: 'ask_policy', confidence: 0.9 },
      entities: [{ type: 'invalid_id_number', value: true, text: VALID_ID }],
    };
    const result = await understanding(offlineNlu(offline)).understand(message);
    expect(result.entities).toEqual(offline.entities);
  });
});
