/**
 * Builds incoming requests exactly as WeChat's servers send them: signed query strings, plaintext or
 * safe-mode (安全模式) bodies. Written straight from the protocol description with node:crypto, apart
 * from the library under test, so that a mistake shared by both cannot pass unnoticed.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Test credentials; the AES key is 43 characters like the ones the OA backend generates. */
export const TEST_TOKEN = 'yimenTestToken2024';
export const TEST_APP_ID = 'wx0123456789abcdef';
export const TEST_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const TEST_OA_ID = 'gh_0123456789ab';
export const TEST_OPENID = 'oTestOpenid_0123456789abcdef';

/** A webhook request as the handler receives it. */
export interface WechatTestRequest {
  method: 'GET' | 'POST';
  query: Record<string, string>;
  body?: string;
}

/** sha1 hex of the sorted, concatenated parts. */
export function sha1Sorted(...parts: string[]): string {
  return createHash('sha1').update(parts.sort().join('')).digest('hex');
}

/** The server-configuration check WeChat sends when the URL is saved in the OA backend. */
export function verificationRequest(options: {
  token?: string;
  echostr?: string;
  timestamp?: string;
  nonce?: string;
}): WechatTestRequest {
  const token = options.token ?? TEST_TOKEN;
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? '1514711492';
  const echostr = options.echostr ?? '4375120948345356249';
  return {
    method: 'GET',
    query: { signature: sha1Sorted(token, timestamp, nonce), echostr, timestamp, nonce },
  };
}

