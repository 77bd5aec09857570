import { cutText } from '../../text/well-formed.js';

// Parents who lost their only child (「只有一个女 前年出车祸走了」) need the help for such families, not a one-off
// grant for the accident: the death is no pointer to temporary help then.
const LOST_ONLY_CHILD =
  /失独|(?:独生|只有一个|就一个|只生了?一个)(?:子女|儿子|女儿|孩子|娃|闺女|女|儿)?[^。]{0,16}?(?:走了|去世|过世|没了|不在了)/u;

// A child who left school (「初二上到一半不念了」) needs help growing up, not with school fees: the school words
// that tell where they were are no pointer to education then.
const LEFT_SCHOOL = /不念了|不念书了|不上学了|不读了|辍学|退学/u;

// What a resident's own words say the need is about, when they name no programme. Each entry is a kind of
// help and the plain words that point to it; a message pointing to several is asked which one it is.
const POINTERS: readonly (readonly [string, RegExp])[] = [
  [
    'education',
    /学费|上学|读书|念书|上大学|考上|大学|高中|初中|小学|幼儿园|技校|职高|中专|学校|初[一二三]|高[一二三]|教育|助学|\b(?:school|tuition|student|education)\b/iu,
  ],
  [
    'medical',
    /看病|住院|手术|化疗|透析|医药费|医疗费|药费|吃药|治病|医院|开刀|\b(?:medical|hospital|surgery|operation|treatment|medicine)\b/iu,
  ],
  [
    'employment',
    /找工作|找个?(?:稳当|稳定)?(?:活|工作)|没(?:有)?工作|没活干?|倒闭|厂子?(?:关|倒|黄)了|失业|下岗|被裁|裁员|不要人了|培训|学(?:门|点|个)?(?:技术|手艺)|摆.{0,8}摊|创业|打零工|就业|扶持|想(?:出去)?(?:工作|上班|找(?:个)?活)|学[^，。？！?!\s]{0,4}?(?:月嫂|育婴|保姆|厨师|电工|焊工|技能)|(?:啥|什么)?技术(?:也|都)?没(?:有)?|\b(?:unemployed|jobless|laid off|lost (?:my|his|her) job)\b/iu,
  ],
  [
    'housing',
    /房子|房屋|屋顶|漏雨|危房|修房|盖房|修一修|裂了?(?:一条|好几)?(?:大)?缝|墙.{0,4}(?:歪|裂|塌)|租房|房租|\b(?:housing|rent|roof|homeless)\b/iu,
  ],
  [
    'disaster',
    /受灾|大水|洪水|发水|台风|冰雹|暴雨|地震|水灾|淹了|进水|雪灾|白灾|黑灾|暴雪|大雪[^，。？！?!]{0,10}?压(?:塌|垮|坏|倒)|旱灾|冻灾|雹灾|泥石流|山洪|滑坡|\b(?:flood|typhoon|earthquake|disaster|storm)\b/iu,
  ],
  [
    'temporary',
    /(?:上个月|这个月|前几天|前些天|前天|昨天|上周|最近|刚)[^，。？！?!]{0,12}?(?:去世|过世|没了|走了)|丧事|丧葬|办丧|车祸|被撞|撞了|(?:摔|掉|跌)(?:下来|下去)|骨折|意外|着火|失火|起火|火灾|烧了|烧掉|烧光|烧没了|出事|跑路|欠.{0,6}工资|诈骗|被骗|突然|\b(?:accident|fire|scammed)\b/iu,
  ],
  [
    'disability',
    /残疾|轮椅|截肢|假肢|孤独症|脑瘫|康复训练|助听器|聋|盲|瞎|\b(?:disabled|disability|wheelchair|deaf|blind)\b/iu,
  ],
  [
    'youth',
    new RegExp(
      `${LEFT_SCHOOL.source}|休学在家|网吧|学坏|混社会|没人管教|留守(?:儿童|娃|孩子)?|事实孤儿`,
      'u',
    ),
  ],
  ['family_planning', LOST_ONLY_CHILD],
  // 「钱包手机被偷了 身上一分钱都没有 想回山东老家」: stranded away from home, the fare home is the help.
  // Round 45: 「这两天睡在汽车站候车厅 想回家 没钱买票」: no money for the ticket, nights in a station's waiting room.
  [
    'vagrant',
    /路费|车票钱|回不了家|回不去家|(?:想|要)回[^，。？！?!]{0,8}老家|流浪|乞讨|救助站|没钱买(?:车|火车|汽车)?票|买不起(?:车|火车|汽车)?票|(?:睡|住|待|呆)(?:在)?(?:汽车站|火车站|客运站|车站|候车厅|候车室)/u,
  ],
];

// Reading more than this adds nothing and would only cost time on a pasted essay.
const MAX_CHARS = 600;

/** The kinds of help a message's words point to, in a fixed order, each once (possibly none). */
export function likelyTypes(message: string): string[] {
  const text = cutText(message, MAX_CHARS);
  const left = LEFT_SCHOOL.test(text);
  const lostOnlyChild = LOST_ONLY_CHILD.test(text);
  return POINTERS.filter(
    ([type, words]) =>
      words.test(text) && !(left && type === 'education') && !(lostOnlyChild && type === 'temporary'),
  ).map(([type]) => type);
}
