import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchOfferedOption,
  renderNumberedOptions,
} from '../../../src/channels/wechat-oa/numbered-options.js';
import { createMemoryOfferedOptions } from '../../../src/channels/wechat-oa/offered-options.js';
import { renderWechatTexts } from '../../../src/channels/wechat-oa/render-text.js';
import { splitTextByBytes } from '../../../src/channels/wechat-oa/split-text.js';
import { anyResidentText, hostileText } from '../../helpers/hostile-text.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const menu = [
  { id: 'apply', label: '申请救助' },
  { id: 'check_status', label: '查询进度' },
];

describe('numbered options', () => {
  it('numbers the buttons one a line after 「请回复数字：」', () => {
    expect(renderNumberedOptions(menu)).toBe('请回复数字：\n1. 申请救助\n2. 查询进度');
    expect(renderNumberedOptions([])).toBe('');
    expect(renderNumberedOptions([{ id: 'x', label: '多行\n标签' }])).toBe('请回复数字：\n1. 多行 标签');
  });

  it('reads the ways residents write a number back', () => {
    for (const reply of ['2', ' 2 ', '２', '2。', '2.', '二', '第2个', '第二项', '2️⃣', '查询进度']) {
      expect(matchOfferedOption(reply, menu)?.id, reply).toBe('check_status');
    }
    for (const reply of ['3', '0', '22', '2口人', '我选2', '', '申请']) {
      expect(matchOfferedOption(reply, menu), reply).toBeUndefined();
    }
  });
});

describe('rendering replies for WeChat text', () => {
  it('joins a turn into one message and numbers the last offered buttons', () => {
    const rendered = renderWechatTexts([
      { text: '您好，我是一门受理助手。' },
      { text: '您想办什么？', buttons: menu },
    ]);
    expect(rendered).toEqual({
      texts: ['您好，我是一门受理助手。\n\n您想办什么？\n\n请回复数字：\n1. 申请救助\n2. 查询进度'],
      offered: menu,
    });
    expect(renderWechatTexts([{ text: '好的' }]).offered).toEqual([]);
    expect(renderWechatTexts([]).texts).toEqual([]);
  });

  it('splits a long answer into messages under the byte limit, at paragraph or sentence ends', () => {
    const paragraph = '低保申请需要户口本、身份证和收入证明。'.repeat(20); // 1,140 bytes
    const rendered = renderWechatTexts([{ text: `${paragraph}\n\n${paragraph}\n\n${paragraph}` }], 2000);
    // Two paragraphs do not fit in 2,000 bytes, so each goes whole into its own message.
    expect(rendered.texts).toEqual([paragraph, paragraph, paragraph]);
    const sentences = '低保申请需要户口本、身份证和收入证明。'.repeat(60); // 3,420 bytes, no paragraph
    const pieces = splitTextByBytes(sentences, 2000);
    expect(pieces.length).toBe(2);
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(2000);
      expect(piece.endsWith('。')).toBe(true);
    }
  });

  it('never cuts an emoji or a family sequence in half', () => {
    const pieces = splitTextByBytes('👨‍👩‍👧'.repeat(500), 100);
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(100);
      expect(piece).toMatch(/^(👨‍👩‍👧)+$/u);
    }
  });

  it('returns pieces within the limit that keep every character in order, for any text', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.integer({ min: 8, max: 2048 }), (text, max) => {
        const started = performance.now();
        const pieces = splitTextByBytes(text, max);
        expect(performance.now() - started).toBeLessThan(500);
        for (const piece of pieces) {
          expect(bytes(piece)).toBeLessThanOrEqual(max);
          expect(piece.length).toBeGreaterThan(0);
        }
        expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('renders any replies and labels without throwing', () => {
    const button = fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), label: hostileText(40) });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: anyResidentText(),
            buttons: fc.option(fc.array(button, { maxLength: 12 }), { nil: undefined }),
          }),
          {
            maxLength: 4,
          },
        ),
        (replies) => {
          const rendered = renderWechatTexts(replies);
          for (const text of rendered.texts) expect(bytes(text)).toBeLessThanOrEqual(2000);
          expect(rendered.offered.length).toBeLessThanOrEqual(9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('offered options store', () => {
  it('remembers the last options per resident, clears on an empty set and forgets after the TTL', async () => {
    let now = 0;
    const store = createMemoryOfferedOptions({ ttlMs: 1000, now: () => now });
    await store.set('a', menu);
    expect(await store.get('a')).toEqual(menu);
    expect(await store.get('b')).toBeUndefined();
    await store.set('a', []);
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', menu);
    now = 1000;
    expect(await store.get('a')).toBeUndefined();
  });

  it('forgets the least recently served resident beyond its size', async () => {
    const store = createMemoryOfferedOptions({ maxUsers: 2 });
    await store.set('a', menu);
    await store.set('b', menu);
    await store.set('a', menu);
    await store.set('c', menu);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toEqual(menu);
    expect(await store.get('c')).toEqual(menu);
  });
});
