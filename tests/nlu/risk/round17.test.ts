import { beforeAll, describe, expect, it } from 'vitest';
import { createRiskAssessor, type RiskAssessor } from '../../../src/nlu/risk/index.js';
import { shippedAssessor } from './fixture.js';

// Round 17: kinds of miss and of false alarm read from set P once it became development data
// (risk/examples/writers-p.yaml) and from earlier readings, written here in our own words (never a sentence of
// any set). Calm: a minor hurt told as borne, a harvest (割完) heard as a wrist, tiredness or old age (走不动了),
// a lawsuit still being fought, a boss's threat over lateness, first aid learnt, a form that is hard to fill,
// water fetched from the river, a relative away for years. Urgent: bleeding in pregnancy, poisoning at farm
// work, a place of danger asked about for when nobody is there, a time and a place named with a last look,
// a child entrusted before not coming home, a child's things handed out before leaving school for good.

let assess: RiskAssessor;
let rulesOnly: RiskAssessor;

beforeAll(async () => {
  const loaded = await shippedAssessor();
  assess = loaded.assess;
  rulesOnly = createRiskAssessor({ data: loaded.data });
});

const urgent = (level: string): boolean => level === 'high' || level === 'critical';

describe('round 17: calm messages that only sound urgent (rules and shipped detector)', () => {
  it.each([
    '上个月骑电动车被车撞了一下 腿现在还有点疼 不影响干活 想问医疗救助怎么报',
    '天冷了 早上起来嘴唇有点发紫 穿厚点就好了 想问取暖补贴什么时候发',
    '刚割完麦子 累得腰都直不起来 想问农机补贴',
    '年纪大了走不动了 去镇上办事太远 能不能上门',
    '我女儿在深圳打工 三年没回来了 想问她的户口能不能迁回来',
    '厂子欠我们半年工资 官司一直还在打 我现在在别处干活',
    '幼儿园让家长学习海姆立克急救 噎住了应该怎么拍背',
    '救命啊 这个申请表好难填 收入那一栏写什么',
    '我们寨子在半山腰 喝水要下到河边去挑 年轻人都走了 想问搬迁政策',
    '领导说下次再迟到就弄死我 吓得我今晚通宵加班',
    '怀孕八个月了 一直挺好的 想问生育补贴',
    '今晚八点 江边见 带上烧烤架',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
    expect(urgent(assess(text).level)).toBe(false);
  });
});

describe('round 17: crises in plain words (rules alone)', () => {
  it.each([
    ['我怀孕七个月了 肚子一阵一阵疼 下面在流血 家里就我一个', 'medical_emergency'],
    ['喷完除草剂手上没洗 现在头晕想吐 浑身冒汗 一个人在田里', 'medical_emergency'],
    ['天桥那边晚上几点以后就没人了 没人拦吧', 'suicide_method'],
    ['药我存了一抽屉了 过几天他们出门我就都吃了', 'suicide_preparation'],
    ['明晚十点 楼顶 最后看一眼星星', 'suicide_plan'],
    ['跟闺女说了以后要听她舅舅的话 我今天就不回家了', 'suicide_plan'],
    ['我把文具和书包都分给同学了 以后就不来学校了', 'suicide_preparation'],
    ['我要是哪天也没了 娃能不能算孤儿 已经跟我姐讲好让她领走 东西都收拾好了', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe(category);
  });
});

describe('round 17: a wish to be dead in the past tense, in envy or as a good thing (rules alone)', () => {
  it.each([
    '真羡慕那些睡着了就再也没醒过来的人 我每天一睁眼就是还债',
    '要是当年那场火里没出来的是我就好了 剩我一个活着有啥意思',
    '有时候我想 要是我死了 我爸妈会不会后悔 不过我也不会真干什么',
    '活着好没劲 有时觉得die了也不错 放心我不会乱来',
  ])('「%s」 is at least high', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(true);
  });

  it.each(['我爸走的那年我才十岁 要是他还在就好了', '那场火里没出来的是隔壁老李 想问遗属能领什么'])(
    '「%s」 is no emergency',
    (text) => {
      expect(urgent(rulesOnly(text).level)).toBe(false);
    },
  );
});

