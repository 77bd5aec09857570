/**
 * Common dialect and romanised forms rewritten into standard Mandarin, so that a model trained
 * mostly on Mandarin and a lexicon written in Mandarin still understand 冇, 唔该, 俺, 咋, xiexie.
 * Only unambiguous forms are listed: 点 (how / o'clock) or 中 (yes / middle) would do more harm than good.
 */
const TABLE: Readonly<Record<string, string>> = {
  // Cantonese
  唔该晒: '谢谢',
  唔该: '谢谢',
  多谢晒: '谢谢',
  唔係: '不是',
  唔系: '不是',
  係咪: '是不是',
  系咪: '是不是',
  係: '是',
  冇得: '没有',
  冇: '没有',
  喺度: '在这里',
  喺: '在',
  嘅: '的',
  咗: '了',
  啱晒: '对',
  啱: '对',
  俾: '给',
  佢哋: '他们',
  // Round 32: 我哋 (we) and 畀火烧 (burned by a fire: 畀 before a doer is 被).
  我哋: '我们',
  你哋: '你们',
  畀火: '被火',
  畀水: '被水',
  畀人: '被人',
  佢: '他',
  // Round 33: people counted with 只 in Hakka and Cantonese (就佢自家一只人: she lives alone).
  一只人: '一个人',
  // Round 34: people counted with 家头 in Wu (我一家头 = I alone, 两家头 = the two of us).
  一家头: '一个人',
  两家头: '两个人',
  三家头: '三个人',
  四家头: '四个人',
  五家头: '五个人',
  两只人: '两个人',
  三只人: '三个人',
  乜嘢: '什么',
  咩: '什么',
  点解: '为什么',
  // Round 33: 早点解脱, 快点解决: 点 ends a word before 解脱 / 解决, which is no Cantonese 点解 (why).
  点解脱: '点解脱',
  点解决: '点解决',
  点解释: '点解释',
  点解开: '点解开',
  点解答: '点解答',
  点样: '怎么样',
  咁: '这么',
  睇: '看',
  食嘢: '吃东西',
  // Round 46: Cantonese 掂 (settled, managed): 佢自己搞得掂 (she manages by herself), 搞唔掂 (cannot manage).
  搞得掂: '搞得定',
  搞唔掂: '搞不定',
  搞掂: '搞定',
  // Looking for work in Cantonese (搵工, 搵唔到嘢做): 嘢做 is work to do, not a thing.
  搵唔到嘢做: '找不到工作',
  冇嘢做: '没工作',
  搵嘢做: '找工作',
  搵工: '找工作',
  搵: '找',
  食饭: '吃饭',
  嘢: '东西',
  返工: '上班',
  屋企: '家',
  // A business closed down (执笠), the boss fled (老细走佬), not a cent left (一蚊都冇).
  执笠: '倒闭',
  走咗佬: '跑了',
  走佬: '跑了',
  老细: '老板',
  一蚊: '一分钱',
  细路: '小孩',
  而家: '现在',
  即刻: '马上',
  按金: '押金',
  老豆: '爸爸',
  食咗: '吃了',
  諗: '想',
  // Round 31: a stroke told in Cantonese (讲唔到嘢, 半边身郁唔到, 口都歪埋).
  讲唔到嘢: '说不出话',
  郁唔到: '动不了',
  郁唔郁到: '动不动得了',
  歪埋: '歪了',
  // Round 31: Cantonese 加埋 (all told) and 蚊 (yuan) in an income (加埋一个月大概四千蚊); Hakka 𠊎 (I) and 名喊 (named).
  加埋: '加起来',
  千蚊: '千块',
  百蚊: '百块',
  万蚊: '万块',
  𠊎: '我',
  名喊: '名叫',
  // Round 35: Cantonese 我个女 / 我个仔 (my daughter, my son), Hakka 赖子 (a son: 𠊎赖子).
  我个女: '我女儿',
  我个仔: '我儿子',
  佢个女: '他女儿',
  佢个仔: '他儿子',
  𠊎赖子: '我儿子',
  佢赖子: '他儿子',
  放工: '下班',
  前几日: '前几天',
  几日前: '几天前',
  // Round 32: Wu 号头 (a month: 一个号头, 上个号头) and the numeral 廿 (twenty: 四百廿块, 廿几年).
  个号头: '个月',
  廿: '二十',
  卅: '三十',
  // Round 28: Wu speech of Wuxi and Jiangyin: last time (上趟), not clear (勿清爽).
  上趟: '上次',
  勿清爽: '不清楚',
  // Round 28: a jump said in Cantonese (跳落去, 跳咗落去), a near miss (差啲), just now (啱啱), pulled back (拉返).
  跳落去: '跳下去',
  跳落嚟: '跳下来',
  差啲: '差点',
  啱啱: '刚刚',
  拉返: '拉回',
  决定咗: '决定了',
  決定咗: '决定了',
  落大雨: '下大雨',
  落雨: '下雨',
  山泥倾泻: '山体滑坡',
  山泥倾落: '山体滑坡',
  整烂: '弄坏',
  撞烂: '撞坏',
  今日: '今天',
  琴日: '昨天',
  寻日: '昨天',
  // Round 39: Cantonese 隔篱 (next door: 我隔篱屋嘅情况).
  隔篱屋: '隔壁',
  隔篱: '隔壁',
  // Round 39: Cantonese 前日 (the day before yesterday: 前日夜晚厨房电线短路).
  前日: '前天',
  // Round 39: Cantonese 晒 after a verb (all of it: 谷同衣服都烧晒, 屋里嘅嘢全冇晒).
  烧晒: '烧光了',
  冇晒: '全没了',
  用晒: '用光了',
  食晒: '吃光了',
  使晒: '花光了',
  听日: '明天',
  边个: '谁',
  边度: '哪里',
  // Round 42: an application asked after in Cantonese (审批咗未, 去到边一步喇, 嗰个申请): yet? which step? that one.
  咗未: '了没',
  咗未呀: '了没有',
  去到边一步喇: '到哪一步了',
  去到边一步: '到哪一步',
  边一步: '哪一步',
  一步喇: '一步了',
  嗰个: '那个',
  𠮶个: '那个',
  几多: '多少',
  唔使: '不用',
  唔要: '不要',
  唔好: '不要',
  唔: '不',
  瞓: '睡',
  乜: '什么',
  阿爸: '爸爸',
  阿妈: '妈妈',
  啲: '些',
  // Northern and south-western Mandarin
  俺们: '我们',
  俺: '我',
  咋整: '怎么办',
  咋办: '怎么办',
  咋: '怎么',
  // South-western 啷个 (how: 「五保啷个申请」).
  啷个: '怎么',
  啥子: '什么',
  // Cantonese, Hakka and Min kin words after 我/俺 (「帮我阿公问一下」): one's own grandparents and parents. Alone,
  // 阿公 / 阿婆 are any old man or woman (「桥下有个阿婆」), so only the possessive forms are rewritten.
  我阿公: '我爷爷',
  我阿婆: '我奶奶',
  我阿嫲: '我奶奶',
  我阿嬷: '我奶奶',
  我阿爸: '我爸',
  我阿妈: '我妈',
  // South-western 女子 after 我 (「我女子在读职高」) is one's daughter; alone it is any woman.
  我女子: '我女儿',
  俺女子: '俺女儿',
  俺阿公: '俺爷爷',
  俺阿婆: '俺奶奶',
  // Min 厝边 (the house next door): the neighbours.
  厝边: '邻居',
  // Round 39: Min 佇 (at), 家己 (oneself), 佮 (and), 毋 and 袂 (not, cannot), and 拍 (hit) before whom is hit:
  // 「伊又拍我了 … 我佮囝锁佇便所 毋敢出去」. 拍 before anything else (拍照, 拍门) stays, and so does 囝 (a child):
  // 阮囝 is read as a kin word.
  佇: '在',
  家己: '自己',
  佮: '和',
  毋: '不',
  袂: '不',
  拍我: '打我',
  拍阮: '打我们',
  拍囝: '打孩子',
  // Round 40: Min 拢 (all: 煮饭洗衫拢是家己), 无某无囝 / 无娶某 (no wife, no child; 某 alone stays, it is also
  // a placeholder name), and Hunan 满满 after 我 (the youngest uncle: 「我满满一个人过」).
  拢是: '都是',
  // Min 厝 (a house: 阮厝, 老厝, 厝内), 物件 (things) and 无去 (gone): 「阮厝烧去了 厝内物件拢无去」.
  阮厝: '我家房子',
  老厝: '老房子',
  厝内: '屋里',
  厝里: '屋里',
  物件拢无去: '东西都没了',
  拢无去: '都没了',
  烧去了: '烧没了',
  攏是: '都是',
  无某无囝: '没有老婆没有孩子',
  无娶某: '没娶老婆',
  无囝: '没有孩子',
  我满满: '我叔叔',
  俺满满: '俺叔叔',
  // Round 41: Min 阮 (my, our) before kin (阮阿母叫蔡秀琴 names the writer's mother), 阮翁 (my husband), 这马 (now),
  // 按怎 (how is it), 咧 (in the middle of: 擱咧拍人, 有人咧办否); Cantonese 我伯爷 (my uncle, the father's elder
  // brother); Hakka 几久 (how long) and 正批得落来 (only then approved).
  阮阿母: '我妈',
  阮阿爸: '我爸',
  阮阿公: '我爷爷',
  阮阿嬷: '我奶奶',
  我阿母: '我妈',
  阮翁: '我老公',
  这马: '现在',
  按怎: '怎么样',
  擱咧: '又在',
  搁咧: '又在',
  咧拍人: '在打人',
  擱咧拍人: '又在打人',
  搁咧拍人: '又在打人',
  咧办否: '在办吗',
  我伯爷: '我伯父',
  几久: '多久',
  正批得落来: '才批下来',
  批得落来: '批下来',
  // Round 42: Cantonese 批落嚟 (approved, come down) and 几耐 (how long): 「由申请到批落嚟要几耐」.
  批落嚟: '批下来',
  几耐: '多久',
  // 「我是他阿婆」: whose grandparent the writer is, said with 他 / 她.
  他阿公: '他爷爷',
  他阿婆: '他奶奶',
  她阿公: '她爷爷',
  她阿婆: '她奶奶',
  他阿嬷: '他奶奶',
  她阿嬷: '她奶奶',
  // Northern 自个儿 / 自各儿 (oneself).
  自个儿: '自己',
  自各儿: '自己',
  // Hunan and Gan 崽 (child): 崽女 is 子女, 冇得崽 is 没有孩子.
  崽女: '子女',
  孙崽: '孙子',
  // South-western 细娃 / 细娃儿 (a child).
  细娃儿: '小孩',
  细娃: '小孩',
  啥: '什么',
  恁: '您',
  莫得: '没有',
  // Sichuan 活起 (alive): only before 也 / 没 / 有, so that 活起来 (come alive) stays as it is.
  活起也: '活着也',
  活起没: '活着没',
  活起有: '活着有',
  没得: '没有',
  // 「要得不要得」 asks whether something is needed; 「要得」 alone agrees.
  要得不要得: '要不要',
  要不要得: '要不要',
  要得: '好的',
  不晓得: '不知道',
  晓得: '知道',
  中不中: '行不行',
  // North-eastern: 明儿个, 寻思 (think), 背饥荒 (be in debt; 饥荒 alone stays a famine).
  明儿个: '明天',
  今儿个: '今天',
  寻思: '想',
  // Round 31: north-eastern 整 (to get done) before a kind of help (帮俺们屯一户整个低保).
  整个低保: '办个低保',
  整低保: '办低保',
  整个五保: '办个五保',
  // Round 46: the northern 炕 is the bed (瘫在炕上, 躺炕上起不来): 炕上 / 炕头 as 床上 / 床头, so that every word of being
  // bedridden reads it.
  炕上: '床上',
  炕头: '床头',
  背饥荒: '背债',
  拉饥荒: '欠债',
  // North-western: 嫑 (don't), 碎娃 (a small child).
  嫑: '不要',
  碎娃: '小孩',
  // Wu: 明朝 / 今朝 (tomorrow, today), 交关 (very much); 阿拉伯 stays Arabic.
  明朝: '明天',
  今朝: '今天',
  交关: '很多',
  钞票: '钱',
  阿拉伯: '阿拉伯',
  阿拉: '我们',
  // Wu 囡 (girl): 孙囡 a granddaughter, 囡囡 / 小囡 a daughter or a little girl; never a name.
  孙囡: '孙女',
  外孙囡: '外孙女',
  囡囡: '女儿',
  小囡: '小女孩',
  伊拉: '他们',
  // Round 35: Wu 伲子 (a son), 我伲 (we), 呒没 (none).
  呒没: '没有',
  // Round 40: Wu 呒啥 (nothing much: 呒啥特别个).
  呒啥: '没啥',
  伲子: '儿子',
  我伲: '我们',
  侬: '你',
  勿晓得: '不知道',
  // Round 36: Wu 勿曾 (not yet), 哪亨 (how), 屋里厢 (at home).
  勿曾: '没有',
  哪亨: '怎么样',
  屋里厢: '家里',
  // Round 49: Wu 屋里向 (at home, as 屋里厢), 不来事 (cannot manage: 出门就不来事了), 瞎脱 (gone blind, 脱 the Wu 了).
  屋里向: '家里',
  不来事: '不行',
  瞎脱: '瞎',
  勿要: '不要',
  覅: '不要',
  勿: '不',
  哪能弄: '怎么办',
  // 「在哪能问到结果」 asks where one can (在哪 + 能), not how: kept as written.
  在哪能: '在哪能',
  去哪能: '去哪能',
  到哪能: '到哪能',
  从哪能: '从哪能',
  哪能: '怎么',
  啥辰光: '什么时候',
  // Round 47: Wu 有辰光 (sometimes): 「有辰光帮人家装装货」.
  有辰光: '有时候',
  // Pinyin typed without tones
  xiexie: '谢谢',
  nihao: '你好',
  zaijian: '再见',
  haode: '好的',
  duibuqi: '对不起',
  meiyou: '没有',
  // Round 38: the initials of 查询进度 (cx jd), as typed to a status query.
  'cx jd': '查询进度',
  cxjd: '查询进度',
  // English words of work typed in a Chinese sentence (有冇job介绍, 厂layoff咗).
  'laid off': '被裁员',
  layoff: '被裁员',
  job: '工作',
};

