/** The body that tells WeChat "received, no passive reply"; it shows the resident nothing and stops retries. */
export const SUCCESS_BODY = 'success';

// Characters XML 1.0 cannot carry at all, even in CDATA: C0 controls other than tab/LF/CR, lone
// surrogates, U+FFFE and U+FFFF. A resident's text or an LLM answer may contain any of them.
/* eslint-disable no-control-regex -- matching control characters is this expression's purpose */
const NOT_XML_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/** Drops the characters XML cannot carry, and writes line ends as LF as every XML reader would read them. */
export function xmlSafeText(value: string): string {
  return value.replace(NOT_XML_CHARS, '').replace(/\r\n?/g, '\n');
}

/** Wraps text in CDATA; a `]]>` inside is split across two sections so it cannot end the first early. */
export function cdata(value: string): string {
  return `<![CDATA[${xmlSafeText(value).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** What a passive text reply needs: addressed back to the sender, from the Official Account. */
export interface TextReply {
  /** The resident's openid (the incoming FromUserName). */
  toUser: string;
  /** The Official Account's original id (the incoming ToUserName). */
  fromUser: string;
  /** Seconds since the epoch. */
  createTime: number;
  content: string;
}

/** Builds the XML of a passive text reply. */
export function textReplyXml(reply: TextReply): string {
  return (
    '<xml>' +
    `<ToUserName>${cdata(reply.toUser)}</ToUserName>` +
    `<FromUserName>${cdata(reply.fromUser)}</FromUserName>` +
    `<CreateTime>${Math.trunc(reply.createTime)}</CreateTime>` +
    '<MsgType><![CDATA[text]]></MsgType>' +
    `<Content>${cdata(reply.content)}</Content>` +
    '</xml>'
  );
}
