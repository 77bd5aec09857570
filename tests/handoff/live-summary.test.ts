import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../src/handoff/canned-replies.js';
import { readLiveFacts } from '../../src/handoff/live-summary.js';
import { personAtRisk, relationLabel, SELF } from '../../src/handoff/person-at-risk.js';

const RELATIONS = [
  ['爸', '父亲'],
  ['妈妈', '母亲'],
  ['儿子', '儿子'],
  ['女儿', '女儿'],
  ['老伴', '老伴'],
  ['邻居', '邻居'],
] as const;
const DANGERS = ['晕倒了', '喝药了', '不见了', '被困在家里', '摔倒了起不来', '发高烧'] as const;
const NAMES = ['陈雨', '林小海', '赵一帆', '王秀英'] as const;
const mobile = fc
  .tuple(fc.constantFrom('13', '15', '18', '19'), fc.stringMatching(/^\d{9}$/))
  .map(([head, rest]) => `${head}${rest}`);

describe('who is in danger, read from the resident’s words', () => {
  it('is the person the danger is about, not whoever was named first', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RELATIONS),
        fc.constantFrom(...RELATIONS),
        fc.constantFrom(...DANGERS),
        fc.constantFrom(...NAMES),
        ([first], [inDanger, label], danger, name) => {
          expect(personAtRisk(`我${first}叫${name}，我${inDanger}${danger}`)).toBe(relationLabel(label));
        },
      ),
    );
  });

  it('is the writer when they speak of themself, even after naming a relative', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RELATIONS), fc.constantFrom(...NAMES), ([relation], name) => {
        expect(personAtRisk(`我${relation}叫${name}。我不想活了`)).toBe(SELF);
        expect(personAtRisk(`我${relation}打我`)).toBe(SELF);
      }),
    );
  });

  it('never throws and answers only the writer, a relation, or nobody, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const who = personAtRisk(text);
        expect(who === null || who === SELF || who.startsWith('求助者的')).toBe(true);
      }),
    );
  });
});

describe('the live summary', () => {
  it('keeps the number the resident gave last, however many messages came before', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 8 }), mobile, (before, phone) => {
        const facts = readLiveFacts([...before, `我的电话是${phone}`]);
        expect(facts.phone).toBe(phone);
      }),
      { numRuns: 60 },
    );
  });

  it('replaces an earlier number and place with later ones', () => {
    const facts = readLiveFacts([
      '电话13800001111，住在江阴市澄江街道幸福小区3栋',
      '换个号码吧 13900002222，我现在在江阴市周庄镇东街村5组',
    ]);
    expect(facts.phone).toBe('13900002222');
    expect(facts.place).toContain('周庄镇');
  });
});

describe('canned reply search', () => {
  const template = {
    id: 'greeting',
    title: '接手问候',
    keywords: ['你好', '开场'],
    text: '{name}您好，我是{operator}。',
  };
  it('finds a reply by any part of its title or keywords, in any letter case or width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }), (start, length) => {
        const part = template.title.slice(start, start + length);
        fc.pre(part.length > 0);
        expect(matchesQuery(template, part)).toBe(true);
        expect(matchesQuery(template, `${part} 开场`)).toBe(true);
      }),
    );
    expect(matchesQuery(template, '材料')).toBe(false);
  });
});
