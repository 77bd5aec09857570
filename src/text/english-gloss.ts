// English words and phrases residents drop into Chinese messages (「bill好贵」「能申请medical assistance吗」
// 「not urgent just want to apply」), with the Chinese they stand for. Longer phrases are tried first, so
// 「medical assistance」 is read whole before 「assistance」 alone.
const GLOSSES: Readonly<Record<string, string>> = {
  // Kinds of help
  'medical assistance': '医疗救助',
  'medical aid': '医疗救助',
  'temporary assistance': '临时救助',
  'emergency assistance': '临时救助',
  'housing assistance': '住房救助',
  'education assistance': '教育救助',
  'employment assistance': '就业救助',
  'disaster relief': '受灾救助',
  'disability allowance': '残疾人补贴',
  'disability subsidy': '残疾人补贴',
  'minimum living allowance': '低保',
  'minimum living guarantee': '低保',
  'minimum living': '低保',
  dibao: '低保',
  subsidy: '补贴',
  allowance: '补贴',
  assistance: '救助',
  // Wanting, asking
  'not urgent': '不急',
  'not in a hurry': '不急',
  'no hurry': '不急',
  urgent: '紧急',
  'just want to apply': '只是想申请',
  'want to apply for': '想申请',
  'want to apply': '想申请',
  'would like to apply': '想申请',
  'can i apply for': '我能申请',
  'can i apply': '我能申请',
  'can apply for': '可以申请',
  'apply for': '申请',
  apply: '申请',
  application: '申请',
  'what kind of situation': '什么情况',
  'what kind of': '什么',
  situation: '情况',
  'how long': '多久',
  'how much': '多少钱',
  'what documents': '什么材料',
  documents: '材料',
  'any update': '有进度吗',
  'application status': '申请进度',
  'check my': '查询我的',
  status: '进度',
  progress: '进度',
  // What happened
  'i lost my job': '我失业',
  'lost my job': '失业',
  'laid off': '裁员',
  unemployed: '失业',
  'no job': '没工作',
  'no money': '没钱',
  'hospital bill': '医药费',
  'medical bill': '医药费',
  bills: '费用',
  bill: '费用',
  expensive: '贵',
  hospital: '医院',
  surgery: '手术',
  rent: '房租',
  'last year': '去年',
  'last month': '上个月',
  // Looking after oneself (round 47: 「can self care 就是动作慢点」)
  "can't self care": '不能自理',
  'cannot self care': '不能自理',
  'can not self care': '不能自理',
  'can self care': '能自理',
  "can't take care of myself": '不能自理',
  'cannot take care of myself': '不能自理',
  'can take care of myself': '能自理',
  'self care': '自理',
  'self-care': '自理',
  partly: '部分',
  partially: '部分',
  // Greetings, thanks
  hello: '你好',
  hi: '你好',
  'thank you': '谢谢',
  thanks: '谢谢',
};

const PATTERN = new RegExp(
  `\\b(?:${Object.keys(GLOSSES)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);
const HAN = /\p{Script=Han}/u;

/**
 * A Chinese message with English words in it, those words read as the Chinese they stand for; a message
 * without Chinese characters is left as it is (it is answered as English elsewhere).
 */
export function glossEnglish(message: string): string {
  // One pass of a literal alternation: linear in the message, whatever its length.
  if (!HAN.test(message) || !/[a-z]/i.test(message)) return message;
  return message.replace(PATTERN, (found) => GLOSSES[found.toLowerCase().replace(/\s+/g, ' ')] ?? found);
}
