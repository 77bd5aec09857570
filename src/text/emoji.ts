// Pictographs with their joiners, variation selectors and skin tones; bounded by the message length.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;

/** The text with each emoji character made a space: emoji say nothing a word or a document could match. */
export function emojiAsSpaces(text: string): string {
  return text.replace(EMOJI, ' ');
}
