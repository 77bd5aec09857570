import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { loadKnowledgeBase } from '../../src/knowledge/create-knowledge-base.js';
import { createScopeReader } from '../../src/knowledge/scope.js';

const KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
let kb: LoadedKnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ dir: KNOWLEDGE });
});

describe('other departments’ questions are referred to them', () => {
  it('declines and names the department that handles the service', () => {
    const hukou = kb.answer('想把户口从老家迁到闺女住的城里 得跑哪些手续');
    expect(hukou.answerable).toBe(false);
    expect(hukou.text).toContain('公安部门');
    expect(hukou.suggestedAction).toEqual({ id: 'request_human', label: '转人工' });
    const insurance = kb.answer('办完退休以后 医保每年还用自己接着交吗');
    expect(insurance.answerable).toBe(false);
    expect(insurance.text).toContain('医保部门');
  });

  it('reads words that name a service together in one clause, in either order', () => {
    expect(kb.diagnose('身份证前两天在菜市场弄丢了 去哪补').verdict).toBe('out-of-scope');
    expect(kb.diagnose('我在外面打工 老家那边的社保断了半年 能不能补上').verdict).toBe('out-of-scope');
  });

  it('does not join words that sit in different clauses', () => {
    const read = createScopeReader(['户口+迁'], []);
    expect(read('户口本在我妈那，家里要迁坟').outOfScope).toBe(false);
    expect(read('户口还没迁').outOfScope).toBe(true);
  });

  it('blanks the words of a joined term only in the clause where they meet', () => {
    const read = createScopeReader(['养老+交'], [], ['交不上']);
    // 交 of 「养老+交」 is blanked where the service is named, not in the hardship told after it.
    expect(read('养老钱每年要交两千多 我们两口子实在交不上').outOfScope).toBe(false);
    expect(read('养老每年要交多少').outOfScope).toBe(true);
    expect(kb.diagnose('城乡居民医保今年一人要交三百多 我们老两口是五保户 交不起了 政府能不能帮着出').verdict).not.toBe('out-of-scope');
    expect(kb.diagnose('城乡居民医保今年一人要交三百多 去哪里交').verdict).toBe('out-of-scope');
  });

  it('a hardship story followed by another department’s question is referred, with help still offered', () => {
    const answer = kb.answer('男人跑长途出了车祸 人在医院 保险公司理赔到底怎么走流程');
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain('保险公司');
    expect(answer.text).toContain('困难');
  });

  it('keeps a question ours when it names a programme, asks for help, or tells its hardship in the same breath', () => {
    expect(kb.diagnose('户口刚迁到镇上 原来村里办的低保还能不能接着领').verdict).not.toBe('out-of-scope');
    expect(kb.diagnose('孩子随我们在城里上学 没有本地户口 能申请教育救助吗').verdict).not.toBe('out-of-scope');
    expect(kb.diagnose('医保报销完自己还要出好几万 实在付不起').verdict).not.toBe('out-of-scope');
  });

  it('keeps a question about the part of a bill left after insurance ours: medical assistance pays that part', () => {
    expect(kb.diagnose('住院医保报完了 个人自付那块还能再报吗').verdict).not.toBe('out-of-scope');
    expect(kb.diagnose('新农合给报了一些 剩下的钱有没有地方二次报销').verdict).not.toBe('out-of-scope');
    // Wages owed are the labour office's, but money to tide over or a lawyer at no cost is help asked of us.
    expect(kb.diagnose('包工头欠了半年工资不给 想找个免费律师 家里等钱救急').verdict).not.toBe('out-of-scope');
    // The rules of insurance itself are still the insurance office's.
    expect(kb.diagnose('医保报销比例是多少').verdict).toBe('out-of-scope');
  });

  it('refers unpaid wages, annuities, criminal liability, school matters, phone lines and Party membership', () => {
    const wages = kb.answer('厂里欠了我们半年的工资 该到哪里去告');
    expect(wages.answerable).toBe(false);
    expect(wages.text).toContain('劳动保障监察');
    expect(kb.answer('职业年金退休了怎么领').text).toContain('人社部门');
    expect(kb.answer('信用卡逾期好几个月了 会不会坐牢').answerable).toBe(false);
    expect(kb.answer('闺女在学校老被同学欺负 找谁管').text).toContain('教育部门');
    expect(kb.answer('家里的宽带老断网 找谁修').answerable).toBe(false);
    expect(kb.answer('预备党员转正要交什么材料').text).toContain('党组织');
    expect(kb.answer('县里哪个医院看风湿最好').text).toContain('医生');
  });

  it('refers consumer complaints, street stalls, noise, parcels and taxes to their departments', () => {
    expect(kb.answer('超市卖给我过期食品 去哪告它').text).toContain('市场监管部门');
    expect(kb.answer('在菜场门口摆地摊被赶了 找谁说').text).toContain('城管');
    expect(kb.answer('楼下饭店晚上噪音太大 找哪个部门').text).toContain('生态环境部门');
    expect(kb.answer('快递丢了快递公司不认账').answerable).toBe(false);
    expect(kb.answer('卖了自家的旧房子要交税吗').answerable).toBe(false);
  });

  it('keeps wage arrears ours when the resident asks for help with them', () => {
    expect(kb.diagnose('老板欠了工资人跑了 家里揭不开锅 能申请临时救助吗').verdict).toBe('answerable');
    expect(kb.diagnose('被拖欠工资 请不起律师 能申请法律援助吗').verdict).toBe('answerable');
  });

  it('reads 低保户 and 特困户 as who the resident is beside another department\'s service', () => {
    expect(kb.diagnose('我们是低保户 能不能办信用卡').verdict).toBe('out-of-scope');
    expect(kb.diagnose('特困户家的娃高考有没有加分').verdict).toBe('out-of-scope');
    // Asking for a fee to be waived, or for help, is still ours.
    expect(kb.diagnose('低保户住院押金能不能减免').verdict).not.toBe('out-of-scope');
    expect(kb.diagnose('低保户买房有没有补助').verdict).not.toBe('out-of-scope');
  });

  it('refers farm subsidies, marriage registration, land taken for a road and recruitment exams', () => {
    const farm = kb.answer('退耕还林的钱今年咋还没到账');
    expect(farm.answerable).toBe(false);
    expect(farm.text).toContain('农业农村部门');
    expect(kb.diagnose('去年的地力补贴一亩给了多少').verdict).toBe('out-of-scope');
    expect(kb.answer('办婚姻登记周末上班吗').text).toContain('婚姻登记处');
    expect(kb.diagnose('乡里修路占了我家两分菜地 赔的钱谁定的').verdict).toBe('out-of-scope');
    expect(kb.answer('县里今年考编什么时候报名').text).toContain('人事考试');
    // Hardship told with it, or help asked for, keeps it ours.
    expect(kb.diagnose('修路占了我家的地 现在一家人没收入了 能申请救助吗').verdict).toBe('answerable');
  });

  it('says where to go only when the list names a department', () => {
    const read = createScopeReader(['天气', '公积金'], [], [], new Map([['公积金', '住房公积金管理中心']]));
    expect(read('公积金怎么取').referTo).toBe('住房公积金管理中心');
    expect(read('明天天气咋样').referTo).toBeUndefined();
    expect(read('明天天气咋样').outOfScope).toBe(true);
  });
});

