import { z } from 'zod';
import { WechatXmlError } from './protocol-errors.js';
import { readXmlFields, type XmlFields } from './xml-reader.js';

/** Fields every message and event carries. */
export interface WechatMessageBase {
  /** The Official Account's original id (gh_…). */
  toUserName: string;
  /** The resident's openid: stable per resident and per Official Account. */
  fromUserName: string;
  /** When WeChat received it, in seconds since the epoch. */
  createTime: number;
}

/** An incoming WeChat message or event, typed by `MsgType` (and `Event` for events). */
export type WechatMessage =
  | (WechatMessageBase & { msgType: 'text'; msgId: string; content: string })
  | (WechatMessageBase & { msgType: 'image'; msgId: string; picUrl: string; mediaId: string })
  | (WechatMessageBase & {
      msgType: 'voice';
      msgId: string;
      mediaId: string;
      format: string;
      /** WeChat's speech recognition of the voice message, when the account has it switched on. */
      recognition?: string;
    })
  | (WechatMessageBase & {
      msgType: 'location';
      msgId: string;
      latitude: number;
      longitude: number;
      scale: number;
      label: string;
    })
  | (WechatMessageBase & { msgType: 'link'; msgId: string; title: string; description: string; url: string })
  | (WechatMessageBase & { msgType: 'event'; event: 'subscribe'; eventKey?: string; ticket?: string })
  | (WechatMessageBase & { msgType: 'event'; event: 'unsubscribe' })
  | (WechatMessageBase & { msgType: 'event'; event: 'click'; eventKey: string })
  | (WechatMessageBase & { msgType: 'event'; event: 'view'; eventKey: string })
  | (WechatMessageBase & { msgType: 'event'; event: 'scan'; eventKey: string; ticket?: string })
  | (WechatMessageBase & {
      msgType: 'event';
      event: 'location';
      latitude: number;
      longitude: number;
      precision: number;
    })
  /** Any other event (template delivery reports, menu pickers …), kept by name. */
  | (WechatMessageBase & { msgType: 'event'; event: 'other'; name: string })
  /** A message type the bot does not read (video, shortvideo, file …); `msgId` when it had one. */
  | (WechatMessageBase & { msgType: 'other'; rawType: string; msgId?: string });

const text = (max: number) => z.string().max(max);
const id = z.string().trim().min(1).max(128);
const digits = z
  .string()
  .trim()
  .regex(/^\d{1,20}$/);
const coordinate = (limit: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d{1,3}(\.\d{1,12})?$/)
    .transform(Number)
    .pipe(z.number().min(-limit).max(limit));
const decimal = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,12})?$/)
  .transform(Number);

const base = z.object({
  ToUserName: id,
  // openids are 28 URL-safe base64 characters today; allow a margin but no spaces or markup.
  FromUserName: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,128}$/),
  CreateTime: digits.transform(Number),
  MsgType: z.string().trim().min(1).max(32),
});

const textFields = z.object({ MsgId: digits, Content: text(20_000) });
const imageFields = z.object({ MsgId: digits, PicUrl: text(2048), MediaId: text(256) });
const voiceFields = z.object({
  MsgId: digits,
  MediaId: text(256),
  Format: text(32),
  Recognition: text(20_000).optional(),
});
const locationFields = z.object({
  MsgId: digits,
  Location_X: coordinate(90),
  Location_Y: coordinate(180),
  Scale: decimal,
  Label: text(1024).default(''),
});
const linkFields = z.object({
  MsgId: digits,
  Title: text(1024).default(''),
  Description: text(4096).default(''),
  Url: text(4096),
});
const eventKeyFields = z.object({ EventKey: text(1024).default(''), Ticket: text(1024).optional() });
const locationEventFields = z.object({
  Latitude: coordinate(90),
  Longitude: coordinate(180),
  Precision: decimal,
});

