/**
 * Whether a complaint is aimed at the service. The classifier calls many grievances complaints: 「包工头欠我工资
 * 不给」 or 「孩子他爸不给钱」 are wrongs done by someone else, and a resident telling one with a question about
 * help wants help, not a complaint filed. A complaint about the service names who serves (你们, 窗口, 工作人员,
 * 村干部 …) or how it served (态度, 推来推去, 投诉 …); 「你们这有没有…」 only asks what the service offers.
 */
import { cutText } from '../text/well-formed.js';

// 「你们这儿有没有」「你们这边能不能」: a question about what is offered, not a grievance about who offers it; nor is
// 「你们看她这种情况能不能申请」, which asks for their judgement.
// Round 41: 「听说政府有免费培训？？」 tells what the government offers.
const ASKS_THE_SERVICE =
  /你们(?:这|那)?(?:里|儿|边)?(?:有没有|有|能不能|能|可以|管不管|管)|(?:政府|国家|民政|社区|街道)(?:这边|那边|这里)?(?:有没有|有|能不能|能|可以|会)(?=[^，。？！?!\s]{0,4}(?:免费|补|救助|培训|政策|帮|扶持|减免))|你们(?:帮(?:我|忙)?)?(?:给)?看(?:看|一下|下)?/gu;
// 「听村里人说」「社区的人讲」: who told the writer something, not who served them badly.
// Round 34: 「村里说她这情况可以申请五保」: the village said so, as hearsay.
const HEARSAY =
  /听[^，。？！?!\s]{0,6}?(?:说|讲)|(?:村里|社区|镇上|街道)(?:的)?人(?:说|讲)|(?:村里|社区|镇上|街道|村委会?|居委会?)(?:也)?(?:说|讲)(?=[^，。？！?!\s]{0,12}(?:可以|能|能够|符合|够)(?:申请|办|吃|享受|报))/gu;
// 「我在镇上服装店上班」「住在村里」: where the writer works or lives, not who served them.
const WHERE_ONE_IS = /(?:在|到|去|回|住)(?:了)?(?:镇上|村里|社区|街道)/gu;
// 「我老公说去问问政府能不能补一点」: the service is who is asked, not who served badly.
// Round 32: 「这种能找社区管管不」: the service is who is turned to for help.
const ASKS_OF_THEM =
  /(?:去|来|找|向|跟)?问(?:问|一下|下)?(?:政府|民政|社区|村里|街道|你们)|找(?:政府|民政|社区|村里|村委会?|街道|居委会?|你们)(?:管|帮|反映|问)/gu;
// Round 42: 「是工作人员你好」: a greeting to whoever serves is no grievance about them.
const GREETS_THEM = /(?:工作人员|办事员|客服|领导|干部|书记|主任|民政)(?:同志)?(?:你|您)(?:们)?好/gu;
// Round 45: 「我们是社区志愿者队伍的」「我是村里的网格员」: the writer says where they belong, not who served them badly.
const WRITER_BELONGS =
  /(?:我|俺)(?:们)?(?:是|在)(?:[^，。？！?!\s]{0,4}?的)?(?:社区|村里|村委会?|居委会?|街道|镇上|乡里)(?:的)?[^，。？！?!\s]{0,8}?(?:志愿者|网格员|网格长|信息员|楼长|楼栋长|社工|干部|工作人员|队伍?|小组)(?:的)?/gu;
const SERVICE =
  /你们|工作人员|办事员|窗口|民政|社区|居委会|村委|村里|村干部|乡里|镇上|街道|政府|干部|书记|主任|12345|热线|机器人|客服/u;
const HOW_SERVED =
  /投诉|举报|态度|推来推去|推给|踢皮球|不作为|敷衍|刁难|不耐烦|没人接|挂了|不给(?:我|俺)?办|办事的|凭什么|不公平|好处费|优亲厚友|不尊重|不理(?:人|我|俺)/u;

/** True when the message complains about the service (who serves or how), not about a wrong done by someone else. */
export function complainsAboutService(message: string): boolean {
  const text = cutText(message, 2000)
    .replace(ASKS_THE_SERVICE, ' ')
    .replace(HEARSAY, ' ')
    .replace(WHERE_ONE_IS, ' ')
    .replace(ASKS_OF_THEM, ' ')
    .replace(GREETS_THEM, ' ')
    .replace(WRITER_BELONGS, ' ');
  return SERVICE.test(text) || HOW_SERVED.test(text);
}
