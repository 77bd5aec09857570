import { MAX_MESSAGE_CHARS } from '../text/limits.js';
import { cutText } from '../text/well-formed.js';

// Someone is already with the child or the old person: the writer (「我一个老头子带着他」), a grandparent
// they live with (「跟着个奶奶」「跟着他爷过」), neighbours taking turns (「邻居轮流照看着」).
const CARER =
  /(?:我|俺)(?:们)?(?:一个人|一个老头子?|一个老太婆?|自己|两口子|老两口)?[^，。？！?!\s]{0,4}?(?:带着|照顾着?|照看着?|陪着|养着|管着)|(?:邻居|街坊|亲戚|家人|奶奶|爷爷|外婆|姥姥|外公|姥爷|老人|姑姑|舅舅|阿姨|叔叔|社区|村里)[^，。？！?!\s]{0,4}?(?:轮流|在|每天|天天)?(?:照看|照顾|看着|陪着|管着|帮着|送饭)|跟着(?:个|他|她)?(?:奶奶|爷爷|外婆|姥姥|外公|姥爷|老人|爷|奶|婆|阿公|阿婆|叔|伯|姑|舅|姨|亲戚)(?:过|住|生活|一起)?/u;
// The writer's own household going without (「家里三天没吃的了 孩子饿得直哭」): the parent is the one writing.
const OWN_HOUSEHOLD =
  /^(?:我|俺)?(?:们)?家里|(?:我|俺)(?:们)?家(?![楼门隔对附旁后前边那])|(?:我|俺)(?:的)?(?:孩子|娃|儿子|女儿|闺女)/u;
// Never when the person is shut in, nor (unless someone brings them food) when the writer says they are away from
// them or the person is home alone.
const SHUT_IN = /锁在|关在/u;
const AWAY = /一个人在家|回不去|联系不上|找不到|不在家|没人在家/u;
// 「我们几个邻居先轮流给她送饭」「今天上午我送了点吃的」「我们几个亲戚轮流去看」: home alone, but fed or looked in on by the
// writer, relatives or neighbours for now: a gap in care to close within days, not nobody at all.
const FED =
  /(?:邻居|街坊|乡亲|亲戚|村里|社区|我|俺)(?:们)?[^，。？！?!\s]{0,6}?(?:轮流)?(?:给(?:他|她|他们|她们)?)?送(?:了)?(?:点|些)?(?:饭|吃的|饭菜)|(?:邻居|街坊|乡亲|亲戚|我们|俺们)[^，。？！?!\s]{0,4}?(?:轮流|轮着|换着)(?:去|来)?(?:看|照顾|照看|伺候|喂)/u;
const NOT_CARING = /没人|没有人|不管|管不了|不照顾/u;

/**
 * True when the message says someone is with the person the danger would be about, so "left without
 * care" does not hold: the writer caring for them, a grandparent or neighbours looking after them.
 */
export function carerPresent(message: string): boolean {
  const text = cutText(message, MAX_MESSAGE_CHARS);
  if (SHUT_IN.test(text)) return false;
  if (FED.test(text)) return true;
  if (AWAY.test(text)) return false;
  const match = CARER.exec(text);
  if (match && !NOT_CARING.test(match[0])) return true;
  return OWN_HOUSEHOLD.test(text);
}
