// A pressing hardship of one's own, told without asking to apply (theft of the savings, the earner killed): the
// urgent reply, then the application offered, its story kept for the form; a no drops what was set aside, and
// thoughts of death or violence are never answered with a form. Every sentence is written here.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HARDSHIP_CATEGORIES } from '../../src/engine/hardship-offer.js';
import { riskHarness } from './form-answer-risk.js';
import { applicationOf } from './shipped-harness.js';
import { shippedNlu } from './shipped-nlu.js';

const THEFT = '昨天夜里家里遭了贼 攒下的三万块全被偷走了 这个月连买米的钱都没有';

async function toldHardship(text = THEFT) {
  const h = await riskHarness(await shippedNlu());
  const replies = await h.say(text);
  return { h, replies };
}

describe('the application offered after a pressing hardship', () => {
  it('offers to register the application under the urgent reply, and waits for a yes', async () => {
    const { h, replies } = await toldHardship();
    expect(h.publicState.urgency).toBe('high');
    expect(h.publicState.expecting).toEqual(['offer_apply']);
    expect(h.publicState.flow).toBeNull();
    expect(replies.at(-1)?.text).toContain('救助申请登记上');
    expect(replies.at(-1)?.buttons?.map((b) => b.id)).toContain('apply');
  });

  it('a typed yes takes up the form set aside, which asks which kind of help first', async () => {
    const { h } = await toldHardship();
    const replies = await h.say('好的 麻烦你了');
    expect(applicationOf(h)?.stage).toBe('choose_type');
    expect(h.publicState.expecting).toEqual(['type']);
    // Nothing was asked before, so nothing is 「接着」.
    expect(replies.map((r) => r.text).join('\n')).not.toContain('接着');
  });

  it('the 「申请救助」 button takes it up too, and the story fills the form once the kind is chosen', async () => {
    const { h } = await toldHardship(
      '上礼拜我男人在砖厂被机器轧死了 家里四口人就指望他 现在一分钱收入都没有了',
    );
    await h.say({ buttonId: 'apply', text: '申请救助' });
    expect(applicationOf(h)).toBeDefined();
    await h.say('临时救助');
    expect(applicationOf(h)?.assistanceType).toBe('temporary');
    expect(h.publicState.expecting).toContain('consent');
  });

  it('a no drops the form set aside and says how to apply later', async () => {
    const { h } = await toldHardship();
    const replies = await h.say('先不用了');
    expect(replies.at(-1)?.text).toContain('以后想申请');
    expect(h.state.paused).toBeNull();
    expect(h.publicState.expecting).toEqual([]);
    expect(h.publicState.urgency).toBe('high');
  });

  it('thoughts of death, violence and someone else seen in need get their reply without a form', async () => {
    for (const text of [
      '活着真没意思 有时候想一觉睡过去别醒了',
      '他一喝酒就打我 打了好几年了 今天还没回来',
      '楼下那个捡破烂的老头 前天被车撞了腿 这两天都没见他出来买吃的',
    ]) {
      const { h } = await toldHardship(text);
      expect(h.publicState.expecting).not.toContain('offer_apply');
      expect(h.state.paused).toBeNull();
    }
  });

  it('names only categories the crisis taxonomy has', () => {
    const taxonomy = parseYaml(
      readFileSync(new URL('../../risk/taxonomy.yaml', import.meta.url), 'utf8'),
    ) as {
      categories: Record<string, { level: string }>;
    };
    for (const name of HARDSHIP_CATEGORIES) expect(taxonomy.categories[name]?.level, name).toBe('high');
  });
});
