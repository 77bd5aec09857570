// A programme named as what the household already is or gets (「我们家是低保户」「已经在吃低保了」), not what is asked.
// 还是 / 要是 / 可是 are no 是: 「那我还是申请医疗救助吧」 asks for it.
const ALREADY_HAS =
  /(?:(?<!还|要|若|可|倒|总|但|或|正|算|像|于)是|在吃|吃着|享受着?|已经(?:是|在吃|享受|有)?)[^，。？！?!\s]{0,3}$/u;

/** True when the programme named at this text is one the household already is in (低保户, 在吃低保). */
export function alreadyHas(message: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  if (/户$/u.test(name)) return true;
  const at = message.indexOf(name);
  // Round 36: 「是工会会员」 says the writer belongs to the union, not that they draw its help.
  if (at >= 0 && message.startsWith('会员', at + name.length)) return false;
  // 「家里还是低保户」「也是五保户」: a household said to be one of the programme (低保户, 五保户) is in it; 「五保户啷个申请」
  // asks how to become one.
  if (
    at > 0 &&
    message.startsWith('户', at + name.length) &&
    /是$/u.test(message.slice(Math.max(0, at - 4), at))
  )
    return true;
  return at > 0 && ALREADY_HAS.test(message.slice(Math.max(0, at - 8), at));
}

// Round 38: 「低保我们去问过说收入超了一点点不能办」「医疗救助也报过了」: a programme told as refused or already claimed, before
// the help the message goes on to ask for (「有人说慈善总会有项目…能不能帮我申请一下」).
const REFUSED_OR_CLAIMED =
  /^[^。？！?!]{0,16}?(?:不能办|办不了|不给办|不让办|不符合|不够条件|没批|没有批|没通过|批不下来|评不上|(?:报过|申请过|办过|领过|给过|批过|拿过|享受过)(?:了|(?=$|[\s，,。])))/u;
// Round 39: 「也报了医疗救助」: the claim told before the programme's name.
const CLAIMED_BEFORE = /(?:报了|报过|申请了|申请过|办了|办过|领了|领过|拿了|享受了)$/u;

/** True when the programme named at this text is told as refused or already claimed (低保…不能办, 医疗救助也报过了). */
export function toldRefusedOrClaimed(message: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  const at = message.indexOf(name);
  return (
    at >= 0 &&
    (REFUSED_OR_CLAIMED.test(message.slice(at + name.length)) ||
      CLAIMED_BEFORE.test(message.slice(Math.max(0, at - 4), at)))
  );
}
