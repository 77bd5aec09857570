import type { Button } from '../../engine/buttons.js';
import { splitText } from './split-text.js';

/** One inline keyboard button: what the resident reads, and what Telegram sends back when it is tapped. */
export interface InlineButton {
  text: string;
  callback_data: string;
}

/** The sendMessage parameters the channel uses. Plain text only: no parse_mode, so nothing is read as markup. */
export interface SendMessagePayload {
  chat_id: string;
  text: string;
  reply_markup?: { inline_keyboard: InlineButton[][] };
}

// Short labels (「同意」「不同意」) sit two to a row; longer ones get a row each so they are not cut off.
const SHORT_LABEL = 6;

// Said above buttons that come without text, since Telegram refuses an empty message.
const CHOOSE = '请选择：';
// The label of a button that came without one (never in the content, but Telegram refuses an empty label).
const CHOOSE_BUTTON = '选择';

/**
 * One reply as Telegram messages: the text split at 4,096 characters, the buttons as an inline keyboard
 * under the last piece (callback_data from `encode`). Lone surrogates become U+FFFD, since the Bot API
 * refuses text that is not valid UTF-8. Nothing to say gives no message.
 */
export function renderMessages(
  chatId: string,
  reply: { text: string; buttons?: readonly Button[] },
  encode: (button: Button) => string,
): SendMessagePayload[] {
  const buttons = (reply.buttons ?? []).map((button) => ({
    text: wellFormed(button.label).trim() || wellFormed(button.id).trim() || CHOOSE_BUTTON,
    callback_data: encode(button),
  }));
  const pieces = splitText(wellFormed(reply.text));
  if (pieces.length === 0 && buttons.length > 0) pieces.push(CHOOSE);
  return pieces.map((text, index) => ({
    chat_id: chatId,
    text,
    ...(index === pieces.length - 1 && buttons.length > 0
      ? { reply_markup: { inline_keyboard: keyboardRows(buttons) } }
      : {}),
  }));
}

function keyboardRows(buttons: InlineButton[]): InlineButton[][] {
  const perRow = buttons.every((button) => [...button.text].length <= SHORT_LABEL) ? 2 : 1;
  const rows: InlineButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return rows;
}

/** The string with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, Node 20+). */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
