// Probe of the identity and household readers on varied resident typing (own sentences, no bench set):
// prints each input that is read wrong and the counts per field. Run: npx tsx scripts/probe-fields.ts
import { fillFields } from '../src/flows/application/fill.js';
import { loadForms } from '../src/forms/load-forms.js';
import { idCheckCharacter } from '../src/identity/id-number.js';
import { extractEntities } from '../src/nlu/entities/index.js';
import { toSimplified } from '../src/text/to-simplified.js';

function id(birth: string, seq: number, area = '320281'): string {
  const first = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return first + idCheckCharacter(first);
}
function idEndingX(): string {
  for (let s = 1; s < 999; s++) {
    const v = id('19580312', s, '410522');
    if (v.endsWith('X')) return v;
  }
  throw new Error('no X');
}
const ID = id('19650708', 123);
const IDX = idEndingX();
const BAD = ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0');
const P = '13812345678';
const P2 = '15987654321';
const CN: Record<string, string> = {
  '0': '零',
  '1': '一',
  '2': '二',
  '3': '三',
  '4': '四',
  '5': '五',
  '6': '六',
  '7': '七',
  '8': '八',
  '9': '九',
  X: 'X',
};
const cn = (s: string, one = '一', two = '二') =>
  Array.from(s)
    .map((c) => (c === '1' ? one : c === '2' ? two : CN[c]))
    .join('');
const wide = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));
const grp = (s: string, sizes: number[], sep: string) => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
};

