// Slips of the pinyin keyboard in the names of help (低宝, 身请, 医疗就住): the character with the same sound
// that comes up first. Each is rewritten only where it cannot be meant as written (「我就住在城东」 stays).
const SLIPS: readonly (readonly [RegExp, string])[] = [
  [/(?<!本)身请|申情|申清(?!楚)|伸请/gu, '申请'],
  // 地保 (an old village constable) is not said any more; after 申请/办/吃/领/想 it is only ever 低保 (read after
  // 申情 has become 申请).
  [
    // Round 33: 第保 (「我想申请第保就是最低生活保障那个」) too.
    // Round 39: 地包 (「想帮我妈妈申请一下地包」) after the same words.
    /低宝|底保|抵保|低堡|滴保|堤保|第保|(?<=(?:申请|办|吃|领|想|弄|报|评|给|拿|享受|一下)(?:个|一个|一下)?)(?:地保|地包)/gu,
    '低保',
  ],
  // 「临时的救主」: 救主 (a saviour) after a kind of help is only ever 救助.
  [
    /(医疗|临时|教育|住房|就业|受灾|残疾人|社会|急难|大病)(?:的)?(?:就住|就助|救住|久住|旧住|救主|就主)/gu,
    '$1救助',
  ],
  [/特因(?=供养|人员)/gu, '特困'],
  // 「林时救助」「零时救助」: 临时 before a name of help.
  [/(?:林时|零时|淋时|临是)(?=(?:的)?(?:救助|就助|救主|求助|补助|帮扶))/gu, '临时'],
  // 「团为有管这种孩子的」: the Youth League's committee.
  [/团为(?=[^，。？！?!\s]{0,4}(?:管|帮|有|那边|的))/gu, '团委'],
  // 「请不起律是」「想起速他」「包工投跑了」: the lawyer, the lawsuit and the foreman of a wage claim.
  [/(?<=请|找|请个|找个|请不起|找不到)律是/gu, '律师'],
  [/起速(?=他|她|老板|公司|包工|对方)/gu, '起诉'],
  [/包工投/gu, '包工头'],
  // Round 32: 「跑外麦…有没有就叶救助 能介招个稳定点的工做吗」: work (工作, 就业), a delivery rider's 外卖, to introduce (介绍).
  [/就叶(?=(?:的)?(?:救助|援助|困难|帮扶|补贴|培训|岗位|指导|服务))/gu, '就业'],
  // Round 33: 「想学个电焊 咋报明」: to sign up (报名) typed by sound.
  [/(?<=咋|怎么|怎样|如何|去|要|想|能|在哪)报明/gu, '报名'],
  // Round 33: 「房组还要八百」: the rent (房租) typed by sound; a village's 组 is never 房组.
  [/房组/gu, '房租'],
  // Round 33: 「俺家前天晚上着伙了」: a fire (着火) typed by sound.
  [/着伙(?=了|啦)/gu, '着火'],
  // Round 33: 「听说有那个法律员助不要钱」: 援助 typed by sound.
  [/(?<=法律)(?:员|原|远|圆|元)助/gu, '援助'],
  [/工做/gu, '工作'],
  // Round 37: 「我想深情一下」「那个五宝户」「老婆得了乳线癌」: to apply, the five guarantees and breast cancer typed by sound.
  [/深情(?=一下|下(?![去来])|个)/gu, '申请'],
  [/五宝户/gu, '五保户'],
  [/乳线癌/gu, '乳腺癌'],
  // Round 39: 「退脚不方便」: legs and feet (腿脚) typed by sound.
  [/退脚(?=不|有|都|也)/gu, '腿脚'],
  [/(?<=跑|送|点|叫)外麦/gu, '外卖'],
  [/介招(?=(?:个|一个|一下|点|些)?[^，。？！?!\s]{0,6}(?:工作|活|事|岗位|对象))/gu, '介绍'],
  // 「政府有免废培训」: free (免费) before what is given free.
  [/免废(?=(?:的)?(?:培训|学|治疗|体检|检查|上学|午餐|办理|领取|申请|发放))/gu, '免费'],
  // 「我要反应一下…的情况」: to report (反映) a situation, typed with the 应 of 反应.
  [
    /(?<=(?:我要|我想|想|要|来|帮忙|帮)(?:给你们)?)反应(?=(?:一下|个)?[^，。？！?!\s]{0,8}(?:情况|问题|困难))/gu,
    '反映',
  ],
];

/** The message with common typing slips in the names of help corrected; everything else as it was. */
export function fixSlips(text: string): string {
  let fixed = text;
  for (const [slip, right] of SLIPS) fixed = fixed.replace(slip, right);
  return fixed;
}