/** AES-256-CBC, IV = first 16 key bytes, random(16) + length(4, BE) + message + appId, PKCS#7 to 32. */
export function wechatEncrypt(xml: string, encodingAesKey: string, appId: string, random?: Buffer): string {
  const key = Buffer.from(encodingAesKey + '=', 'base64');
  const message = Buffer.from(xml, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(message.length);
  const plain = Buffer.concat([random ?? randomBytes(16), length, message, Buffer.from(appId)]);
  const pad = 32 - (plain.length % 32);
  const padded = Buffer.concat([plain, Buffer.alloc(pad, pad)]);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

/** Opens a safe-mode payload: returns the message and the app id found after it. */
export function wechatDecrypt(encrypted: string, encodingAesKey: string): { xml: string; appId: string } {
  const key = Buffer.from(encodingAesKey + '=', 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
  const plain = padded.subarray(0, padded.length - padded[padded.length - 1]!);
  const length = plain.readUInt32BE(16);
  return {
    xml: plain.subarray(20, 20 + length).toString('utf8'),
    appId: plain.subarray(20 + length).toString('utf8'),
  };
}

/** A message push: plaintext, or safe mode when `safeMode` is set (body holds only ToUserName and Encrypt). */
export function messageRequest(
  xml: string,
  options: {
    token?: string;
    timestamp?: string;
    nonce?: string;
    safeMode?: { encodingAesKey?: string; appId?: string };
  } = {},
): WechatTestRequest {
  const token = options.token ?? TEST_TOKEN;
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? String(100_000 + Math.floor(Math.random() * 900_000));
  const query: Record<string, string> = {
    signature: sha1Sorted(token, timestamp, nonce),
    timestamp,
    nonce,
    openid: TEST_OPENID,
  };
  if (!options.safeMode) return { method: 'POST', query, body: xml };
  const encrypt = wechatEncrypt(
    xml,
    options.safeMode.encodingAesKey ?? TEST_AES_KEY,
    options.safeMode.appId ?? TEST_APP_ID,
  );
  query.encrypt_type = 'aes';
  query.msg_signature = sha1Sorted(token, timestamp, nonce, encrypt);
  const body = `<xml><ToUserName><![CDATA[${TEST_OA_ID}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
  return { method: 'POST', query, body };
}

/** Reads one tag's text (CDATA or plain) from a reply, for assertions. */
export function tagText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${tag}>`).exec(xml);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Checks a safe-mode reply's signature and opens it, as WeChat would. */
export function openEncryptedReply(
  body: string,
  options: { token?: string; encodingAesKey?: string } = {},
): { xml: string; appId: string; signatureValid: boolean } {
  const encrypt = tagText(body, 'Encrypt') ?? '';
  const signature = tagText(body, 'MsgSignature') ?? '';
  const timestamp = tagText(body, 'TimeStamp') ?? '';
  const nonce = tagText(body, 'Nonce') ?? '';
  const expected = sha1Sorted(options.token ?? TEST_TOKEN, timestamp, nonce, encrypt);
  return {
    ...wechatDecrypt(encrypt, options.encodingAesKey ?? TEST_AES_KEY),
    signatureValid: expected === signature,
  };
}

interface Common {
  from?: string;
  to?: string;
  createTime?: number;
}

function head(type: string, c: Common): string {
  return (
    `<ToUserName><![CDATA[${c.to ?? TEST_OA_ID}]]></ToUserName>` +
    `<FromUserName><![CDATA[${c.from ?? TEST_OPENID}]]></FromUserName>` +
    `<CreateTime>${c.createTime ?? 1714037059}</CreateTime>` +
    `<MsgType><![CDATA[${type}]]></MsgType>`
  );
}

/** A text message. */
export function textXml(content: string, c: Common & { msgId?: string } = {}): string {
  return `<xml>${head('text', c)}<Content><![CDATA[${content}]]></Content><MsgId>${c.msgId ?? '24412345678901234'}</MsgId></xml>`;
}

/** A voice message, with WeChat's speech recognition when `recognition` is given. */
export function voiceXml(c: Common & { msgId?: string; recognition?: string } = {}): string {
  const recognition =
    c.recognition === undefined ? '' : `<Recognition><![CDATA[${c.recognition}]]></Recognition>`;
  return `<xml>${head('voice', c)}<MediaId><![CDATA[media_voice_1]]></MediaId><Format><![CDATA[amr]]></Format>${recognition}<MsgId>${c.msgId ?? '24412345678901235'}</MsgId></xml>`;
}

/** An image message. */
export function imageXml(c: Common & { msgId?: string } = {}): string {
  return `<xml>${head('image', c)}<PicUrl><![CDATA[http://mmbiz.qpic.cn/test.jpg]]></PicUrl><MediaId><![CDATA[media_image_1]]></MediaId><MsgId>${c.msgId ?? '24412345678901236'}</MsgId></xml>`;
}

/** A location message: Location_X is the latitude, Location_Y the longitude. */
export function locationXml(
  c: Common & { msgId?: string; lat?: string; lng?: string; label?: string } = {},
): string {
  return `<xml>${head('location', c)}<Location_X>${c.lat ?? '31.568'}</Location_X><Location_Y>${c.lng ?? '120.299'}</Location_Y><Scale>15</Scale><Label><![CDATA[${c.label ?? '江苏省无锡市江阴市澄江街道'}]]></Label><MsgId>${c.msgId ?? '24412345678901237'}</MsgId></xml>`;
}

/** A link message. */
export function linkXml(c: Common & { msgId?: string } = {}): string {
  return `<xml>${head('link', c)}<Title><![CDATA[低保政策解读]]></Title><Description><![CDATA[说明]]></Description><Url><![CDATA[https://example.org/a]]></Url><MsgId>${c.msgId ?? '24412345678901238'}</MsgId></xml>`;
}

/** An event push (subscribe, unsubscribe, CLICK, VIEW, SCAN, LOCATION …) with optional extra fields. */
export function eventXml(event: string, c: Common & { eventKey?: string; extra?: string } = {}): string {
  const key = c.eventKey === undefined ? '' : `<EventKey><![CDATA[${c.eventKey}]]></EventKey>`;
  return `<xml>${head('event', c)}<Event><![CDATA[${event}]]></Event>${key}${c.extra ?? ''}</xml>`;
}