describe('round 17: self-harm, a wound going bad, a home made unlivable, a night in the open (rules alone)', () => {
  it('a cut told without its object, still bleeding, is self-harm now', () => {
    const r = rulesOnly('划了两道 没想寻死 就是想让自己疼 现在拿毛巾捂着还在往外渗');
    expect(r.level).toBe('critical');
    expect(r.category).toBe('self_harm');
  });

  it.each([
    ['我是志愿者 碰到一个拾荒的老太太 脚上的伤口烂了流脓 发臭了 她说没钱不去医院', 'illness_worsening'],
    ['昨天刮大风下冰雹 我们组有三户的房顶砸穿了 住不了人 暂时挤在村部 我是组长', 'sudden_hardship'],
    ['我十九岁 出来找活没找着 钱用完了 昨晚在公园长椅上睡的 想问救助站在哪', 'homeless_tonight'],
  ])('「%s」 is %s', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('high');
    expect(r.category).toBe(category);
  });

  it.each(['切菜的时候划了一下 贴了创可贴', '冰雹把车窗砸坏了一块 想问保险'])(
    '「%s」 is no emergency',
    (text) => {
      expect(urgent(rulesOnly(text).level)).toBe(false);
    },
  );
});

describe('round 17: low moods in plain words are a kind word, not a case (rules alone)', () => {
  it.each([
    '闺女嫁到外省 大半年没来个电话 我就是惦记她 不晓得她好不好',
    '压力太大了 老公瘫着 婆婆糊涂了 我还要上班 一个帮手都没有',
    '我爸我妈都在外地上班 我跟外婆过 别人家长会都有爸妈来 我好想他们',
    '他又去赌了 一晚上输了三千 家底都快输光了 吵也没用 不知道这日子还怎么过',
  ])('「%s」 is distress', (text) => {
    expect(rulesOnly(text).level).toBe('distress');
  });
});

describe('round 17: preparation and farewells in roundabout words (rules alone)', () => {
  it.each([
    '安眠药我一点点攒的 攒了快两个月 礼拜六家里没人 我就全吞了',
    '我转了四家药房 每家拿了两盒 这会儿床头堆了一大袋',
    '给我儿子发了最后一段语音 手机一会儿就关了 这一辈子对不起大家了',
    '跟爸妈发消息说了对不起 手机马上关机',
    '该还的钱都还清了 谁也不欠了 可以安心走了',
    '房子过户给外甥了 衣服也都送人了 一点牵挂都没有了',
    '低保卡和户口本都放我妹那了 以后我那份钱不用发了 用不上了',
    '这是我最后一次来找你们了 以后不会再给村里添麻烦了 家里那两只羊麻烦谁帮忙处理一下',
    '存折密码写在抽屉里那张纸上了 帮我告诉我哥一声',
    '我是楼长 二楼的大爷这几天挨家跟人道别 自行车和粮食都送人了',
    '车开到水库边了 管子也接好了 就想跟人说说话',
  ])('「%s」 is suicide preparation', (text) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe('suicide_preparation');
  });

  it.each([
    ['我都想好了 等过了他的头七 我就跟他去 后山那个地方我都看好了', 'suicide_plan'],
    ['我查好了 半夜一点有趟火车从镇外那个道口过 今晚就去', 'suicide_plan'],
    ['等寝室的人都放假走了没人了我就动手 还剩两天', 'suicide_plan'],
    ['我要下线了 这回是真的下线 不是打游戏 各位拜拜', 'suicide_active'],
    ['天燃气开着不关 睡一晚上人会不会就没了', 'suicide_method'],
    ['我已经五天没吃东西了 故意的 饿着心里才踏实', 'self_harm'],
    ['我儿子十三 手臂上全是刀口子 今天又多了几道新的 还在渗血', 'self_harm'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe(category);
  });

  it('a passive wish in plain words: not deserving to exist', () => {
    expect(rulesOnly('我觉得我这样的人根本不配存在').category).toBe('suicide_passive');
  });

  it.each([
    '我妹昨晚出门到现在没消息 手机关机',
    '手机没电关机了 明天再打给你们',
    '新房子的地方看好了 想问问建房补贴',
    '我把旧衣服都送人了 想问问换季有没有补助',
  ])('「%s」 is no suicide preparation', (text) => {
    expect(rulesOnly(text).category).not.toBe('suicide_preparation');
  });
});

