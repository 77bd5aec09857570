import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../helpers/id-numbers.js';
import { FlowHarness } from './harness.js';

const ID = fakeIdNumber('19560314', 403);

describe('the root chain and the safety follow-up (fake NLU, no store)', () => {
  it('an urgent message mid-form keeps the answer it carried, gives the safety reply, and the form resumes after', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请低保');
    await h.say('同意');
    await h.say(`王秀英 ${ID} 救命 他又在打我`);
    expect(h.text).toContain('110');
    expect(h.state.flow).toBeNull();
    expect(h.state.paused?.name).toBe('application');
    const paused = h.state.paused?.state as { fields: Record<string, unknown> };
    expect(paused.fields.id_number).toBe(ID);
    expect(h.actions.some((a) => a.type === 'handoff' && a.priority === 'critical')).toBe(true);
    expect(h.actions.some((a) => a.type === 'flag_urgent')).toBe(true);
    await h.say('我在江阴市青阳镇里山村18号');
    await h.say('13912345678');
    expect(h.text).toContain('我们接着填');
    expect(h.state.flow?.name).toBe('application');
    // The name and ID given with the cry for help and the callback number are not asked again.
    expect(h.publicState.expecting).toEqual([
      'field:address',
      'field:household_size',
      'field:monthly_income',
    ]);
    expect(h.publicState.expecting).not.toContain('field:id_number');
  });

  it('an answer to 「您在哪里」 that carries a pressing word of its own is still taken as the place', async () => {
    const h = await FlowHarness.create();
    await h.say('救命 他拿着刀');
    expect(h.publicState.expecting).toEqual(['safety_location']);
    await h.say('躲到璜土镇小桥边的亲戚家了 两天没饭吃');
    expect(h.state.safety?.location).toContain('璜土镇');
    expect(h.publicState.expecting).toEqual(['safety_phone']);
  });

  it('a place answered with the danger said again is kept, and the place is not asked twice', async () => {
    const h = await FlowHarness.create();
    await h.say('救命 他拿着刀');
    await h.say('救命 他拿着刀追过来了 我躲在菜场旁边');
    expect(h.state.safety?.location).toContain('菜场');
    expect(h.publicState.expecting).toEqual(['safety_phone']);
  });

  it('a place without a town name (a bus station, outside a shop) is still a place', async () => {
    const h = await FlowHarness.create();
    await h.say('救命 他拿着刀');
    await h.say('长途客运站出口外面');
    expect(h.publicState.expecting).toEqual(['safety_phone']);
  });

  it('having no phone of their own is not asked for again', async () => {
    const h = await FlowHarness.create();
    await h.say('救命 他拿着刀');
    await h.say('我在青阳镇里山村18号');
    await h.say('手机丢了 这是路人的');
    expect(h.publicState.expecting).not.toContain('safety_phone');
  });

  it('one urgent case per person: a second urgent message reuses the case it flagged', async () => {
    const h = await FlowHarness.create();
    await h.say('救命');
    const first = h.state.urgentCaseNo;
    await h.say('救命 快来人');
    const flags = h.allActions.filter((a) => a.type === 'flag_urgent');
    expect(flags).toHaveLength(2);
    expect(flags[1]?.type === 'flag_urgent' && flags[1].knownCaseNo).toBe(first);
  });

  it('sudden hardship while applying is flagged and the application goes on in the same turn', async () => {
    const h = await FlowHarness.create();
    await h.say('我想申请临时救助');
    await h.say('同意');
    await h.say(`王秀英 ${ID} 家里断顿了`);
    expect(h.text).toContain('加急');
    expect(h.state.flow?.name).toBe('application');
    expect(h.publicState.expecting).toContain('field:phone');
  });

  it('while an operator holds the conversation the bot says nothing', async () => {
    const h = await FlowHarness.create();
    h.queue = { open: true, heldBy: '值班员小王' };
    await h.say('你好');
    expect(h.replies).toEqual([]);
  });

  it('a menu button is read by its id, whatever its label says', async () => {
    const h = await FlowHarness.create();
    await h.say({ buttonId: 'check_status', text: '随便什么字' });
    expect(h.state.flow?.name).toBe('status_check');
    expect(h.publicState.expecting).toEqual(['status_receipt']);
  });

  it('a typed label of a global button counts as a tap', async () => {
    const h = await FlowHarness.create();
    await h.say('转人工');
    expect(h.actions.some((a) => a.type === 'handoff' && a.priority === 'normal')).toBe(true);
  });
});
