import type { Button } from './button.js';
import { MAX_NUMBERED_OPTIONS, renderNumberedOptions } from './numbered-options.js';
import { WECHAT_TEXT_MAX_BYTES, splitTextByBytes } from './split-text.js';

/** One reply of the bot, before it is rendered for WeChat. */
export interface WechatReply {
  text: string;
  buttons?: readonly Button[];
}

/** A turn's replies as WeChat text messages, and the options they offered (to read a digit back). */
export interface RenderedTexts {
  /** The messages to send, in order; each at most `maxBytes` bytes. */
  texts: string[];
  /** The buttons numbered in the last message; empty when the replies offered none. */
  offered: Button[];
}

/**
 * Renders a turn's replies as WeChat text: the texts joined into as few messages as fit (each
 * customer-service message counts against WeChat's quota), the buttons of the last reply that has
 * any numbered at the end, then split at `maxBytes`.
 */
export function renderWechatTexts(
  replies: readonly WechatReply[],
  maxBytes = WECHAT_TEXT_MAX_BYTES,
): RenderedTexts {
  const withButtons = [...replies].reverse().find((reply) => (reply.buttons?.length ?? 0) > 0);
  const offered = (withButtons?.buttons ?? [])
    .slice(0, MAX_NUMBERED_OPTIONS)
    .map(({ id, label }) => ({ id, label }));
  const parts = replies.map((reply) => reply.text.trim()).filter((text) => text.length > 0);
  const options = renderNumberedOptions(offered);
  if (options) parts.push(options);
  return { texts: splitTextByBytes(parts.join('\n\n'), maxBytes), offered };
}
