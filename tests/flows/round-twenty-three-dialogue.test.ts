// Round 23 of the dialogue (development set V), built as structure rather than words: a question asked in the same
// message as a danger is answered once the place and number have been asked, instead of being lost behind the
// safety reply; a danger only the learned net heard puts the conversation before a person but no longer takes the
// conversation over with a reply written for a danger no rule saw (a widow asking for help had been told to put
// the pills and the rope away), and the resident who asked for help is offered the application. Also read here:
// 「你帮俺整吧」 as a yes to that offer, a neighbour called 老爷子 or 小伙子 as someone else reported, and names said
// after 伊叫 / with a Hui surname / ending in 和. Every sentence is written here.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import { leadingName } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { turnRiskReader } from '../../src/engine/risk-from-assessment.js';
import type { RiskAssessment } from '../../src/nlu/risk/types.js';
import { CALM, loadRiskData } from '../../src/nlu/risk/index.js';
import { FlowHarness } from './harness.js';
import { shippedNlu } from './shipped-nlu.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { shippedAssessor } from '../nlu/risk/fixture.js';
import { played } from './form-answer-risk.js';

const said = (h: FlowHarness): string => h.replies.map((r) => r.text).join('\n');

/** A harness whose crisis reader hears what `verdict` says of every message (the shipped replies and taxonomy). */
async function hearing(verdict: (text: string) => RiskAssessment): Promise<FlowHarness> {
  const data = await loadRiskData('risk');
  const assessRisk = turnRiskReader((text) => verdict(text), data.taxonomy, {
    label: '12345政务服务便民热线',
    number: '12345',
  });
  const knowledge = await loadKnowledgeBase({ dir: 'knowledge' });
  return FlowHarness.create(await shippedNlu(), undefined, { assessRisk, knowledge, region: '江阴市' });
}

/** A harness with the shipped crisis reader. */
async function shippedReader(): Promise<FlowHarness> {
  const loaded = await shippedAssessor();
  return hearing(loaded.assess);
}

describe('round 23: a question asked beside a danger', () => {
  it('is answered once the safety follow-up is over', async () => {
    const h = await shippedReader();
    await h.say('打听一下 临时救助都要带啥材料 俺老伴刚刚倒在地上了 叫不醒');
    expect(h.state.safety?.stage).toBe('location');
    expect(h.state.pendingQuestion).toContain('材料');
    await h.say('不方便说');
    const reply = said(h);
    expect(reply).toContain('您刚才还问到办事的事');
    expect(reply).toMatch(/材料/u);
    expect(h.state.pendingQuestion).toBeNull();
    expect(h.state.topic).toBe('ask_policy');
  });

  it('an application asked beside the danger is still the one taken up, not the question', async () => {
    const h = await shippedReader();
    await h.say('我想申请临时救助 俺老伴刚刚倒在地上了 叫不醒');
    expect(h.state.paused?.name).toBe('application');
    expect(h.state.pendingQuestion).toBeNull();
  });
});

describe('round 23: a danger only the net heard', () => {
  const netOnly = (category: string): RiskAssessment => ({
    level: 'high',
    category,
    categories: [category],
    reasons: ['模型判断疑似紧急（规则未命中，请人工核实）'],
    signals: ['net:0.84/0.87'],
    source: 'model',
  });

  it('asks gently, queues a look without an urgent case, and offers the application asked for', async () => {
    const h = await hearing((text) => (text.includes('没了') ? netOnly('suicide_method') : CALM));
    await h.say('我男人上个月开车翻到沟里没了 家里一分钱进项都没有 我也不知道该咋办 能不能给点救助');
    const reply = said(h);
    expect(reply).toContain('12356');
    expect(reply).not.toMatch(/绳子|把药/u);
    expect(reply).toContain('要现在登记吗');
    const kinds = h.actions.map((a) => a.type);
    expect(kinds).toContain('handoff');
    expect(kinds).not.toContain('flag_urgent');
    expect(h.state.paused?.name).toBe('application');
    await h.say('你帮俺整吧');
    expect(h.flow?.name).toBe('application');
  });

  it('a danger the rules heard still gets its own reply and an urgent case', async () => {
    const h = await hearing((text) =>
      text.includes('没了') ? { ...netOnly('suicide_method'), source: 'rules' } : CALM,
    );
    await h.say('我男人上个月开车翻到沟里没了 家里一分钱进项都没有 我也不知道该咋办 能不能给点救助');
    expect(said(h)).toMatch(/绳子|把药/u);
    expect(h.actions.map((a) => a.type)).toContain('flag_urgent');
  });
});

describe('round 23: low mood told with a hardship of one’s own', () => {
  it('gets the kind word and the application offered, not 「这个我还没弄明白」', async () => {
    const h = await shippedReader();
    await h.say('这阵子心里堵得慌 饭店的活儿没了 对象也分了 夜里睡不着 谁也不想见 不晓得往后咋办');
    const reply = said(h);
    expect(reply).toContain('12356');
    expect(reply).toContain('要现在登记吗');
    expect(reply).not.toContain('没弄明白');
    expect(h.flow).toBeNull();
    expect(h.state.paused?.name).toBe('application');
  });
});

