import type { SafetyContact } from '../conversation-state.js';
import type { TurnContext } from '../turn-context.js';
import { cutText } from '../../text/well-formed.js';

// An answer to 「您在哪里」 that names a place, even when the address extractor did not recognise it (「在云亭 自己租的
// 房子里」).
const PLACE =
  /[省市区县镇乡街路巷道村组号楼栋室苑]|小区|附近|门口|家里|宿舍|公园|医院|学校|车站|桥|河边|广场|单元|(?:客运|汽车|火车|高铁|公交|地铁|加油|服务|收费|救助)站|站(?:台|口|前|外|旁)|外面|外头|旁边|对面|边上|底下|江边|湖边|海边|码头|港口|工地|厂里|超市|商场|市场|菜场|网吧|宾馆|旅馆|酒店|饭店|出租屋|屋里|家中|房子|房间|屋子|租的|住处|寝室|在家/;

/** The contact questions a person in danger is asked right after the safety reply, filled from this message. */
export function startSafetyContact(ctx: TurnContext): SafetyContact {
  const known = ctx.state.safety;
  // Raised again while already asking where they are (「他说在江边 我在家」 repeats the danger and answers
  // the question): the place or number it carries is kept, so the same question is not asked twice.
  const answering = known !== null && known.stage !== 'done';
  const start: SafetyContact = {
    stage: 'location',
    location: known?.location ?? ctx.state.location?.label ?? null,
    phone: known?.phone ?? null,
    asks: 0,
  };
  return gatherContact(start, ctx, answering);
}

/** Takes a place and a callback number from a message: entities and shared locations first, then a place-like answer. */
export function gatherContact(safety: SafetyContact, ctx: TurnContext, answering = true): SafetyContact {
  const phone = ctx.parse.entities.find((e) => e.type === 'phone');
  const address = ctx.parse.entities.find((e) => e.type === 'address');
  const shared = ctx.inbound.kind === 'location' ? (ctx.inbound.location.label ?? ctx.text) : null;
  const placeAnswer =
    answering && safety.stage === 'location' && !phone && PLACE.test(ctx.text)
      ? cutText(ctx.text, 200)
      : null;
  const location = shared ?? (address ? String(address.value) : (placeAnswer ?? safety.location));
  const callback = phone ? String(phone.value) : safety.phone;
  const stage =
    safety.stage === 'done' ? 'done' : location === null ? 'location' : callback === null ? 'phone' : 'done';
  return { ...safety, location, phone: callback, stage };
}
