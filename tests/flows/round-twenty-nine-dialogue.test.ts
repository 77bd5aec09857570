// Round 29 of the dialogue (development sets AH and AI), every sentence written here, every person fictional.
// Tired of waiting for an answer is a status check; an ID number that failed its check is corrected by its last
// digit; a correction of the address or the phone leaves the income alone; grandparents raising a grandchild are
// not the household; the form asks which kind of help when the answer named none; nobody to talk to is no question
// about who handles an application.
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../../src/identity/id-number.js';
import { failedIdNumber, idWithTailFixed } from '../../src/flows/application/id-tail-fix.js';
import { correctAddress } from '../../src/forms/address-span.js';
import { awaitsResult } from '../../src/nlu/awaits-result.js';
import { extractHouseholdSize } from '../../src/nlu/entities/household-size.js';
import { extractPersonNames } from '../../src/nlu/entities/person-name.js';
import { readMessageParts } from '../../src/nlu/message-parts.js';
import { withFiguresRepaired } from '../../src/text/self-repair.js';
import { readField as read } from './read-field.js';
import { shippedReader } from './shipped-reader.js';

/** A fictional ID number with a valid check digit, and the same number with a wrong one. */
function idPair(first17: string): { valid: string; wrong: string } {
  const check = idCheckCharacter(first17);
  return { valid: first17 + check, wrong: first17 + (check === '1' ? '2' : '1') };
}

describe('round 29: waiting for an answer', () => {
  it.each(['那个医疗救助咋还没信儿呢 我们都等了好久了', '都二十天了 我家房子的事到底有没有人管'])(
    '「%s」 says the writer waits for an answer',
    (text) => {
      expect(awaitsResult(text)).toBe(true);
    },
  );

  it.each(['孩子住院半个月了 检查还没结果', '还没找到工作 能申请什么'])(
    '「%s」 waits on nothing applied for',
    (text) => {
      expect(awaitsResult(text)).toBe(false);
    },
  );

  it('a complaint about the wait starts the status check with an apology', async () => {
    const h = await shippedReader();
    await h.say('等了二十多天了！！申请的事到底有没有人管？你们是不是在踢皮球');
    expect(h.flow?.name).toBe('status_check');
    expect(h.replies.map((r) => r.text).join('\n')).toContain('久等');
  });
});

describe('round 29: an ID number corrected by its last digit', () => {
  const { valid, wrong } = idPair('32028119800412301');

  it('keeps the failed number and corrects its tail', () => {
    expect(failedIdNumber(`身份证 ${wrong}`)).toBe(wrong);
    expect(failedIdNumber(`身份证 ${valid}`)).toBeUndefined();
    expect(
      idWithTailFixed(wrong, `不好意思 最后一位打错了 是${valid.slice(-1)} 不是${wrong.slice(-1)}`),
    ).toBe(valid);
    expect(idWithTailFixed(wrong, '最后一位是5')).toBe(valid.endsWith('5') ? valid : undefined);
  });

  it('the form takes the corrected number at the next message', async () => {
    const h = await shippedReader();
    await h.say('我想申请低保');
    await h.say('同意 给我自己申请');
    await h.say(`周桂兰 ${wrong} 13900001234`);
    expect(h.text).toContain('校验码');
    await h.say(`哦 最后一位打错了 是${valid.slice(-1)}`);
    const state = h.flow?.state as { fields: Record<string, unknown> };
    expect(state.fields.id_number).toBe(valid);
  });
});

describe('round 29: corrections that name no figure', () => {
  it('a phone said right, then the wrong digits, leaves only the right ones to read', () => {
    expect(withFiguresRepaired('后两位说反了是13700004652不是4625')).not.toContain('4625');
    expect(withFiguresRepaired('不是四口人是五口')).toBe('不是四口人是五口');
  });

  it('an address corrected by restating the village keeps it once', () => {
    expect(correctAddress('永川区松溉镇罗家村十社', '说错了 是罗家村四社 不是十社')).toBe(
      '永川区松溉镇罗家村四社',
    );
  });
});

