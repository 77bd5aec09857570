import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities/index.js';
import type { Entity } from '../../src/nlu/types.js';

function values(text: string, type: Entity['type']): Entity['value'][] {
  return extractEntities(text)
    .filter((e) => e.type === type)
    .map((e) => e.value);
}

describe('identity numbers in a message', () => {
  it('does not take a single parent for a household of one', () => {
    expect(values('老公走了 我一个人带两个孩子', 'household_size')).toEqual([]);
  });

  it('finds a valid ID and normalises a lowercase x', () => {
    expect(values('我身份证11010519491231002x 想问低保', 'id_number')).toEqual(['11010519491231002X']);
  });

  it('reports an ID-like number with a wrong check digit as invalid and never returns it as an ID', () => {
    const entities = extractEntities('身份证号320281195603150022');
    expect(entities).toContainEqual(expect.objectContaining({ type: 'invalid_id_number', value: true }));
    expect(entities.some((e) => e.type === 'id_number')).toBe(false);
  });

  it('keeps an ID typed in groups whole, and a phone typed next to it apart', () => {
    const entities = extractEntities('电话138 1234 5678 身份证320281 19560315 0021');
    expect(entities.filter((e) => e.type === 'phone').map((e) => e.value)).toEqual(['13812345678']);
    expect(entities.filter((e) => e.type === 'id_number').map((e) => e.value)).toEqual([
      '320281195603150021',
    ]);
  });

  it('normalises a phone typed with dashes or +86, and keeps the span as written', () => {
    expect(extractEntities('有事打159-6157-0000')).toContainEqual({
      type: 'phone',
      value: '15961570000',
      text: '159-6157-0000',
    });
    expect(values('手机+86 186 1234 5678', 'phone')).toEqual(['18612345678']);
  });

  it('does not read hotlines, landlines or a mobile with a digit missing as phones', () => {
    expect(values('打了12345也没用 座机0510-86001234', 'phone')).toEqual([]);
    expect(values('电话1381234567', 'phone')).toEqual([]);
  });
});

describe('household and money', () => {
  it.each([
    ['一家五口 日子紧巴', 5],
    ['我和老伴两个人过', 2],
    ['就我一个人住', 1],
    ['家里四口人', 4],
    ['我带着两个娃一共三口人', 3],
    ['我一个人住在老房子里', 1],
    ['my grandfather lives alone since 2019', 1],
    ['we are 4 people at home', 4],
    ['a family of 5, only my husband works', 5],
  ])('reads the household size in 「%s」 as %d', (text, size) => {
    expect(values(text, 'household_size')).toEqual([size]);
  });

  it.each([
    ['两千五', 2500],
    ['月收入两千来块', 2000],
    ['一年1.2万', 1000],
    ['工资三千多', 3000],
    ['退休金每月一千八百元', 1800],
    ['一年到头种地挣个两万四', 2000],
    ['家里没有任何收入', 0],
    // A reading skipped as too small (收入不固定 一…) does not swallow the 一年 that follows it.
    ['收入不固定 一年三万左右', 2500],
    // Amounts earned by different members, each in its own clause, add up; one amount read twice does not.
    ['老公每月3000 我每月1200', 4200],
    ['我每个月2000，我老婆每个月1500', 3500],
    ['我一个月工资3000', 3000],
    // Alternatives without an average of the resident's own count as their middle, not as two sources.
    ['有时候一个月一千 有时候三千', 2000],
    // Every source said now adds up, each in its period, for as many people as it is for.
    ['我爸养老金一个月一百五孙女她妈每个月给孩子寄四百我每个月再给我爸三百就这些', 850],
    ['我们两口养老金二百八 卖辣椒一年三千六', 580],
    ['外公外婆一人一百五养老金 我舅和我姨每人每年给他们二千四', 700],
    ['采茶的时候一个月五千左右，别的时候只有一千，一年平均算两千吧，老公没上班。', 2000],
    ['我在厂里包装一个月一千九 孩子他爸说好每月给六百 给了一个月就不给了', 1900],
    ['老公在工地一个月三千五左右；我以前在饭店月薪两千，现在不干了；公公婆婆每人每月养老金一百三。', 3760],
  ])('reads 「%s」 as a monthly income of %d yuan', (text, amount) => {
    expect(values(text, 'monthly_income')).toEqual([amount]);
  });

  it('never reads rent, tuition or medical bills as income', () => {
    expect(values('每月房租一千二', 'monthly_income')).toEqual([]);
    expect(values('孩子学费一年八千', 'monthly_income')).toEqual([]);
    expect(values('住院押金要两万', 'monthly_income')).toEqual([]);
    // Rent told in the clause before its amount, and 要 after the period (what something costs).
    expect(values('带着儿子在城里租房子，一个月九百', 'monthly_income')).toEqual([]);
    expect(values('老父亲吃药每个月要六百多', 'monthly_income')).toEqual([]);
    // An earner in the amount's own clause is income even when rent was told before it.
    expect(values('我们租房住，老公一个月四千', 'monthly_income')).toEqual([4000]);
  });

  it('counts an allowance the household receives, and adds an amount said to come on top (再加上)', () => {
    expect(values('就靠残疾补贴 一个月两百六', 'monthly_income')).toEqual([260]);
    expect(values('低保金一个月七百 再加上老伴打零工一个月八百', 'monthly_income')).toEqual([1500]);
  });
});