interface Case {
  ask: string[];
  text: string;
  want: Record<string, string | number | null>;
  /** A problem text must contain this. */
  problem?: string;
}
const I = ['applicant_name', 'id_number', 'phone'];
const H = ['address', 'household_size', 'monthly_income'];
const cases: Case[] = [
  // phones asked alone
  ...[
    '138 1234 5678',
    '138-1234-5678',
    wide(P),
    '138.1234.5678',
    '138 12345678',
    '1381234 5678',
    `幺三八幺二三四五六七八`,
    cn(P),
    cn(P, '幺', '两'),
    '幺三八 幺二三四 五六七八',
    '一三八-一二三四-五六七八',
    `电话是${P}`,
    `手机：${P}`,
    `手机号 ${P}`,
    `${P}这个是我的`,
    `${P} 是我的手机`,
    `我的手机号码是 138 1234 5678 谢谢`,
    `+86 138 1234 5678`,
    `８６－１３８－１２３４－５６７８`,
    `手机${cn(P, '幺')}`,
    `打这个 ${grp(P, [3, 4], ' ')} 就行`,
    `电话13812345670 不对 是${P}`,
    `${P2} 说错了 应该是 ${P}`,
    `13812345670，不对不对，${P}`,
    `座机0510-86123456 手机${P}`,
    `我没手机，我儿子的电话 ${P}`,
    `打我女儿手机吧 ${P}`,
    `138 1234 5678 白天打`,
    `联系电话：138-1234-5678。`,
    `电话：138 1234 5678（本人）`,
    `tel ${P}`,
    `１３８\u3000１２３４\u3000５６７８`,
    `138–1234–5678`,
    `138—1234—5678`,
    `手机号是：${P}，身份证${ID}`,
    `${P}。`,
    `我的号 ${P} 有事打这个`,
    `138 1234 5678 这个是我的`,
  ].map((text) => ({
    ask: ['phone'],
    text,
    want: { phone: /15987654321/.test(text) && !/应该是/.test(text) ? P2 : P },
  })),
  { ask: ['phone'], text: '家里座机 0510-86123456', want: { phone: null }, problem: '座机' },
  { ask: ['phone'], text: '86123456', want: { phone: null }, problem: '手机' },
  // IDs asked alone
  ...[
    ID,
    grp(ID, [6, 8, 4], ' '),
    grp(ID, [6, 8, 4], '-'),
    grp(ID, [4, 4, 4, 4], ' '),
    wide(ID),
    cn(ID),
    cn(ID, '幺'),
    `身份证号：${ID}`,
    `身份证号码是 ${ID}`,
    `${ID} 这个是我的`,
    `${ID}这个是身份证`,
    `证件号${ID}。`,
    `身份证 ${BAD} 不对 是${ID}`,
    `${BAD}，说错了，应该是${ID}`,
    grp(ID, [6, 8, 4], '.'),
    grp(ID, [6, 4, 4, 3, 1], ' '),
    wide(grp(ID, [6, 8, 4], '\u3000')),
    `ID: ${ID}`,
    `身份证号码：${ID}（本人）`,
    `${ID}，电话${P}`,
    `我的身份证是${grp(ID, [6, 8, 4], '-')}`,
  ].map((text) => ({ ask: ['id_number'], text, want: { id_number: ID } })),
  ...[
    IDX.toLowerCase(),
    `身份证${IDX.toLowerCase()}`,
    wide(IDX),
    grp(IDX.toLowerCase(), [6, 8, 4], ' '),
    cn(IDX).replace('X', 'x'),
  ].map((text) => ({ ask: ['id_number'], text, want: { id_number: IDX } })),
  { ask: ['id_number'], text: BAD, want: { id_number: null }, problem: '校验码' },
  { ask: ['id_number'], text: `身份证号是${BAD}`, want: { id_number: null }, problem: '校验码' },
  { ask: ['id_number'], text: grp(BAD, [6, 8, 4], ' '), want: { id_number: null }, problem: '校验码' },
  {
    ask: I,
    text: `王桂芬 ${BAD} ${P}`,
    want: { id_number: null, phone: P, applicant_name: '王桂芬' },
    problem: '校验码',
  },
  // identity group: two numbers in one message, either order
  ...[
    `王桂芬 ${ID} ${P}`,
    `王桂芬 ${P} ${ID}`,
    `王桂芬，身份证${ID}，电话${P}`,
    `王桂芬 电话${P} 身份证号${ID}`,
    `王桂芬${ID}${P}`,
    `王桂芬 ${grp(ID, [6, 8, 4], ' ')} ${grp(P, [3, 4], ' ')}`,
    `王桂芬 身份证号和电话 ${ID} ${P}`,
    `我叫王桂芬 身份证${ID} 手机${P}`,
    `名字是王桂芬，${ID}，手机：${P}`,
    `王桂芬\n${ID}\n${P}`,
    `王 桂 芬 ${ID} ${P}`,
    `姓王 叫王桂芬 ${ID} ${P}`,
    `王桂芬（我妈） ${ID} ${P}`,
    `我妈叫王桂芬 ${ID} ${P}`,
    `王桂芬 身份证${ID} 电话是${cn(P, '幺')}`,
    `王桂芬 ${P}这个是我的电话 身份证${ID}`,
  ].map((text) => ({ ask: I, text, want: { applicant_name: '王桂芬', id_number: ID, phone: P } })),
  // names asked alone
  ...(
    [
      ['我叫王桂芬', '王桂芬'],
      ['姓王 叫王桂芬', '王桂芬'],
      ['王桂芬（我妈）', '王桂芬'],
      ['王桂芬(我妈)', '王桂芬'],
      ['我妈叫王桂芬', '王桂芬'],
      ['名字是王桂芬', '王桂芬'],
      ['王桂芬 身份证等下发', '王桂芬'],
      ['王 桂 芬', '王桂芬'],
      ['陳淑華', '陳淑華'],
      ['我叫陳淑華', '陳淑華'],
      ['張偉', '張偉'],
      ['李强', '李强'],
      ['我叫李强', '李强'],
      ['欧阳娜娜', '欧阳娜娜'],
      ['我叫欧阳明', '欧阳明'],
      ['司马光明', '司马光明'],
      ['申请人 司马光明', '司马光明'],
      ['我老伴叫刘秀兰', '刘秀兰'],
      ['王桂芬，今年68了', '王桂芬'],
      ['王桂芬 是我母亲', '王桂芬'],
      ['帮我妈申请 她叫王桂芬', '王桂芬'],
      ['叫王桂芬', '王桂芬'],
      ['王桂芬。', '王桂芬'],
      ['就是王桂芬', '王桂芬'],
      ['黄 强', '黄强'],
      ['歐陽娜娜', '歐陽娜娜'],
      ['鄭國強', '鄭國強'],
      ['申请人姓名：周建国', '周建国'],
      ['我是张建华', '张建华'],
      ['俺叫赵老栓', '赵老栓'],
      ['王桂芬，女', '王桂芬'],
      ['是王桂芬', '王桂芬'],
      ['申请人：王桂芬', '王桂芬'],
      ['姓名 王桂芬', '王桂芬'],
      ['王桂芬 我是她女儿', '王桂芬'],
      ['欧阳 娜娜', '欧阳娜娜'],
      ['司马 光明', '司马光明'],
      ['我叫张三', '张三'],
      ['我是他儿子 他叫李大山', '李大山'],
      ['王桂芬我妈', '王桂芬'],
      ['我妈王桂芬', '王桂芬'],
      ['刘 洋', '刘洋'],
    ] as const
  ).map(([text, name]) => ({ ask: ['applicant_name'], text, want: { applicant_name: name } })),
  ...[
    '我妈',
    '老伴',
    '华士镇',
    '不知道',
    '我自己',
    '就是我本人',
    '我老婆',
    '东风村',
    '就我自己',
    '给我妈',
    '帮老伴申请',
    '本人',
    '是我自己',
    '我家老头子',
    '还没想好',
    '身份证在这',
    '我们村的',
    '汽车站',
  ].map((text) => ({
    ask: ['applicant_name'],
    text,
    want: { applicant_name: null },
  })),
  // household size
  ...(
    [
      ['5口人', 5],
      ['五口', 5],
      ['我们家4口人 月收入2000', 4],
      ['家里3口人 我今年65岁', 3],
      ['我 老伴 儿子 儿媳 孙子', 5],
      ['我和老伴，还有两个孙子', 4],
      ['户口本上5个人 2个在外打工', 5],
      ['就我跟我妈两个', 2],
      ['六十多岁了 家里就我一个', 1],
      ['一家三口 住在3组', 3],
      ['有4个人 大儿子30岁 小儿子25岁', 4],
      ['4个，老公、我、两个孩子', 4],
      ['我、老公、婆婆、两个孩子', 5],
      ['三口人，孩子8岁', 3],
      ['户口上6口 2018年分户了', 6],
      ['我和我爸妈', 3],
      ['我老伴和我 两个人 都70多了', 2],
      ['家里2个人 每月1500', 2],
      ['4口 收入3000左右', 4],
      ['我女儿 我 还有外孙', 3],
      ['两个大人三个小孩', 5],
      ['就我和孩子 孩子12岁', 2],
      ['我 老公 两个孩子 还有婆婆 一共5个', 5],
      ['一共6个 我 老公 俩孩子 公婆', 6],
      ['户口本上有五个人', 5],
      ['我们这户一共3人', 3],
      ['5人', 5],
      ['五个', 5],
      ['家庭成员：我、妻子、儿子', 3],
      ['三个孩子和我们夫妻俩', 5],
      ['老伴78 我75 就我们两个', 2],
      ['四口人 两个孩子 一个上初中', 4],
      ['我家有6口人，2个老人2个孩子', 6],
      ['家里人口4个', 4],
      ['共4人', 4],
      ['4人 我 老公 2个孩子', 4],
      ['一家4口 月入3千', 4],
      ['俺两口子 加上孙子孙女 一共4口', 4],
    ] as const
  ).map(([text, n]) => ({ ask: ['household_size'], text, want: { household_size: n } })),
  ...(
    [
      ['周庄镇华宏村3组 4口人 2000', 4],
      ['华宏村12组 三口 一个月1500', 3],
      ['住周庄镇华宏村 我和老伴两个 1200', 2],
      ['华宏村 我 老伴 儿子 3000', 3],
      ['周庄镇华宏村5组 家里5个人 每个月3000左右', 5],
    ] as const
  ).map(([text, n]) => ({ ask: H, text, want: { household_size: n } })),
];