const PATTERN = new RegExp(
  Object.keys(TABLE)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

// North-western 额 (I): only where a pronoun stands, at the start of a clause or after 给 / 跟 / 帮 (or a blow: 老打额),
// and before a word that follows one (额给额孙子问一下, 额在煤矿上开车, 额后爸, 额才十四, 额个家, 额叫); 金额, 名额, 额度
// and 额头 stay as they are.
const NORTHWEST_I =
  /(?:^|(?<=[\s，,。!！?？给跟和帮让叫打骂踢揍]))额(?=[给是在家的们想要娃孙儿老也就和跟一没不今那这屋现后才爸妈大哥姐弟妹爷奶男女婆媳个叫\s，,。!！?？]|$)/gu;
// The same 额 after a word put first (农药额已经买下了, 钱额都花完了), before an adverb that follows a subject; not
// the second half of a word for an amount or a quota (余额已经, 名额都, 金额还).
const NORTHWEST_I_AFTER_TOPIC =
  /(?<![金名余限份定面差税数总超全高巨配借贷欠票租补缺空满])额(?=已经|都|还|也|就)/gu;

// Round 43: north-western 额大 / 俺大 (my father: 额大十来天前突然脑梗, 俺大前年走了), where the pronoun stands; not 俺大哥,
// 额大概, 俺大儿子, 俺大半辈子, 俺大病一场, 俺大学 or 俺大了 (I am older).
const NORTHWEST_FATHER =
  /(?:^|(?<=[\s，,。!！?？给跟和帮让替为]))[额俺]大(?=[^概约半部多学专哥姐姨舅叔伯爷娘妈姑嫂侄孙儿女小中家伙人病号队了些都])/gu;

// North-western and south-western 撒 (what), as typed for 啥: before a noun it asks about (带撒材料, 撒时候) or closing
// a question after a verb (要撒, 干撒); 撒谎, 撒娇, 撒种 and 撒网 stay as they are.
const SA_FOR_WHAT =
  /撒(?=材料|时候|东西|意思|条件|手续|证|资料|情况|要求|标准|地方|子|钱|用|样)|(?<=[带要干为有是交办说备])撒(?=[？?\s，,。!！呢啊嘛]|$)/gu;

// Round 35: Cantonese and Hakka 同 (for) before whom one applies or asks for (我想同我个女申请, 𠊎想同𠊎赖子问下):
// 给. 同 before anything else (同意, 同事, 同佢讲) stays as it is.
const TONG_FOR =
  /(?<![共相一不认赞])同(?=(?:我|佢|他|她|𠊎)(?:个|嘅|的)?(?:女儿|儿子|女|仔|赖子|阿妈|阿爸|妈|爸|老婆|老公)?[^，,。\s]{0,3}?(?:申请|问下|问一下|问问|整|办|攞))/gu;

/** Rewrites dialect words and toneless pinyin phrases into Mandarin; expects lowercase input. */
export function normalizeDialect(text: string): string {
  return text
    .replace(NORTHWEST_FATHER, '我爸')
    .replace(PATTERN, (word) => TABLE[word] ?? word)
    .replace(NORTHWEST_I, '我')
    .replace(NORTHWEST_I_AFTER_TOPIC, '我')
    .replace(SA_FOR_WHAT, '啥')
    .replace(TONG_FOR, '给');
}
