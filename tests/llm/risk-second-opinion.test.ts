import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PromptTemplate } from '../../src/llm/prompts.js';
import {
  createRiskSecondOpinion,
  LLM_REASON_PREFIX,
  loadRiskSecondOpinionPrompt,
  type RiskOpinion,
} from '../../src/llm/risk-second-opinion.js';
import { CALM, loadRiskData, type RiskAssessment, type RiskTaxonomy } from '../../src/nlu/risk/index.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../helpers/fake-openai-server.js';
import { llmFor, recordingLogger, VALID_ID } from './fixtures.js';

const RISK_DIR = fileURLToPath(new URL('../../risk', import.meta.url));

const CRITICAL: RiskAssessment = {
  level: 'critical',
  category: 'violence_now',
  categories: ['violence_now'],
  reasons: ['正在遭受暴力或暴力威胁'],
  signals: ['condition:violence_act'],
  source: 'rules',
};

let server: FakeOpenAiServer;
let prompt: PromptTemplate;
let taxonomy: RiskTaxonomy;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  prompt = await loadRiskSecondOpinionPrompt();
  taxonomy = (await loadRiskData(RISK_DIR)).taxonomy;
});
afterEach(() => server.reset());
afterAll(async () => {
  await server.close();
});

function says(opinion: RiskOpinion, delayMs?: number): Parameters<FakeOpenAiServer['reply']>[0] {
  return { kind: 'structured', arguments: opinion, ...(delayMs === undefined ? {} : { delayMs }) };
}

function secondOpinion(timeoutMs = 1000): ReturnType<typeof createRiskSecondOpinion> {
  return createRiskSecondOpinion({
    llm: llmFor(server),
    prompt,
    taxonomy,
    timeoutMs,
    logger: recordingLogger(),
  });
}

describe('the LLM second opinion on risk', () => {
  it('raises a message the offline detector left calm, to high at most, naming its category', async () => {
    server.reply(says({ level: 'high', category: 'suicide_passive', reason: '流露不想活的念头' }));
    const result = await secondOpinion().check('这日子过得真没意思 天天熬着', CALM);
    expect(result.level).toBe('high');
    expect(result.category).toBe('suicide_passive');
    expect(result.source).toBe('model');
    expect(result.reasons[0]).toContain(LLM_REASON_PREFIX);

    const request = server.completions()[0]!;
    expect(request.tool_choice).toEqual({ type: 'function', function: { name: 'assess_risk' } });
    expect(JSON.stringify(request.messages)).toContain('suicide_method');
  });

  it('never raises to critical on its own word', async () => {
    server.reply(says({ level: 'critical', category: 'suicide_plan', reason: '有计划' }));
    const result = await secondOpinion().check('你们别管了', CALM);
    expect(result.level).toBe('high');
    expect(result.category).toBe('suicide_plan');
  });

  it('can raise calm to distress', async () => {
    server.reply(says({ level: 'distress', category: 'distress', reason: '情绪低落' }));
    expect((await secondOpinion().check('心里空落落的', CALM)).level).toBe('distress');
  });

  it('cannot lower the offline level', async () => {
    const distress: RiskAssessment = {
      ...CALM,
      level: 'distress',
      category: 'distress',
      categories: ['distress'],
    };
    server.reply(says({ level: 'none', category: 'none', reason: '没有危险' }));
    expect(await secondOpinion().check('压力好大', distress)).toBe(distress);
    // A critical verdict is already above what the LLM may give: nothing is even sent.
    expect(await secondOpinion().check('他拿着刀', CRITICAL)).toBe(CRITICAL);
    expect(server.completions()).toHaveLength(1);
  });

  it('times out to the offline result', async () => {
    server.reply(says({ level: 'high', category: 'no_food', reason: '断粮' }, 2000));
    const started = performance.now();
    const result = await secondOpinion(150).check('家里啥也没有了', CALM);
    expect(result).toBe(CALM);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('garbage, an error or an unknown level leave the offline result', async () => {
    server.reply(
      { kind: 'malformed', part: 'arguments' },
      { kind: 'text', content: '我觉得很危险' },
      { kind: 'error', status: 500 },
      { kind: 'structured', arguments: { level: 'apocalyptic', category: 'x', reason: '' } },
    );
    const check = secondOpinion();
    for (let i = 0; i < 4; i++) expect(await check.check('随便说说', CALM)).toBe(CALM);
  });

  it('an unknown category still raises, with the urgent-hardship reply', async () => {
    server.reply(says({ level: 'high', category: 'alien_invasion', reason: '不明' }));
    const result = await secondOpinion().check('出大事了', CALM);
    expect(result.level).toBe('high');
    expect(result.category).toBe('sudden_hardship');
  });

  it('masks phone and ID numbers before the message leaves', async () => {
    server.reply(says({ level: 'none', category: 'none', reason: '' }));
    await secondOpinion().check(`我的电话13912345678 身份证${VALID_ID} 家里断粮了`, CALM);
    const sent = JSON.stringify(server.completions()[0]!.messages);
    expect(sent).not.toContain('13912345678');
    expect(sent).not.toContain(VALID_ID);
    expect(sent).toContain('断粮');
  });

  it('an aborted turn gets the offline result at once', async () => {
    server.reply(says({ level: 'high', category: 'no_food', reason: '' }, 2000));
    const controller = new AbortController();
    const pending = secondOpinion(5000).check('没吃的了', CALM, { signal: controller.signal });
    controller.abort();
    expect(await pending).toBe(CALM);
  });
});