/** Types the raw fields of one message; throws WechatXmlError('invalid_fields') naming the bad field. */
export function toWechatMessage(fields: XmlFields): WechatMessage {
  const head = parse(base, fields);
  const common: WechatMessageBase = {
    toUserName: head.ToUserName,
    fromUserName: head.FromUserName,
    createTime: head.CreateTime,
  };
  switch (head.MsgType.toLowerCase()) {
    case 'text': {
      const f = parse(textFields, fields);
      return { ...common, msgType: 'text', msgId: f.MsgId, content: f.Content };
    }
    case 'image': {
      const f = parse(imageFields, fields);
      return { ...common, msgType: 'image', msgId: f.MsgId, picUrl: f.PicUrl, mediaId: f.MediaId };
    }
    case 'voice': {
      const f = parse(voiceFields, fields);
      const recognition = f.Recognition?.trim();
      return {
        ...common,
        msgType: 'voice',
        msgId: f.MsgId,
        mediaId: f.MediaId,
        format: f.Format,
        ...(recognition ? { recognition } : {}),
      };
    }
    case 'location': {
      const f = parse(locationFields, fields);
      return {
        ...common,
        msgType: 'location',
        msgId: f.MsgId,
        latitude: f.Location_X,
        longitude: f.Location_Y,
        scale: f.Scale,
        label: f.Label,
      };
    }
    case 'link': {
      const f = parse(linkFields, fields);
      return {
        ...common,
        msgType: 'link',
        msgId: f.MsgId,
        title: f.Title,
        description: f.Description,
        url: f.Url,
      };
    }
    case 'event':
      return toEvent(common, fields);
    default: {
      const msgId = fields.MsgId !== undefined && /^\d{1,20}$/.test(fields.MsgId) ? fields.MsgId : undefined;
      return { ...common, msgType: 'other', rawType: head.MsgType, ...(msgId ? { msgId } : {}) };
    }
  }
}

function toEvent(common: WechatMessageBase, fields: XmlFields): WechatMessage {
  const name = parse(z.object({ Event: z.string().trim().min(1).max(64) }), fields).Event;
  switch (name.toLowerCase()) {
    case 'subscribe': {
      const f = parse(eventKeyFields, fields);
      return {
        ...common,
        msgType: 'event',
        event: 'subscribe',
        // A subscription through a parametric QR code carries qrscene_<scene>.
        ...(f.EventKey ? { eventKey: f.EventKey } : {}),
        ...(f.Ticket ? { ticket: f.Ticket } : {}),
      };
    }
    case 'unsubscribe':
      return { ...common, msgType: 'event', event: 'unsubscribe' };
    case 'click':
      return {
        ...common,
        msgType: 'event',
        event: 'click',
        eventKey: parse(eventKeyFields, fields).EventKey,
      };
    case 'view':
      return { ...common, msgType: 'event', event: 'view', eventKey: parse(eventKeyFields, fields).EventKey };
    case 'scan': {
      const f = parse(eventKeyFields, fields);
      return {
        ...common,
        msgType: 'event',
        event: 'scan',
        eventKey: f.EventKey,
        ...(f.Ticket ? { ticket: f.Ticket } : {}),
      };
    }
    case 'location': {
      const f = parse(locationEventFields, fields);
      return {
        ...common,
        msgType: 'event',
        event: 'location',
        latitude: f.Latitude,
        longitude: f.Longitude,
        precision: f.Precision,
      };
    }
    default:
      return { ...common, msgType: 'event', event: 'other', name };
  }
}

function parse<S extends z.ZodType>(schema: S, fields: XmlFields): z.output<S> {
  const result = schema.safeParse(fields);
  if (result.success) return result.data;
  // Name the field, never its value: the value may be a resident's message.
  const fieldNames = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
  throw new WechatXmlError('invalid_fields', `missing or invalid field(s): ${fieldNames.join(', ')}`);
}

/** Parses a plaintext XML body into a typed message; every failure is a WechatXmlError. */
export function parseWechatMessage(body: string, maxBytes?: number): WechatMessage {
  return toWechatMessage(readXmlFields(body, maxBytes));
}
