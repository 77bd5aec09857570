import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encryptedReplyXml, sealReply } from '../../../src/channels/wechat-oa/encrypted-reply.js';
import { decodeEncodingAesKey } from '../../../src/channels/wechat-oa/message-crypto.js';
import { cdata, textReplyXml, xmlSafeText } from '../../../src/channels/wechat-oa/passive-reply.js';
import { readXmlFields } from '../../../src/channels/wechat-oa/xml-reader.js';
import { anyResidentText } from '../../helpers/hostile-text.js';
import { TEST_AES_KEY, TEST_APP_ID, TEST_TOKEN, openEncryptedReply } from '../../helpers/wechat-requests.js';

describe('passive text replies', () => {
  it('builds the reply addressed back to the resident, from the Official Account', () => {
    const xml = textReplyXml({
      toUser: 'oOPENID',
      fromUser: 'gh_oa',
      createTime: 1714037060,
      content: '您好',
    });
    expect(xml).toBe(
      '<xml><ToUserName><![CDATA[oOPENID]]></ToUserName><FromUserName><![CDATA[gh_oa]]></FromUserName>' +
        '<CreateTime>1714037060</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[您好]]></Content></xml>',
    );
  });

  it('splits "]]>" across CDATA sections so the text cannot close the section early', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    const xml = textReplyXml({
      toUser: 'o',
      fromUser: 'g',
      createTime: 1,
      content: ']]></Content><MsgType>news</MsgType>',
    });
    expect(readXmlFields(xml)).toMatchObject({
      Content: ']]></Content><MsgType>news</MsgType>',
      MsgType: 'text',
    });
  });

  it('drops characters XML cannot carry and keeps everything else', () => {
    expect(xmlSafeText('a\u0000b\u0007c\td\ne\uffff\ud800f😭\r\ng\rh')).toBe('abc\td\nef😭\ng\nh');
  });

  it('parses back to the same text for any content', () => {
    fc.assert(
      fc.property(anyResidentText(), (content) => {
        const xml = textReplyXml({ toUser: 'o', fromUser: 'g', createTime: 1, content });
        const expected = xmlSafeText(content).trim();
        // Whitespace-only edges are formatting to an XML reader; content is never padded by the bot.
        expect((readXmlFields(xml).Content ?? '').trim()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('safe-mode reply envelope', () => {
  it('is signed and sealed so that WeChat can check and open it', () => {
    const inner = textReplyXml({ toUser: 'o', fromUser: 'g', createTime: 1, content: '已收到' });
    const sealed = sealReply(inner, {
      token: TEST_TOKEN,
      aesKey: decodeEncodingAesKey(TEST_AES_KEY),
      appId: TEST_APP_ID,
      timestamp: '1714037060',
    });
    const body = encryptedReplyXml(sealed);
    expect(body).toMatch(/^<xml><Encrypt><!\[CDATA\[[A-Za-z0-9+/=]+\]\]><\/Encrypt><MsgSignature>/);
    expect(body).toContain('<TimeStamp>1714037060</TimeStamp>');
    const opened = openEncryptedReply(body);
    expect(opened).toEqual({ xml: inner, appId: TEST_APP_ID, signatureValid: true });
  });
});
