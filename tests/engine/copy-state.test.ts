import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyState } from '../../src/engine/copy-state.js';
import { initialState } from '../../src/engine/conversation-state.js';
import { runs, withinBound } from '../helpers/fuzz.js';

/** Every object and array reachable from a value. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object' && !into.has(value)) {
    into.add(value);
    for (const item of Object.values(value)) objectsIn(item, into);
  }
  return into;
}

// The copy replaces structuredClone in every turn: it must make the same value, and share nothing with
// the state the decision started from, so a handler's change never reaches the caller's object.
describe('copying a conversation state', () => {
  it('equals structuredClone for any JSON value, with undefined members and holes, and shares no object', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(undefined),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.sparseArray(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (original) => {
        const copy = copyState(original);
        expect(copy).toStrictEqual(structuredClone(original));
        const before = objectsIn(original);
        for (const made of objectsIn(copy)) expect(before.has(made)).toBe(false);
      }),
      runs(300),
    );
  });

  it('copies a real state deeply: changing the copy leaves the original as it was', () => {
    const state = {
      ...initialState(),
      flow: { name: 'application', state: { stage: 'filling', answers: { 姓名: '王秀英', 人数: 3 } } },
      offered: [{ id: 'apply:dibao', label: '申请低保' }],
      urgencyReasons: ['说到不想活了'],
    };
    const copy = copyState(state);
    (copy.flow.state.answers as Record<string, unknown>)['人数'] = 4;
    copy.offered.push({ id: 'x', label: 'y' });
    copy.urgencyReasons[0] = '';
    expect(state.flow.state.answers['人数']).toBe(3);
    expect(state.offered).toHaveLength(1);
    expect(state.urgencyReasons[0]).toBe('说到不想活了');
  });

  it('keeps a __proto__ key written by a resident as data, never as the prototype', () => {
    const hostile = JSON.parse('{"answers":{"__proto__":{"polluted":true},"名字":"李"}}') as Record<
      string,
      unknown
    >;
    const copy = copyState(hostile);
    expect(copy).toStrictEqual(structuredClone(hostile));
    const answers = copy['answers'] as Record<string, unknown>;
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(Object.keys(answers)).toEqual(['__proto__', '名字']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('copies what is not plain data as structuredClone does: a Date, a Map, a cycle, a very deep value', () => {
    const at = new Date('2026-12-07T08:00:00Z');
    const withDate = copyState({ at, seen: new Map([['a', 1]]) });
    expect(withDate.at).toBeInstanceOf(Date);
    expect(withDate.at).not.toBe(at);
    expect(withDate.at.getTime()).toBe(at.getTime());
    expect(withDate.seen.get('a')).toBe(1);

    const cyclic: Record<string, unknown> = { name: '张三' };
    cyclic['self'] = cyclic;
    const copied = copyState(cyclic);
    expect(copied['self']).toBe(copied);
    expect(copied).not.toBe(cyclic);

    // Deeper than a state ever is, but within what structuredClone itself copies (far deeper, both overflow).
    let deep: unknown = '底';
    for (let i = 0; i < 1000; i++) deep = [deep];
    const copiedDeep = withinBound(200, () => copyState(deep), 'a 1,000-level copy');
    expect(copiedDeep).toStrictEqual(deep);
  });
});