describe('round 29: who lives in the household', () => {
  it.each(['我跟他爷爷两个老的带他', '孙女一直跟着俺老两口 学费拿不出来'])(
    '「%s」 counts the carers, not the household',
    (text) => {
      expect(extractHouseholdSize(text)).toEqual([]);
    },
  );

  it('reads the count the answer gives, not the couple among the members', async () => {
    for (const answer of [
      '户口本上就俺老两口和孙女 三口',
      '我们三个我老头子孙娃子 两个老的养老金加起来三百多',
    ])
      expect(await read('education', 'household_size', answer)).toEqual({ ok: true, value: 3 });
  });

  it('reads the figure dictated for the form and a 没有 before the reasons', async () => {
    expect(await read('temporary', 'monthly_income', '四千五是税前 扣掉社保到手是四千二 按四千二写')).toEqual(
      {
        ok: true,
        value: 4200,
      },
    );
    expect(await read('temporary', 'monthly_income', '三口 我妈 我 弟弟 没有 我妈就种点地 不算钱')).toEqual({
      ok: true,
      value: 0,
    });
  });
});

describe('round 29: a boss who ran off last month', () => {
  it('with the rent due next week and the rice nearly gone, the application is urgent', async () => {
    const h = await shippedReader();
    await h.say('我们厂上个月倒闭了 老板跑路了 欠了我两个月工资 房租下周要交 家里米也快没了 想申请临时救助');
    expect(h.state.urgency).toBe('high');
  });
});

describe('round 29: no children, in Wu', () => {
  it('「呒不小人」 has nobody to support them', async () => {
    expect(await read('extreme_poverty', 'supporters', '呒不小人 屋里就我一个')).toEqual({
      ok: true,
      value: '没有赡养扶养人',
    });
  });
});

describe('round 29: the earner’s death however it is said', () => {
  it.each(['我家那口子没了 家里就靠他挣钱', '他爸去年冬天突发心梗没了', '男人开车翻到沟里没了'])(
    '「%s」 is the loss of the household’s earner',
    async (answer) => {
      expect(await read('temporary', 'hardship_cause', answer)).toEqual({
        ok: true,
        value: '家里主要劳力去世',
      });
    },
  );
});

describe('round 29: a question that names no kind of help', () => {
  it('a story of one’s own that asks for help is offered the form', async () => {
    const h = await shippedReader();
    await h.say(
      '家里上礼拜失火 厨房和半边屋子烧没了 现在借住在我舅家 吃饭倒不愁 就是屋子不知道怎么修 想问问能申请什么救助吗',
    );
    expect(h.publicState.expecting).toContain('offer_apply');
    await h.say('好的 帮我申请');
    expect(h.flow?.name).toBe('application');
  });

  it('「培训？」 asks about job training', async () => {
    const h = await shippedReader();
    await h.say('培训？');
    expect(h.text).toContain('就业');
  });
});

describe('round 29: who a helper writes about', () => {
  it('a household’s wife is named after who she is in it', () => {
    expect(extractPersonNames('孙家媳妇周晓燕 带着两个娃').map((e) => e.value)).toEqual(['周晓燕']);
  });

  it('a colleague at the writer’s workplace is someone else', () => {
    expect(
      readMessageParts('我们车队有个师傅上周出车祸腿断了 一个人在出租屋躺着 我替他问问有没有救助')
        .aboutSomeoneElse,
    ).toBe(true);
  });
});

describe('round 29: nobody to talk to', () => {
  it('「也不知道找谁说」 asks nothing about the process', () => {
    expect(readMessageParts('最近好累 没了工作 感觉自己没用 也不知道找谁说').processQuestion).toBe(false);
    expect(readMessageParts('申请低保找谁').processQuestion).toBe(true);
  });
});
