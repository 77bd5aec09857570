import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNlu, type TrainedNlu } from '../../src/nlu/create-nlu.js';
import { INTENT_NAMES } from '../../src/nlu/types.js';

const INTENTS_DIR = fileURLToPath(new URL('../../intents', import.meta.url));
let nlu: TrainedNlu;

beforeAll(async () => {
  nlu = await createNlu({ intentsDir: INTENTS_DIR });
});

describe('parse(text)', () => {
  it('returns intent, entities and urgency in the contract shape', () => {
    const result = nlu.parse('我叫周晓梅 电话138-1234-5678 想申请低保');
    expect(result.intent.name).toBe('apply');
    expect(result.intent.confidence).toBeGreaterThan(0.5);
    expect(result.entities).toEqual(
      expect.arrayContaining([
        { type: 'person_name', value: '周晓梅', text: '周晓梅' },
        { type: 'phone', value: '13812345678', text: '138-1234-5678' },
        { type: 'assistance_type', value: 'minimum_living', text: '低保' },
      ]),
    );
    expect(result.urgency).toEqual({ level: 'none', reasons: [] });
  });

  it('understands greetings, thanks and short answers', () => {
    expect(nlu.parse('您好').intent.name).toBe('greet');
    expect(nlu.parse('谢谢你们').intent.name).toBe('thanks');
    expect(nlu.parse('对的').intent.name).toBe('affirm');
    expect(nlu.parse('不办了').intent.name).toBe('cancel');
  });

  it('treats a critical message as a report of danger even when it starts with a greeting', () => {
    const result = nlu.parse('你好 我妈刚才晕倒了 叫不醒');
    expect(result.urgency.level).toBe('critical');
    expect(result.intent.name).toBe('report_urgent');
  });

  it('keeps an application an application when the hardship is high but not dangerous', () => {
    const result = nlu.parse('我这个月刚失业了 想申请低保');
    expect(result.urgency.level).toBe('high');
    expect(result.intent.name).toBe('apply');
  });

  it('does not raise an alarm from the classifier alone', () => {
    const result = nlu.parse('想死你了 哈哈');
    expect(result.urgency.level).toBe('none');
    expect(result.intent.name).not.toBe('report_urgent');
  });

  it('has replies for every intent', () => {
    for (const intent of INTENT_NAMES) expect(nlu.responses[intent][0]?.text.length).toBeGreaterThan(0);
  });

  it('parses a typical message in well under 2 ms', () => {
    const text = '我和老伴两个人 月收入两千来块 住在青山镇柳树村三组 想问问能不能吃低保';
    for (let i = 0; i < 50; i++) nlu.parse(text);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      nlu.parse(text);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[100]).toBeLessThan(2);
  });
});
