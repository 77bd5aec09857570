import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWechatMessage } from '../../../src/channels/wechat-oa/incoming-message.js';
import { WechatXmlError } from '../../../src/channels/wechat-oa/protocol-errors.js';
import { readXmlFields } from '../../../src/channels/wechat-oa/xml-reader.js';
import { anyResidentText } from '../../helpers/hostile-text.js';
import {
  TEST_OA_ID,
  TEST_OPENID,
  eventXml,
  imageXml,
  linkXml,
  locationXml,
  textXml,
  voiceXml,
} from '../../helpers/wechat-requests.js';

function xmlError(fn: () => unknown): WechatXmlError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WechatXmlError) return error;
    throw error;
  }
  throw new Error('expected a WechatXmlError');
}

const common = { toUserName: TEST_OA_ID, fromUserName: TEST_OPENID, createTime: 1714037059 };

describe('incoming WeChat messages', () => {
  it('reads a text message, keeping the 64-bit MsgId as a string and the CDATA text exact', () => {
    const message = parseWechatMessage(
      textXml('  我想申请低保 <b>&amp;</b>  ', { msgId: '24412345678901234567' }),
    );
    expect(message).toEqual({
      ...common,
      msgType: 'text',
      msgId: '24412345678901234567',
      content: '  我想申请低保 <b>&amp;</b>  ',
    });
  });

  it('decodes the predefined entities outside CDATA', () => {
    const xml = textXml('x').replace('<![CDATA[x]]>', 'a &lt; b &amp;&amp; c');
    expect(parseWechatMessage(xml)).toMatchObject({ content: 'a < b && c' });
  });

  it('reads a voice message with and without speech recognition', () => {
    expect(parseWechatMessage(voiceXml({ recognition: '我家老人生病了。' }))).toEqual({
      ...common,
      msgType: 'voice',
      msgId: '24412345678901235',
      mediaId: 'media_voice_1',
      format: 'amr',
      recognition: '我家老人生病了。',
    });
    expect(parseWechatMessage(voiceXml())).not.toHaveProperty('recognition');
    expect(parseWechatMessage(voiceXml({ recognition: '  ' }))).not.toHaveProperty('recognition');
  });

  it('reads image, location and link messages', () => {
    expect(parseWechatMessage(imageXml())).toEqual({
      ...common,
      msgType: 'image',
      msgId: '24412345678901236',
      picUrl: 'http://mmbiz.qpic.cn/test.jpg',
      mediaId: 'media_image_1',
    });
    expect(parseWechatMessage(locationXml())).toEqual({
      ...common,
      msgType: 'location',
      msgId: '24412345678901237',
      latitude: 31.568,
      longitude: 120.299,
      scale: 15,
      label: '江苏省无锡市江阴市澄江街道',
    });
    expect(parseWechatMessage(linkXml())).toMatchObject({
      msgType: 'link',
      title: '低保政策解读',
      url: 'https://example.org/a',
    });
  });

  it('refuses a location outside the globe', () => {
    expect(xmlError(() => parseWechatMessage(locationXml({ lat: '91.0' }))).reason).toBe('invalid_fields');
    expect(xmlError(() => parseWechatMessage(locationXml({ lng: 'east' }))).message).toContain('Location_Y');
  });

  it('reads every event the bot listens to', () => {
    expect(parseWechatMessage(eventXml('subscribe'))).toEqual({
      ...common,
      msgType: 'event',
      event: 'subscribe',
    });
    expect(
      parseWechatMessage(
        eventXml('subscribe', { eventKey: 'qrscene_42', extra: '<Ticket><![CDATA[T]]></Ticket>' }),
      ),
    ).toEqual({
      ...common,
      msgType: 'event',
      event: 'subscribe',
      eventKey: 'qrscene_42',
      ticket: 'T',
    });
    expect(parseWechatMessage(eventXml('unsubscribe'))).toEqual({
      ...common,
      msgType: 'event',
      event: 'unsubscribe',
    });
    expect(parseWechatMessage(eventXml('CLICK', { eventKey: 'apply' }))).toMatchObject({
      event: 'click',
      eventKey: 'apply',
    });
    expect(parseWechatMessage(eventXml('VIEW', { eventKey: 'https://example.org' }))).toMatchObject({
      event: 'view',
    });
    expect(parseWechatMessage(eventXml('SCAN', { eventKey: '42' }))).toMatchObject({
      event: 'scan',
      eventKey: '42',
    });
    expect(
      parseWechatMessage(
        eventXml('LOCATION', {
          extra:
            '<Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>',
        }),
      ),
    ).toMatchObject({ event: 'location', latitude: 23.137466, longitude: 113.352425, precision: 119.38504 });
    expect(parseWechatMessage(eventXml('TEMPLATESENDJOBFINISH'))).toMatchObject({
      event: 'other',
      name: 'TEMPLATESENDJOBFINISH',
    });
  });

  it('keeps unknown message types by name instead of failing', () => {
    const video = textXml('x').replace('<![CDATA[text]]>', '<![CDATA[video]]>');
    expect(parseWechatMessage(video)).toMatchObject({
      msgType: 'other',
      rawType: 'video',
      msgId: '24412345678901234',
    });
  });

  it('names the missing field, never the message text', () => {
    const error = xmlError(() => parseWechatMessage(textXml('秘密内容').replace(/<MsgId>.*<\/MsgId>/, '')));
    expect(error.reason).toBe('invalid_fields');
    expect(error.message).toContain('MsgId');
    expect(error.message).not.toContain('秘密内容');
    expect(xmlError(() => parseWechatMessage(textXml('x', { from: 'bad openid <x>' }))).message).toContain(
      'FromUserName',
    );
  });
});

