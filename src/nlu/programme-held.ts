// A programme named as what the household already is or gets (「我们家是低保户」「已经在吃低保了」), not what is asked.
// 还是 / 要是 / 可是 are no 是: 「那我还是申请医疗救助吧」 asks for it.
const ALREADY_HAS =
  /(?:(?<!还|要|若|可|倒|总|但|或|正|算|像|于)是|在吃|吃着|享受着?|已经(?:是|在吃|享受|有)?)[^，。？！?!\s]{0,3}$/u;

// The money a programme pays (低保金, 救助金), and the words that ask for it rather than count it.
const DRAWN_MONEY = /^(?:金|钱)[^，。？！?!\s]{0,3}?(?:加上?|[0-9一二两三四五六七八九十百千]{1,5})/u;
const AMOUNT_ASKED = /^[^，。？！?!]*?(?:多少|几|吗|么|咋|怎么)/u;
const MONEY_ASKED = /(?:申请|申报|想|要|办|能|怎么|咋|如何|多少)[^，。？！?!\s]{0,2}$/u;

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
  // Round 45: 「低保金加上俺对象打零工 一个月得有一千五」: the programme's money counted as income is drawn already;
  // 「想申请低保金」 still asks for it.
  const after = message.slice(at + name.length, at + name.length + 12);
  if (
    at >= 0 &&
    DRAWN_MONEY.test(after) &&
    !AMOUNT_ASKED.test(after) &&
    !MONEY_ASKED.test(message.slice(Math.max(0, at - 6), at))
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
