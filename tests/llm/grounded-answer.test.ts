import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyAnswer, PolicyDocument, SearchHit } from '../../src/knowledge/types.js';
import { createGroundedAnswerer } from '../../src/llm/grounded-answer.js';
import { loadLlmPrompts, type LlmPrompts } from '../../src/llm/prompts.js';
import {
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type FakeReply,
} from '../helpers/fake-openai-server.js';
import { llmFor, recordingLogger, type RecordingLogger } from './fixtures.js';

const DOCUMENTS: PolicyDocument[] = [
  {
    id: 'town-2024-7',
    title: '某县城乡最低生活保障实施细则',
    issuer: '某县民政局',
    docNumber: '某民发〔2024〕7号',
    date: '2024-03-01',
    region: '某县',
  },
  {
    id: 'province-2016',
    title: '关于做好临时救助工作的通知',
    issuer: '某省民政厅',
    date: '2016-06-07',
    region: '某省',
  },
];

const HITS: SearchHit[] = [
  {
    documentId: 'town-2024-7',
    title: '某县城乡最低生活保障实施细则',
    section: '三、保障标准 › （一）标准',
    text: '城乡低保标准为每人每月1050元，由县人民政府每年公布一次。',
    score: 12.5,
  },
  {
    documentId: 'province-2016',
    title: '关于做好临时救助工作的通知',
    section: '二、工作程序 › 2．审核审批',
    text: '乡镇人民政府（街道办事处）应当自受理申请之日起十个工作日内完成审核。',
    score: 8.1,
  },
];

const OFFLINE: PolicyAnswer = {
  answerable: true,
  text: '某县的文件是这样规定的：城乡低保标准为每人每月1050元，由县人民政府每年公布一次。\n依据：《某县城乡最低生活保障实施细则》（某民发〔2024〕7号）三、保障标准 › （一）标准',
  citations: [
    {
      documentId: 'town-2024-7',
      title: '某县城乡最低生活保障实施细则',
      docNumber: '某民发〔2024〕7号',
      section: '三、保障标准 › （一）标准',
    },
  ],
  region: '某县',
};

const QUESTION = '我们这里低保一个月能拿多少钱';

function says(...sentences: { text: string; citations: string[] }[]): FakeReply {
  return { kind: 'structured', arguments: { sentences } };
}

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

function answerer(timeoutMs = 1000): ReturnType<typeof createGroundedAnswerer> {
  logger = recordingLogger();
  return createGroundedAnswerer({
    llm: llmFor(server),
    prompt: prompts.groundedAnswer,
    timeoutMs,
    logger,
    documents: DOCUMENTS,
  });
}