const forms = await loadForms('forms', { warn: () => undefined });
const definition = forms.forType('minimum_living');
const byField = new Map<string, { ok: number; all: number }>();
let failed = 0;
for (const c of cases) {
  const asked = definition.fields.filter((f) => c.ask.includes(f.name));
  // As the dialogue reads a message: in simplified characters.
  const read = toSimplified(c.text);
  const filling = fillFields({}, definition, read, extractEntities(read), asked);
  const wrong: string[] = [];
  for (const [name, want] of Object.entries(c.want)) {
    const got = filling.fields[name];
    const ok = want === null ? got === undefined : got === want;
    const tally = byField.get(name) ?? { ok: 0, all: 0 };
    tally.all++;
    if (ok) tally.ok++;
    byField.set(name, tally);
    if (!ok) wrong.push(`${name}: got ${String(got)} want ${String(want)}`);
  }
  if (c.problem && !filling.problems.some((p) => p.problem.includes(c.problem!)))
    wrong.push(`problem missing 「${c.problem}」: ${filling.problems.map((p) => p.problem).join(' | ')}`);
  if (wrong.length > 0) {
    failed++;
    console.log(`FAIL ${JSON.stringify(c.text)} [${c.ask.join(',')}]\n  ${wrong.join('\n  ')}`);
  }
}
for (const [name, t] of byField) console.log(`${name}: ${t.ok}/${t.all}`);
console.log(`cases failing: ${failed}/${cases.length}`);