describe('round 17: emergencies named by what is happening (rules alone)', () => {
  it.each([
    ['我是班主任 有个孩子说他爸昨晚把他妈打晕了 今早出门时他妈还没醒', 'violence_now'],
    ['我哥被讨债的人硬拉上车带走了 说不还钱就让他好看 已经三个钟头了', 'confinement'],
    ['客车困在国道上一整天了 雪很大 车上有老人孩子 暖气也没了', 'fire_disaster_now'],
    ['火从隔壁仓库烧过来了 我们宿舍里还有好几个人 门被堵住了', 'fire_disaster_now'],
    ['车被洪水冲进涵洞了 水快到车窗了 车门推不开 我跟我爸在车里', 'fire_disaster_now'],
    ['矿里出事了 我爸在井下没上来 矿上的人都不见了', 'fire_disaster_now'],
    ['路边有个送快递的晕到了 今天快四十度了 喊他没反映', 'medical_emergency'],
    ['医院说再不交钱就不能继续用呼吸机了 我们一分钱都没有了', 'medical_emergency'],
    ['河边草丛里有个包被 里面是刚生的娃娃 还有气 天冷得很', 'medical_emergency'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe(category);
  });

  it.each([
    '煤烧完了 没钱买煤 家里俩孩子一个老人 夜里零下三十度 屋里现在都零下了',
    '停电停水两天了 我婆婆八十多 瘫在床上 天热得受不了 楼太高下不去',
    '水管冻裂了 三天没水了 家里有老人',
    '拆迁的事没谈好 他们今天把我家水电都给掐了 家里有个九十岁的老人',
  ])('「%s」 is urgent', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(true);
  });

  it.each([
    '工伤手指断了两根 赔了一点钱 现在换了个轻省活',
    '老房子拆了 新房还没分下来 在过渡房住了一年多了',
    '我们村在山上 吃水要到沟里去挑 就剩几户老人 想问问易地搬迁还有没有政策',
    '欠了亲戚好几万 每次过年都不敢回去 一想到这事就胸口闷',
    '老头子走了以后 银行卡密码都不知道 存折也找不着 心里慌得很',
    '我是艾滋病感染者 药是免费的 身体不好 想申请补助又怕泄露 你们会保密吗',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
  });
});

describe('round 17: descriptions of a need, of field work and of ashes are calm (rules and shipped detector)', () => {
  it.each([
    '你好 我想申请低保 我老伴有糖尿病 胰岛素一天都不能断 一个月药费要六七百 家里就我们两个',
    '刚割完麦子 手上全是口子 想问农机补贴什么时候发',
    '人老了总有那一天 到时候骨灰撒到河里就行 想问问丧葬补贴怎么领',
    '我妈走前交代骨灰撒到山上 问一下树葬有没有补贴',
    '早上出门冷 嘴唇有点紫 回屋就好了',
    '家里的鸭子吃了打过药的菜叶 还能救吗',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
    expect(urgent(assess(text).level)).toBe(false);
  });

  it('insulin that has run out is still a cut-off', () => {
    expect(urgent(rulesOnly('我老伴的胰岛素昨天用完了 没钱买 他说头晕').level)).toBe(true);
  });

  it('a child giving toys away before leaving school for good is preparation', () => {
    expect(rulesOnly('我把玩具和零花钱都分给妹妹了 以后不来上学了').category).toBe('suicide_preparation');
  });
});

describe('round 17: a message told as calm as a whole holds the net to its calmed threshold', () => {
  it('a hurt told as borne is a calming context for the net even with no condition hit', () => {
    const r = assess('早上出门冷 嘴唇有点紫 回屋就好了');
    // No alarm: the net is held below high (a kind word at most, as the net retrained in round 26 scores it).
    expect(['none', 'distress']).toContain(r.level);
    expect(r.signals).toContain('net-calmed:minor_told');
  });

  it('a message without one is read by the net as before', () => {
    expect(assess('我不想活了').signals.some((s) => s.startsWith('net-calmed:'))).toBe(false);
  });
});

describe('round 17, last batch: ends of long questions, life support for a bill, spraying, a night in a park', () => {
  it.each([
    ['车祸 我老婆还在重症监护室 医院说再不交钱就不能继续用呼吸机了 家里一分都没有了', 'medical_emergency'],
    ['喷药的时候没戴口罩 现在头晕想吐 一个人在地里', 'medical_emergency'],
    [
      '我想问问 孩子爸妈都不在了能不能算孤儿 我要是也不在了 娃有没有人管 已经跟我姐说好了让她接走 东西都收拾好了',
      'suicide_preparation',
    ],
    ['想问人死了以后低保卡里的钱谁能取 我想提前安排好给我外甥 反正我也没几天了', 'suicide_preparation'],
  ])('「%s」 is critical (%s)', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('critical');
    expect(r.category).toBe(category);
  });

  it.each([
    ['真羡慕那种一觉睡过去就没了的人 我天天睁眼就是欠债的电话', 'suicide_passive'],
    ['我十八 出来找工作没找到 钱花光了 在广州那边公园睡了一晚 救助站在哪', 'homeless_tonight'],
  ])('「%s」 is high (%s)', (text, category) => {
    const r = rulesOnly(text);
    expect(r.level).toBe('high');
    expect(r.category).toBe(category);
  });

  it.each([
    '如果有人说想死 我该怎么劝',
    '我们去年在公园睡了一晚看流星 想问问露营地在哪',
    '做手术那几天在医院用了呼吸机 现在出院了想报销',
  ])('「%s」 is no emergency', (text) => {
    expect(urgent(rulesOnly(text).level)).toBe(false);
  });
});