describe('people, places and kinds of help', () => {
  it('finds a name after 我叫 and after a kin word, but not a title or an ordinary word', () => {
    expect(values('我叫周晓梅，今年六十一', 'person_name')).toEqual(['周晓梅']);
    expect(values('我外孙女何思琪 身份证还没办', 'person_name')).toEqual(['何思琪']);
    expect(values('隔壁王大爷家着火了', 'person_name')).toEqual([]);
    expect(values('给孙子申请助学金', 'person_name')).toEqual([]);
    // A form-like label before the name, with or without a colon.
    expect(values('名字王秀英 身份证 320281195806214320', 'person_name')).toEqual(['王秀英']);
    expect(values('名字：王秀英', 'person_name')).toEqual(['王秀英']);
    expect(values('名字写错了', 'person_name')).toEqual([]);
    // A full name standing alone keeps a last character that would end a name inside a sentence (来, 四).
    expect(values('我叫韩德来 32028119640512007X', 'person_name')).toEqual(['韩德来']);
    expect(values('他叫孙小五', 'person_name')).toEqual(['孙小五']);
    expect(values('他叫王明来申请', 'person_name')).toEqual(['王明']);
    // A nickname then the name on the ID card: the latter comes last, so it is the one kept.
    expect(values('奶奶叫孙小五 大名孙桂兰', 'person_name').at(-1)).toBe('孙桂兰');
  });

  it('reads a phone typed with dots and an ID with a lowercase x typed in groups', () => {
    expect(values('电话 139.0000.1234', 'phone')).toEqual(['13900001234']);
    expect(values('320281 19640512 007x', 'id_number')).toEqual(['32028119640512007X']);
    // Typed in full width, its letter too, right after the name.
    expect(values('周红３２０２８１１９６４０５１２００７Ｘ', 'id_number')).toEqual(['32028119640512007X']);
  });

  it('reads ages with and without 岁', () => {
    expect(values('老母亲今年八十三了', 'age')).toEqual([83]);
    expect(values('孩子才6岁', 'age')).toEqual([6]);
    expect(values('我六十七了 腿脚不好', 'age')).toEqual([67]);
  });

  it('keeps an address exactly as written, and ignores an office that was visited', () => {
    expect(values('家住江阴市澄江街道幸福社区5栋201 想问低保', 'address')).toEqual([
      '江阴市澄江街道幸福社区5栋201',
    ]);
    expect(values('住在青山镇柳树村三组', 'address')).toEqual(['青山镇柳树村三组']);
    expect(values('昨天去了区民政局2楼办公室', 'address')).toEqual([]);
  });

  it('maps the names of programmes to their canonical codes, each once', () => {
    expect(values('想申请低保 还有医疗救助 低保能一起办吗', 'assistance_type')).toEqual([
      'minimum_living',
      'medical',
    ]);
    expect(values('特困职工能找工会吗', 'assistance_type')).toEqual(['worker_hardship']);
    expect(values('村里的五保户', 'assistance_type')).toEqual(['extreme_poverty']);
    expect(values('危房改造怎么弄', 'assistance_type')).toEqual(['housing']);
  });

  it('returns nothing for a message without data', () => {
    expect(extractEntities('你好 在吗')).toEqual([]);
  });
});

describe('round 11: names after who they are, and help for work', () => {
  it('reads a name after 男的叫 / 大的几岁叫', () => {
    expect(values('二楼的吴家，男的叫吴长顺，两口子带个娃', 'person_name')).toEqual(['吴长顺']);
    expect(values('俩外孙 大的九岁叫邱子涵 小的六岁', 'person_name')).toEqual(['邱子涵']);
  });

  it('names work and training help as employment', () => {
    for (const text of ['听说有公益岗', '想参加免费培训学门手艺', '有没有免费学技术的'])
      expect(values(text, 'assistance_type'), text).toContain('employment');
  });
});
