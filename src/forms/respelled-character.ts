// Round 48: 「我叫沈卫冬 不是冬天的冬 是东方的东」: a character of the name taken back by spelling the wrong one and the
// right one, each by a word that holds it. Residents dictating by voice do this when the input method picks a
// homophone; the name is the one with the right character.

// 「不是冬天的冬是东方的东」「不是冬天那个冬，是东方的东」: the wrong character by its word, then the right one by its.
const RESPELT =
  /不是(\p{Script=Han}{1,3})(?:的|那个|那)(\p{Script=Han})[，,\s]{0,2}(?:而)?是(\p{Script=Han}{1,3})(?:的|那个|那)(\p{Script=Han})/u;

/** The name with a character the answer spells as wrong replaced by the one it spells as right; else unchanged. */
export function respellName(name: string, answer: string): string {
  const said = RESPELT.exec(answer.slice(0, 200));
  if (!said) return name;
  const [, wrongWord, wrong, rightWord, right] = said;
  if (!wrongWord || !wrong || !rightWord || !right) return name;
  // Each character must be in the word that spells it, and the wrong one in the name.
  if (!wrongWord.includes(wrong) || !rightWord.includes(right) || !name.includes(wrong)) return name;
  return name.split(wrong).join(right);
}
