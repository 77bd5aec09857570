import { allMatches } from '../../text/matches.js';
import type { AssistanceType } from '../types.js';
import { found, type FoundEntity } from './found.js';

/**
 * How residents name each kind of help. Program names and the plain words for them; a bare topic
 * (生病, 房子) is not enough, because saying one is ill is not asking for 医疗救助.
 */
// 「五保边缘户」「低保边缘家庭」: a household near the line, told as what it is, not the help it asks for.
const LEXICON: readonly (readonly [AssistanceType, RegExp])[] = [
  ['minimum_living', /低保(?!边缘)|最低生活保障|最低生活保障金|低保户|低保金|城市低保|农村低保|吃低保/gu],
  [
    'extreme_poverty',
    /特困(?!职工|边缘)|特困供养|特困人员|五保(?!边缘)|分散供养|集中供养|敬老院供养|孤寡老人供养/gu,
  ],
  [
    'temporary',
    /临时救助|临时(?:的|性的?)救助|临时困难救助|急难救助|救急难|支出型贫困|临时生活救助|临时补助|应急救助/gu,
  ],
  [
    'medical',
    /医疗救助|看病报销|报销医药费|医药费报销|看病的救助|大病救助|大病医疗救助|医疗补助|看病救助|二次报销|医疗费用救助|门诊救助|住院救助|大病补助/gu,
  ],
  // Round 42: 「读职校的有补助吗」 names the help for vocational students; 「有没有帮修房子的」 names the repair of a
  // home (危房改造) by what it does (修房子的钱拿不出来 tells a cost, after a disaster too, and names nothing).
  [
    'education',
    /教育救助|教育(?:方面|上|这块|那块)的?(?:帮助|补助|救助|帮扶|资助|政策)|助学金|助学|学费减免|减免学费|学费补助|上学补助|教育资助|助学贷款|生活费补助|贫困生资助|奖助学金|雨露计划|(?:职校|职高|中专|中职|技校)[^，。？！?!]{0,5}?(?:补助|补贴|资助)/gu,
  ],
  [
    'housing',
    /住房救助|住房保障|廉租房|公租房|公共租赁住房|保障房|保障性住房|危房改造|农村危房|租房补贴|住房补贴|租赁补贴|棚改|实物配租|帮(?:忙|着)?修房子?|修房子?的(?:补助|补贴|政策)/gu,
  ],
  [
    'employment',
    // 「就业那个 咋弄」: the programme named by its first word and 那个 / 这个 (the one about jobs). 「培训？」 alone,
    // sent to a social-assistance window, asks about its job training.
    /^\s*(?:有)?培训(?:吗|呢|没有?)?[？?。！!\s]*$|就业救助|就业援助|就业帮扶|就业(?:的)?(?:那个|这个|那块|这块|方面的?)|就业上的?(?:帮扶|帮助|扶持|救助|补贴|援助)|公益性岗位|公益岗位?|再就业|找工作|介绍工作|安排工作|职业培训|技能培训|职业技能|就业培训|免费培训|免费学技术|学(?:个|门|点)?(?:技术|手艺)|(?:免费)?学(?:个|门)?(?:育婴师|月嫂|家政|保姆|厨师|电工|焊工|护工|养老护理员?|美容|美发|挖掘机|叉车)|失业救助|就业困难人员/gu,
  ],
  [
    'disaster',
    /受灾人员救助|受灾救助|灾害救助|自然灾害救助|救灾|灾民|受灾|遭灾|灾后重建|过渡期生活救助|倒房重建/gu,
  ],
  [
    'disability',
    /残疾人救助|残疾人补贴|残疾补贴|两项补贴|困难残疾人生活补贴|重度残疾人护理补贴|护理补贴|残疾人护理|残联|残疾证|康复救助|残疾人康复|辅具|辅助器具|残疾人两项/gu,
  ],
  ['worker_hardship', /特困职工|困难职工|职工帮扶|工会帮扶|工会救助|工会|职工解困|困难职工救助|金秋助学/gu],
  [
    'women_children',
    /妇联|困难妇女|妇女救助|单亲母亲|单亲妈妈|困境儿童|儿童救助|孤儿|事实无人抚养|留守儿童|两癌|妇女儿童/gu,
  ],
  ['youth', /团委|共青团|困境青少年|青少年救助|希望工程|青少年帮扶|闲散青少年/gu],
  ['vagrant', /流浪乞讨|流浪人员|乞讨人员|救助站|救助管理站|流浪救助|流浪汉|乞讨|返乡救助|车票救助/gu],
  // 「想找个律师告他 可是没钱」: a lawyer wanted is legal aid asked for.
  [
    'legal_aid',
    /法律援助|法援|免费(?:的)?律师|律师(?:是)?免费|法律帮助|请不起律师|法律咨询|打官司|(?:想|要)(?:找|请)(?:个|一个)?律师/gu,
  ],
  [
    'family_planning',
    /计划生育[^，。？！?!\s]{0,6}?(?:特殊家庭|特别扶助|扶助|补助|补贴)|计划生育特殊家庭|计生特殊家庭|失独|独生子女伤残|独生子女死亡|计生家庭|特扶|计划生育家庭特别扶助|计生特扶/gu,
  ],
  ['red_cross', /红十字|白血病救助|人道救助|博爱/gu],
  [
    'charity',
    /慈善救助|慈善总会|慈善项目|慈善机构|慈善组织|慈善基金|慈善|爱心救助|水滴筹|轻松筹|社会捐助|众筹/gu,
  ],
];

/** Kinds of help named in the message, as canonical codes, each once, in the order they appear. */
export function extractAssistanceTypes(text: string): FoundEntity[] {
  const hits: FoundEntity[] = [];
  for (const [code, pattern] of LEXICON) {
    for (const match of allMatches(pattern, text)) {
      hits.push(found('assistance_type', code, match[0], match.index ?? 0));
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundEntity[] = [];
  for (const hit of hits) {
    // 特困职工 is a worker, not a 特困 recipient; a longer name covering a shorter one wins.
    if (out.some((kept) => kept.start <= hit.start && hit.end <= kept.end)) continue;
    if (out.some((kept) => kept.value === hit.value)) continue;
    out.push(hit);
  }
  return out;
}
