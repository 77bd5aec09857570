import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactIdentifiers } from '../../src/llm/redact.js';
import { fakeIdNumber } from '../helpers/id-numbers.js';

const DIGIT_LIKE = /[0-9０-９零〇一二三四五六七八九幺两]/u;

describe('what leaves for the LLM', () => {
  it('regression: phones written in Chinese numerals or with dots and spaces, names, addresses and health details never reach the LLM', () => {
    const id = fakeIdNumber('19620514', 427);
    const cases: [string, string[]][] = [
      ['我电话是幺三九 一二三四 五六七八', ['幺三九', '五六七八']],
      ['手机139.1234.5678，有空回个电话', ['139', '5678']],
      ['电话 １３９ １２３４ ５６７８', ['１３９']],
      [`身份证 ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, [id.slice(6, 14)]],
      ['座机 0510-8612 3456', ['8612']],
      ['我老伴得了尿毒症，每周透析三次', ['尿毒症', '透析']],
      ['孩子有抑郁症，还查出了白血病', ['抑郁', '白血病']],
    ];
    for (const [text, secrets] of cases) {
      const sent = redactIdentifiers(text);
      for (const secret of secrets) expect(sent, text).not.toContain(secret);
    }
    const entities = [
      { type: 'person_name', value: '王秀英', text: '王秀英', start: 3, end: 6 },
      {
        type: 'address',
        value: '江阴市青阳镇里山村18号',
        text: '江阴市青阳镇里山村18号',
        start: 10,
        end: 22,
      },
    ] as const;
    const sent = redactIdentifiers('我叫王秀英，住在江阴市青阳镇里山村18号，想问低保', {
      entities: entities,
    });
    expect(sent).not.toContain('王秀英');
    expect(sent).not.toContain('里山村');
    expect(sent).toContain('想问低保');
  });

  it('keeps what a policy question needs: amounts, family sizes, ages', () => {
    expect(redactIdentifiers('家里三口人，每月收入一千五，我六十八岁了，能申请低保吗')).toBe(
      '家里三口人，每月收入一千五，我六十八岁了，能申请低保吗',
    );
  });

  it('never lets seven digits in a row through, whatever the text', () => {
    const digit = fc.constantFrom(...'0123456789０１２３４５６７８９零〇一二三四五六七八九幺两');
    const separator = fc.constantFrom('', ' ', '.', '-', '·', '  ');
    const number = fc.array(fc.tuple(digit, separator), { minLength: 7, maxLength: 20 });
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        number,
        fc.string({ unit: 'binary' }),
        (before, parts, after) => {
          const written = parts.map(([d, s]) => d + s).join('');
          const sent = redactIdentifiers(`${before}${written}${after}`);
          const digitsOnly = [...sent].filter((c) => DIGIT_LIKE.test(c)).length;
          expect(sent).not.toContain(written.trim());
          expect(digitsOnly).toBeLessThanOrEqual(
            [...`${before}${after}`].filter((c) => DIGIT_LIKE.test(c)).length + 6,
          );
        },
      ),
    );
  });
});
