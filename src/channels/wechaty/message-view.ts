/**
 * What a Wechaty message carries, read from the SDK by read-message.ts: plain data, so that the mapping
 * to the engine's Inbound is tested without a puppet.
 */
export type WechatyContent =
  | { kind: 'text'; text: string }
  /** A voice message; `text` only when the puppet transcribed it (most personal-account puppets do not). */
  | { kind: 'audio'; text?: string }
  | { kind: 'image' }
  | { kind: 'location'; lat: number; lng: number; label?: string }
  | { kind: 'link'; url: string; title?: string }
  /** Something the bot cannot read (video, file, sticker, mini program …), acknowledged for staff. */
  | { kind: 'unsupported'; label: string }
  /** Not the resident talking: system notices, recalls, transfers and red envelopes. */
  | { kind: 'ignored' };

/** One Wechaty message as the channel reads it. */
export type WechatyMessageView = WechatyContent & {
  id: string;
  talkerId: string;
  /** The group chat it was said in, if any. */
  roomId?: string;
  /** In a group chat: whether the bot was @-mentioned (only then does it answer). */
  mentionsBot: boolean;
  /** Sent by the bot's own account: its replies come back as messages, and are never answered. */
  self: boolean;
  /** From an official account or WeChat's own notices rather than a person. */
  official: boolean;
  at: Date;
};
