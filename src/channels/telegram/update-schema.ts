import { z } from 'zod';

// Only the fields the bot reads; anything else Telegram adds is dropped. A webhook body is input from the
// network like any other, so it is parsed, never trusted to have the shape the Bot API documents.

const user = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  username: z.string().optional(),
});

const chat = z.object({ id: z.number().int(), type: z.string() });

const entity = z.object({
  type: z.string(),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  user: user.optional(),
});

const file = z.object({ file_id: z.string() });

const inlineButton = z.object({ text: z.string(), callback_data: z.string().optional() });

const message = z.object({
  message_id: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  entities: z.array(entity).optional(),
  caption: z.string().optional(),
  photo: z.array(file).optional(),
  voice: file.optional(),
  audio: file.optional(),
  video: file.optional(),
  video_note: file.optional(),
  document: file.optional(),
  location: z.object({ latitude: z.number().finite(), longitude: z.number().finite() }).optional(),
  venue: z.object({ title: z.string(), address: z.string() }).optional(),
  contact: z.object({ phone_number: z.string() }).optional(),
  reply_to_message: z.object({ from: user.optional() }).optional(),
  reply_markup: z.object({ inline_keyboard: z.array(z.array(inlineButton)) }).optional(),
});

const callbackQuery = z.object({
  id: z.string().min(1),
  from: user,
  // Absent for inline-mode messages; an old message comes as an InaccessibleMessage, which still has its chat.
  message: message.optional(),
  data: z.string().optional(),
});

/** The parts of a Telegram Update the channel reads (a message, or a tap on an inline keyboard button). */
export const telegramUpdateSchema = z.object({
  update_id: z.number().int().min(0),
  message: message.optional(),
  callback_query: callbackQuery.optional(),
});

/** A parsed Telegram Update. */
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

/** A message inside an update. */
export type TelegramMessage = z.infer<typeof message>;

/** A message entity (mention, bot command …); offsets are in UTF-16 code units, as JavaScript strings are. */
export type TelegramEntity = z.infer<typeof entity>;