describe('residents’ words for following up, sleeping rough and losing a breadwinner', () => {
  it('answers a follow-up asked as 催', () => {
    expect(kb.diagnose('材料交上去快两个月了 一直没有消息 该找谁催一催').verdict).toBe('answerable');
  });

  it('answers a neighbour telling of someone sleeping in a bike shed or a tent', () => {
    expect(kb.diagnose('楼下有个大爷天天捡破烂 夜里就睡车棚 这事归谁管').verdict).toBe('answerable');
    expect(kb.diagnose('发大水以后一家人住在帐篷里 生活补助啥时候能发下来').verdict).toBe('answerable');
  });

  it('answers a story of a lost breadwinner told without the usual words', () => {
    expect(kb.diagnose('孩子他爸得了脑出血没了 我身体不好也干不了活 家里吃饭都成问题 能申请点啥').verdict).toBe('answerable');
  });
});

describe('a story told before another department’s question', () => {
  it('refers the question when the hard times come before the clause naming the service', () => {
    expect(kb.diagnose('厂子倒闭好几年了 日子过得困难 断掉的社保还能补上吗').verdict).toBe('out-of-scope');
    expect(kb.diagnose('我妈走得急 家里一分钱没有 丧葬费去哪里领').verdict).toBe('out-of-scope');
  });

  it('keeps it ours when the hardship is told with or after the service, or help is asked for', () => {
    expect(kb.diagnose('社保断交好几年了 现在家里揭不开锅').verdict).not.toBe('out-of-scope');
    expect(kb.diagnose('厂子倒闭了 社保也断了 有什么救助能申请').verdict).not.toBe('out-of-scope');
  });

  it('keeps a hospital deposit one cannot pay ours, and refers a deposit to be refunded', () => {
    const read = createScopeReader(['押金'], []);
    expect(read('住院能不能先不交押金').outOfScope).toBe(false);
    expect(read('急诊押金交不上 人还在里面').outOfScope).toBe(false);
    expect(read('住院押金能退吗').outOfScope).toBe(true);
    expect(read('租的房子押金不退').outOfScope).toBe(true);
  });

  it('still reads the whole story as hardship when a programme is named', () => {
    const read = createScopeReader(['退休金'], [], ['中风']);
    expect(read('老伴中风了 我也没有退休金 想问问低保怎么办').hardship).toBe(true);
  });

  it('refers to the department even when the question is declined for another reason first', () => {
    const answer = kb.answer('个税每年的汇算到底怎么弄');
    expect(answer.answerable).toBe(false);
    expect(answer.text).toContain('税务部门');
  });
});

describe('residents’ words for violence at home and for how income is counted', () => {
  it('finds the women-and-children card near the top for a mother who fled a beating', () => {
    const { results } = kb.search('男人一喝醉就动手打我 我抱着孩子跑出来了 现在住哪都不知道');
    expect(results.slice(0, 3).some((r) => r.documentId === 'programme:women_children' || r.documentId === 'programme:temporary')).toBe(true);
  });

  it('finds the low-income card for a question on how income is counted', () => {
    const { results } = kb.search('帮人看店挣的那点钱 申请的时候收入怎么算');
    expect(results.slice(0, 3).some((r) => r.documentId === 'programme:minimum_living')).toBe(true);
  });
});