describe('hostile XML is refused before parsing', () => {
  it('refuses a billion-laughs entity bomb', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<xml><ToUserName>a</ToUserName><Content>&lol3;</Content></xml>';
    expect(xmlError(() => parseWechatMessage(bomb)).reason).toBe('doctype');
  });

  it('refuses an external entity (XXE)', () => {
    const xxe =
      '<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><xml><Content>&xxe;</Content></xml>';
    expect(xmlError(() => parseWechatMessage(xxe)).reason).toBe('doctype');
    expect(xmlError(() => parseWechatMessage('<!doctype xml><xml/>')).reason).toBe('doctype');
  });

  it('leaves an undeclared entity reference as text rather than resolving it', () => {
    expect(parseWechatMessage(textXml('x').replace('<![CDATA[x]]>', '&xxe;'))).toMatchObject({
      content: '&xxe;',
    });
  });

  it('refuses an oversized body before reading it', () => {
    const big = textXml('字'.repeat(30_000));
    expect(xmlError(() => parseWechatMessage(big)).reason).toBe('too_large');
    expect(xmlError(() => readXmlFields('<xml><a>12345</a></xml>', 10)).reason).toBe('too_large');
  });

  it('refuses malformed XML, other roots and prototype-polluting names', () => {
    expect(xmlError(() => parseWechatMessage('<xml><Content>open</xml>')).reason).toBe('malformed');
    expect(xmlError(() => parseWechatMessage('just text')).reason).toBe('malformed');
    expect(xmlError(() => parseWechatMessage('<root><a>1</a></root>')).reason).toBe('not_a_message');
    expect(xmlError(() => parseWechatMessage('<xml><__proto__>1</__proto__></xml>')).reason).toBe(
      'malformed',
    );
  });

  it('ignores nested and repeated elements rather than letting them through as text', () => {
    const fields = readXmlFields('<xml><A>1</A><A>2</A><N><M>1</M></N><B>ok</B></xml>');
    expect({ ...fields }).toEqual({ B: 'ok' });
  });

  it('returns a message or a WechatXmlError for any text in any field, quickly', () => {
    fc.assert(
      fc.property(anyResidentText(), fc.boolean(), (text, asCdata) => {
        const xml = asCdata ? textXml(text) : textXml('x').replace('<![CDATA[x]]>', text);
        const started = performance.now();
        try {
          const message = parseWechatMessage(xml);
          expect(message.msgType).toBe('text');
        } catch (error) {
          expect(error).toBeInstanceOf(WechatXmlError);
        }
        expect(performance.now() - started).toBeLessThan(200);
      }),
      { numRuns: 400 },
    );
  });

  it('returns a value or a WechatXmlError for arbitrary bodies', () => {
    fc.assert(
      fc.property(fc.oneof(anyResidentText(), fc.string({ unit: 'binary', maxLength: 400 })), (body) => {
        try {
          parseWechatMessage(`<xml>${body}</xml>`);
        } catch (error) {
          expect(error).toBeInstanceOf(WechatXmlError);
        }
        try {
          parseWechatMessage(body);
        } catch (error) {
          expect(error).toBeInstanceOf(WechatXmlError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