describe('policy answers phrased by the LLM', () => {
  it('composes the answer only from the numbered passages, with citation lines like the offline answer', async () => {
    server.reply(
      says(
        { text: '按某县的规定，城乡低保标准是每人每月1050元。', citations: ['P1'] },
        { text: '申请后，乡镇一般在十个工作日内审核完。', citations: ['P2'] },
      ),
    );
    const answer = await answerer().answer(QUESTION, HITS, OFFLINE);
    expect(answer).toEqual({
      answerable: true,
      text: [
        '按某县的规定，城乡低保标准是每人每月1050元。申请后，乡镇一般在十个工作日内审核完。',
        '依据：《某县城乡最低生活保障实施细则》（某民发〔2024〕7号）三、保障标准 › （一）标准',
        '依据：《关于做好临时救助工作的通知》（某省民政厅，2016-06-07）二、工作程序 › 2．审核审批',
      ].join('\n'),
      citations: [
        {
          documentId: 'town-2024-7',
          title: '某县城乡最低生活保障实施细则',
          docNumber: '某民发〔2024〕7号',
          section: '三、保障标准 › （一）标准',
        },
        {
          documentId: 'province-2016',
          title: '关于做好临时救助工作的通知',
          section: '二、工作程序 › 2．审核审批',
        },
      ],
      region: '某县',
    });

    const request = server.completions()[0]!;
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'grounded_answer' } });
    const user = String(request.messages[1]!.content);
    expect(user).toContain(
      '[P1] 《某县城乡最低生活保障实施细则》（某民发〔2024〕7号）三、保障标准 › （一）标准｜适用地区：某县',
    );
    expect(user).toContain('城乡低保标准为每人每月1050元');
    expect(user).toContain('[P2]');
    expect(user).toContain(QUESTION);
    expect(String(request.messages[0]!.content)).toMatch(/绝不编造金额/);
  });

  it('an invented citation is dropped', async () => {
    server.reply(
      says(
        { text: '城乡低保标准是每人每月1050元。', citations: ['P1', 'P7'] },
        { text: '低保金每季度发放一次。', citations: ['P9'] },
      ),
    );
    const answer = await answerer().answer(QUESTION, HITS, OFFLINE);
    expect(answer.text).toBe(
      '城乡低保标准是每人每月1050元。\n依据：《某县城乡最低生活保障实施细则》（某民发〔2024〕7号）三、保障标准 › （一）标准',
    );
    expect(answer.citations.map((c) => c.documentId)).toEqual(['town-2024-7']);
    expect(logger.lines.find((l) => l.level === 'debug')!.obj).toMatchObject({
      inventedCitations: 2,
      droppedUncited: 1,
    });
  });

  it('a sentence that cites nothing is dropped', async () => {
    server.reply(
      says(
        { text: '城乡低保标准由县人民政府每年公布一次。', citations: ['P1'] },
        { text: '您放心，政府一定会照顾好您的。', citations: [] },
      ),
    );
    const answer = await answerer().answer(QUESTION, HITS, OFFLINE);
    expect(answer.text.split('\n')[0]).toBe('城乡低保标准由县人民政府每年公布一次。');
  });

  it('a sentence with a figure not in the passages is dropped', async () => {
    server.reply(
      says(
        { text: '城乡低保标准是每人每月一千零五十元。', citations: ['P1'] },
        { text: '残疾人还可以再多领200元。', citations: ['P1'] },
        { text: '特殊困难家庭可以上浮百分之二十。', citations: ['P1'] },
        // The figure is in a passage, but not in the one this sentence cites.
        { text: '审核在十个工作日内完成。', citations: ['P1'] },
      ),
    );
    const answer = await answerer().answer(QUESTION, HITS, OFFLINE);
    expect(answer.text.split('\n')[0]).toBe('城乡低保标准是每人每月一千零五十元。');
    expect(logger.lines.find((l) => l.level === 'debug')!.obj).toMatchObject({ droppedUnsupportedFigure: 3 });
  });

  it('passage ids written inside a sentence are taken out of the text', async () => {
    server.reply(says({ text: '城乡低保标准是每人每月1050元[P1]', citations: ['[P1]'] }));
    const answer = await answerer().answer(QUESTION, HITS, OFFLINE);
    expect(answer.text.split('\n')[0]).toBe('城乡低保标准是每人每月1050元。');
  });

  it('when no sentence survives, the offline answer is given', async () => {
    server.reply(
      says({ text: '每月能领2000元。', citations: ['P1'] }, { text: '还有过节费。', citations: ['P5'] }),
    );
    expect(await answerer().answer(QUESTION, HITS, OFFLINE)).toBe(OFFLINE);
    expect(logger.lines.find((l) => l.level === 'warn')!.msg).toMatch(/no LLM sentence was grounded/);

    server.reply(says());
    expect(await answerer().answer(QUESTION, HITS, OFFLINE)).toBe(OFFLINE);
  });

  it('no phone or ID number in the question is sent to the LLM', async () => {
    server.reply(says({ text: '城乡低保标准是每人每月1050元。', citations: ['P1'] }));
    await answerer().answer('我电话139 1234 5678，低保一个月多少钱', HITS, OFFLINE);
    const sent = JSON.stringify(server.completions()[0]!.messages);
    expect(sent).toContain('我电话〔手机号〕，低保一个月多少钱');
    expect(sent).not.toMatch(/139.?1234/);
  });

  it('an abstention is never sent to the LLM', async () => {
    const abstention: PolicyAnswer = {
      answerable: false,
      text: '抱歉，我这里的政策文件没有讲到这个问题……',
      citations: [],
    };
    expect(await answerer().answer('明天天气怎么样', HITS, abstention)).toBe(abstention);
    expect(await answerer().answer(QUESTION, [], OFFLINE)).toBe(OFFLINE);
    expect(server.requests).toHaveLength(0);
  });
});

describe('policy answers when the LLM fails', () => {
  it('an LLM that times out falls back to the offline answer within the timeout (+ small margin)', async () => {
    server.reply({ ...says({ text: '城乡低保标准是每人每月1050元。', citations: ['P1'] }), delayMs: 5000 });
    const started = performance.now();
    const answer = await answerer(300).answer(QUESTION, HITS, OFFLINE);
    expect(performance.now() - started).toBeLessThan(300 + 150);
    expect(answer).toBe(OFFLINE);
    expect(logger.lines).toMatchObject([
      { level: 'warn', obj: { error: 'LlmUnavailableError', reason: 'timeout', purpose: 'policy_answer' } },
    ]);
  });

  it('a 500 from the LLM falls back offline', async () => {
    server.reply({ kind: 'error', status: 500 });
    expect(await answerer().answer(QUESTION, HITS, OFFLINE)).toBe(OFFLINE);
    expect(logger.lines[0]).toMatchObject({ level: 'warn', obj: { error: 'LlmApiError', status: 500 } });
    expect(logger.dump()).not.toContain(QUESTION);
  });

  it('a 429 or a malformed answer falls back offline', async () => {
    server.reply({ kind: 'error', status: 429 }, { kind: 'malformed', part: 'body' });
    expect(await answerer().answer(QUESTION, HITS, OFFLINE)).toBe(OFFLINE);
    expect(await answerer().answer(QUESTION, HITS, OFFLINE)).toBe(OFFLINE);
  });
});
