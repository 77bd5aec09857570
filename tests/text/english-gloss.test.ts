// English words inside Chinese messages are read as the Chinese they stand for (src/text/english-gloss.ts);
// a message with no Chinese in it is left for the English reply.
import { describe, expect, it } from 'vitest';
import { glossEnglish } from '../../src/text/english-gloss.js';

describe('English words in a Chinese message', () => {
  it.each([
    ['我妈住院的hospital bill太高了 想申请medical aid', '我妈住院的医药费太高了 想申请医疗救助'],
    ['厂里把我laid off了 能apply低保吗', '厂里把我裁员了 能申请低保吗'],
    ['孩子上学的事 not urgent 就是想问问education assistance', '孩子上学的事 不急 就是想问问教育救助'],
    ['Hello 我想问一下 rent交不起了怎么办', '你好 我想问一下 房租交不起了怎么办'],
    ['上个月报的低保 现在application status怎么样', '上个月报的低保 现在申请进度怎么样'],
  ])('「%s」 reads as 「%s」', (typed, read) => {
    expect(glossEnglish(typed)).toBe(read);
  });

  it('leaves a message wholly in English, and Latin letters that are no gloss, as they were', () => {
    expect(glossEnglish('Can I apply for help?')).toBe('Can I apply for help?');
    expect(glossEnglish('我的QQ号是 abc123 微信也行')).toBe('我的QQ号是 abc123 微信也行');
    expect(glossEnglish('发个app链接给我')).toBe('发个app链接给我');
  });

  it('is quick on a long ramble of English and Chinese', () => {
    const long = '申请 apply '.repeat(200) + 'hi'.repeat(300);
    const started = performance.now();
    glossEnglish(long);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
