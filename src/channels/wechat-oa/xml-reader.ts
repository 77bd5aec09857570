import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { WechatXmlError } from './protocol-errors.js';

/** Largest body read by default: WeChat's messages are a few hundred bytes, a safe-mode one under 10 KiB. */
export const DEFAULT_MAX_XML_BYTES = 64 * 1024;

// WeChat never sends a DOCTYPE; refusing it before parsing shuts out external entities (XXE) and
// entity-expansion bombs whatever the parser would do with them.
const DOCTYPE_OR_ENTITY = /<!\s*(doctype|entity)/i;

const parser = new XMLParser({
  ignoreAttributes: true,
  // Keep every value a string: MsgId is a 64-bit integer that a number would round.
  parseTagValue: false,
  parseAttributeValue: false,
  // Trims the formatting around CDATA sections, never the CDATA text itself.
  trimValues: true,
  // Only the five predefined entities remain possible (a DOCTYPE is refused below); each shortens the
  // text, so the expansion count needs no limit tighter than the body size.
  processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: DEFAULT_MAX_XML_BYTES * 4 },
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 8,
});

/** The leaf fields of a WeChat `<xml>` document: tag name → text (CDATA included). */
export type XmlFields = Readonly<Record<string, string>>;

/**
 * Reads a WeChat XML body into its top-level text fields. Refuses (WechatXmlError, never another
 * exception) an oversized body, any DOCTYPE or ENTITY declaration, malformed XML and a root other
 * than `<xml>`. Nested elements and repeated tags are left out: no WeChat message field uses them.
 */
export function readXmlFields(body: string, maxBytes = DEFAULT_MAX_XML_BYTES): XmlFields {
  if (Buffer.byteLength(body, 'utf8') > maxBytes) {
    throw new WechatXmlError('too_large', `the body is larger than ${maxBytes} bytes`);
  }
  if (DOCTYPE_OR_ENTITY.test(body)) {
    throw new WechatXmlError('doctype', 'a DOCTYPE or ENTITY declaration is not accepted');
  }
  if (XMLValidator.validate(body) !== true) {
    throw new WechatXmlError('malformed', 'the body is not well-formed XML');
  }
  let document: unknown;
  try {
    document = parser.parse(body);
  } catch {
    // The parser refuses names such as __proto__ by throwing; to the caller that is malformed input.
    throw new WechatXmlError('malformed', 'the body could not be parsed as XML');
  }
  const root = isRecord(document) ? document.xml : undefined;
  if (!isRecord(root)) throw new WechatXmlError('not_a_message', 'the body has no <xml> root element');
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(root)) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
