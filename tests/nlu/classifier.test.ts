import { describe, expect, it } from 'vitest';
import { trainIntentClassifier, type LabelledExample } from '../../src/nlu/classifier.js';
import { INTENT_NAMES } from '../../src/nlu/types.js';

// A small inline fixture, so these promises hold whatever intents/ contains.
const FIXTURE: LabelledExample[] = [
  ...['你好', '您好 在吗', '早上好', '有人吗'].map((text) => ({ text, intent: 'greet' as const })),
  ...['再见', '拜拜', '先这样 回头聊'].map((text) => ({ text, intent: 'goodbye' as const })),
  ...['谢谢', '太感谢了', '辛苦你们了'].map((text) => ({ text, intent: 'thanks' as const })),
  ...['低保要什么材料', '临时救助的标准是多少', '特困供养需要什么条件', '医疗救助能报多少'].map((text) => ({
    text,
    intent: 'ask_policy' as const,
  })),
  ...['我要申请低保', '帮我妈申请临时救助', '想办特困供养'].map((text) => ({
    text,
    intent: 'apply' as const,
  })),
  ...['我的申请到哪一步了', '审批结果出来没', '查一下进度'].map((text) => ({
    text,
    intent: 'check_status' as const,
  })),
  ...['救命 有人晕倒了', '家里着火了', '我不想活了'].map((text) => ({
    text,
    intent: 'report_urgent' as const,
  })),
  ...['转人工', '我要找工作人员', '找个真人'].map((text) => ({ text, intent: 'request_human' as const })),
  ...['我要投诉', '你们互相推诿', '态度太差了'].map((text) => ({ text, intent: 'complaint' as const })),
  ...['是的', '对', '好的 没问题'].map((text) => ({ text, intent: 'affirm' as const })),
  ...['不是', '没有', '不对'].map((text) => ({ text, intent: 'deny' as const })),
  ...['取消', '不办了', '算了不申请了'].map((text) => ({ text, intent: 'cancel' as const })),
  ...['今天天气怎么样', '讲个笑话', '彩票号码'].map((text) => ({ text, intent: 'out_of_scope' as const })),
];

describe('the intent classifier', () => {
  const model = trainIntentClassifier(FIXTURE);

  it('recognises sentences it was not trained on', () => {
    expect(model.classify('我想申请低保').name).toBe('apply');
    expect(model.classify('低保的标准是多少').name).toBe('ask_policy');
    expect(model.classify('帮我转人工').name).toBe('request_human');
    expect(model.classify('谢谢你们').name).toBe('thanks');
  });

  it('gives a confidence in [0, 1] and probabilities that sum to 1', () => {
    const prediction = model.classify('申请进度怎么样了');
    expect(prediction.confidence).toBeGreaterThan(0);
    expect(prediction.confidence).toBeLessThanOrEqual(1);
    const total = INTENT_NAMES.reduce((sum, name) => sum + prediction.probabilities[name], 0);
    expect(total).toBeCloseTo(1, 6);
    expect(prediction.confidence).toBe(prediction.probabilities[prediction.name]);
  });

  it('is deterministic: the same data trains the same model', () => {
    const again = trainIntentClassifier(FIXTURE);
    expect(again.classify('家里困难想问问政策')).toEqual(model.classify('家里困难想问问政策'));
  });

  it('says out_of_scope with low confidence when it has never seen any of the words', () => {
    expect(model.classify('qwxz')).toMatchObject({ name: 'out_of_scope', confidence: 0.3 });
  });
});