describe('round 23: a hardship of one’s own the documents have no answer for', () => {
  // Round 33: the earner's death of weeks ago is a sudden hardship the net hears past the rules' soft calming (he
  // died: no danger this hour); it is flagged for staff as such, and the application is offered all the same.
  it('is flagged as a sudden hardship, then offered the application', async () => {
    const h = await shippedReader();
    await h.say('俺男人前阵子从梯子上摔下来 人没了 家里往后不晓得咋过');
    const reply = said(h);
    expect(reply).toContain('加急');
    expect(reply).not.toContain('110');
    expect(reply).toContain('要现在登记吗');
    expect(h.state.paused?.name).toBe('application');
    await h.say('要');
    expect(h.flow?.name).toBe('application');
  });

  it('someone else’s hardship is not offered a form in the writer’s name', async () => {
    const h = await shippedReader();
    await h.say('隔壁那个小伙子前阵子从梯子上摔下来 腿断了 往后不晓得咋过');
    expect(h.state.paused).toBeNull();
  });
});

describe('round 23: what the message asks', () => {
  it('the time waited with no word is one’s own application, asked after', () => {
    const parts = readMessageParts('都快二十天了咋还没个信儿 我那低保到底批不批');
    expect(parts.existingApplication).toBe(true);
  });

  it('whether one must go in person, and whether the committee may do it, are questions, not the wish', () => {
    const parts = readMessageParts('办救助一定要本人到窗口去伐？我下不了楼，好让居委帮我办伐？');
    expect(parts.wantsToApply).toBe(false);
    expect(parts.processQuestion).toBe(true);
  });
});

describe('round 23: who is spoken of', () => {
  it.each([
    '俺家的老房子墙裂了大缝 房顶也漏 村里说可以报危房改造',
    '俺今年七十九了 老伴走了好几年 一个儿子在外地顾不上 村里说俺能办五保',
    '我是一个单亲妈妈 两个孩子跟着我 前夫一分钱不给 超市打工一个月两千',
  ])('「%s」 is the writer’s own story, whoever it goes on to mention', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(false);
  });

  it('a cadre who 报个低保 for a villager asks to apply for her', () => {
    const parts = readMessageParts('我是村里的会计，替我们村马秀兰报个低保，她男人前年没了');
    expect(parts.wantsToApply).toBe(true);
  });

  it.each([
    '我是网格员 刚走访发现我们网格一个独居老爷子 屋里炉子灭了 说两天没吃东西了',
    '我想给我们楼一小伙子反映反映 他自个儿又失业了 天天吃方便面',
    '隔壁的阿婆八十几了 儿子不在身边 天天吃剩饭',
  ])('「%s」 tells of someone else', (text) => {
    expect(readMessageParts(text).aboutSomeoneElse).toBe(true);
  });

  it('the writer’s own grandfather is still the writer’s own', () => {
    expect(readMessageParts('我家老爷子腿脚不好 想给他申请个低保').aboutSomeoneElse).toBe(false);
  });
});

describe('round 23: names', () => {
  const names = (text: string): string[] =>
    extractEntities(text)
      .filter((e) => e.type === 'person_name')
      .map((e) => String(e.value));

  it.each([
    ['伊叫林秀珠 七十九岁', '林秀珠'],
    ['女人叫海玉兰 两个娃娃还小', '海玉兰'],
    ['老先生叫钱仲和，八十多了', '钱仲和'],
  ])('「%s」 names %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a child named after 娃娃叫 is read, and a formal name said with 好像', () => {
    expect(names('娃娃叫刘小虎 他奶奶叫刘桂英')).toEqual(['刘小虎', '刘桂英']);
  });

  it.each([
    ['郑秀芳老太太 八十五了', '郑秀芳'],
    ['赵长海一家四口 老的小的都有', '赵长海'],
    ['钱德旺和他老伴 都七十多了', '钱德旺'],
  ])('a report answer that opens with a full name (「%s」) names %s', (text, name) => {
    expect(leadingName(text)).toBe(name);
  });

  it.each([
    ['郑秀芳老太太 八十五了 一个人住', '郑秀芳'],
    ['大家都叫他孙老四 大名好像叫孙金发 五十多了', '孙金发'],
  ])('the report filed for 「%s」 names %s for staff', async (answer, name) => {
    const h = await played('我想报告一个困难老人的情况', answer);
    expect(h.flow?.name).toBe('report');
    expect(h.flow?.state.name).toBe(name);
  });

  it.each(['吴老奶奶 八十一岁', '楼下独居的王奶奶', '马上要过冬了', '孙子在上学'])(
    '「%s」 opens with no full name',
    (text) => {
      expect(leadingName(text)).toBeUndefined();
    },
  );

  it.each(['他叫救护车了', '我是海南的', '我们和他们一起去'])('「%s」 names nobody', (text) => {
    expect(names(text)).toEqual([]);
  });
});
