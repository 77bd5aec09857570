import { describe, expect, it } from 'vitest';
import {
  CALLBACK_DATA_MAX_BYTES,
  callbackDataFor,
  createCallbackTable,
  findByCallbackData,
  isHashedCallbackData,
} from '../../../src/channels/telegram/callback-data.js';

const LONG = {
  id: 'choice:村（居）委会代为申请，由村委会主任和网格员一起签字确认',
  label: '村（居）委会代为申请',
};

describe('callback_data for button ids', () => {
  it('an id that fits in 64 bytes is sent as it is', () => {
    expect(callbackDataFor('consent_yes')).toBe('consent_yes');
    expect(callbackDataFor('type:minimum_living')).toBe('type:minimum_living');
    const exactly64 = 'choice:' + '字'.repeat(19);
    expect(Buffer.byteLength(exactly64)).toBe(64);
    expect(callbackDataFor(exactly64)).toBe(exactly64);
  });

  it('a longer id (or one that looks like a hash) is hashed to a short, stable token', () => {
    expect(Buffer.byteLength(LONG.id)).toBeGreaterThan(CALLBACK_DATA_MAX_BYTES);
    const data = callbackDataFor(LONG.id);
    expect(isHashedCallbackData(data)).toBe(true);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(callbackDataFor(LONG.id)).toBe(data);
    expect(callbackDataFor('~x')).not.toBe('~x');
    expect(isHashedCallbackData('consent_yes')).toBe(false);
  });

  it('the per-chat table turns a hashed tap back into its button, only in the chat it was sent to', () => {
    const table = createCallbackTable();
    const data = table.encode('42', LONG);
    expect(table.lookup('42', data)).toEqual(LONG);
    expect(table.lookup('43', data)).toBeUndefined();
    expect(table.encode('42', { id: 'apply', label: '申请救助' })).toBe('apply');
    expect(table.lookup('42', 'apply')).toBeUndefined();
  });

  it('the table is bounded: the least recently used chats and oldest buttons are forgotten', () => {
    const table = createCallbackTable({ maxChats: 2, maxButtonsPerChat: 2 });
    const button = (n: number) => ({ id: `${LONG.id}${n}`, label: `选项${n}` });
    const [a1, a2, a3] = [1, 2, 3].map((n) => table.encode('a', button(n)));
    expect(table.lookup('a', a1!)).toBeUndefined();
    expect(table.lookup('a', a2!)).toBeDefined();
    expect(table.lookup('a', a3!)).toBeDefined();
    table.encode('b', button(4));
    table.encode('a', button(5)); // a is used again: b is now the oldest
    table.encode('c', button(6));
    expect(table.lookup('b', callbackDataFor(button(4).id))).toBeUndefined();
    expect(table.lookup('a', callbackDataFor(button(5).id))).toBeDefined();
  });

  it('the transcript fallback finds the button among those offered', () => {
    const offered = [{ id: 'apply', label: '申请救助' }, LONG];
    expect(findByCallbackData(offered, callbackDataFor(LONG.id))).toEqual(LONG);
    expect(findByCallbackData(offered, '~nothing')).toBeUndefined();
  });
});
