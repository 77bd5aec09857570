import { describe, expect, it } from 'vitest';
import type { Button } from '../../../src/channels/wechat-oa/button.js';
import { parseWechatMessage } from '../../../src/channels/wechat-oa/incoming-message.js';
import { messageIdOf, toWechatInbound } from '../../../src/channels/wechat-oa/inbound.js';
import {
  TEST_OPENID,
  eventXml,
  imageXml,
  linkXml,
  locationXml,
  textXml,
  voiceXml,
} from '../../helpers/wechat-requests.js';

const at = new Date(1714037059 * 1000);
const base = { channel: 'wechat', userId: TEST_OPENID, at };
const offered: Button[] = [
  { id: 'apply', label: '申请救助' },
  { id: 'check_status', label: '查询进度' },
  { id: 'request_human', label: '转人工' },
];
const inbound = (xml: string, options?: readonly Button[]) =>
  toWechatInbound(parseWechatMessage(xml), options);

describe('WeChat message → inbound', () => {
  it('maps text, keeping what the resident wrote', () => {
    expect(inbound(textXml('我想申请低保', { msgId: '100' }))).toEqual({
      ...base,
      messageId: '100',
      kind: 'text',
      text: '我想申请低保',
    });
  });

  it('maps a bare digit to the offered button, not to text', () => {
    expect(inbound(textXml('2', { msgId: '101' }), offered)).toEqual({
      ...base,
      messageId: '101',
      kind: 'button',
      text: '2',
      payload: { id: 'check_status', source: 'option' },
    });
    expect(inbound(textXml('１'), offered)).toMatchObject({ kind: 'button', payload: { id: 'apply' } });
    expect(inbound(textXml('3️⃣'), offered)).toMatchObject({
      kind: 'button',
      payload: { id: 'request_human' },
    });
    expect(inbound(textXml('转人工'), offered)).toMatchObject({
      kind: 'button',
      payload: { id: 'request_human' },
    });
  });

  it('leaves a digit as text when no options are current or it is out of range', () => {
    expect(inbound(textXml('2'))).toMatchObject({ kind: 'text', text: '2' });
    expect(inbound(textXml('2'), [])).toMatchObject({ kind: 'text', text: '2' });
    expect(inbound(textXml('4'), offered)).toMatchObject({ kind: 'text', text: '4' });
    expect(inbound(textXml('家里2口人'), offered)).toMatchObject({ kind: 'text' });
  });

  it('treats recognised speech as text, and a spoken number as the option', () => {
    expect(inbound(voiceXml({ recognition: '我家老人生病了' }))).toEqual({
      ...base,
      messageId: '24412345678901235',
      kind: 'voice',
      text: '我家老人生病了',
      payload: { mediaId: 'media_voice_1', format: 'amr' },
    });
    expect(inbound(voiceXml())).not.toHaveProperty('text');
    expect(inbound(voiceXml({ recognition: '二。' }), offered)).toMatchObject({
      kind: 'button',
      text: '二。',
      payload: { id: 'check_status', source: 'option' },
    });
  });

  it('maps an image and a location with their payloads', () => {
    expect(inbound(imageXml())).toEqual({
      ...base,
      messageId: '24412345678901236',
      kind: 'image',
      payload: { mediaId: 'media_image_1', picUrl: 'http://mmbiz.qpic.cn/test.jpg' },
    });
    expect(inbound(locationXml())).toEqual({
      ...base,
      messageId: '24412345678901237',
      kind: 'location',
      text: '江苏省无锡市江阴市澄江街道',
      payload: { lat: 31.568, lng: 120.299, label: '江苏省无锡市江阴市澄江街道' },
    });
  });

  it('reads a shared link as text with its title and address', () => {
    expect(inbound(linkXml())).toMatchObject({
      kind: 'text',
      text: '低保政策解读\nhttps://example.org/a',
      payload: { link: { title: '低保政策解读', url: 'https://example.org/a' } },
    });
  });

  it('maps a menu click to the button with the EventKey as its id', () => {
    expect(inbound(eventXml('CLICK', { eventKey: 'urgent' }))).toEqual({
      ...base,
      messageId: `${TEST_OPENID}:1714037059:click`,
      kind: 'button',
      payload: { id: 'urgent', source: 'menu' },
    });
    expect(inbound(eventXml('CLICK', { eventKey: '' }))).toBeNull();
  });

  it('maps subscribe and unsubscribe to events with a sender + time id', () => {
    expect(inbound(eventXml('subscribe'))).toEqual({
      ...base,
      messageId: `${TEST_OPENID}:1714037059:subscribe`,
      kind: 'event',
      payload: { event: 'subscribe' },
    });
    expect(inbound(eventXml('subscribe', { eventKey: 'qrscene_town-12' }))).toMatchObject({
      payload: { event: 'subscribe', scene: 'town-12' },
    });
    expect(inbound(eventXml('unsubscribe'))).toMatchObject({
      kind: 'event',
      payload: { event: 'unsubscribe' },
    });
    expect(inbound(eventXml('SCAN', { eventKey: 'town-12' }))).toMatchObject({
      payload: { event: 'scan', scene: 'town-12' },
    });
  });

  it('reports message types the bot cannot read, so it can say so', () => {
    const video = textXml('x', { msgId: '555' }).replace('<![CDATA[text]]>', '<![CDATA[video]]>');
    expect(inbound(video)).toMatchObject({
      messageId: '555',
      kind: 'event',
      payload: { event: 'unsupported', msgType: 'video' },
    });
  });

  it('returns null for pushes that are not the resident talking to the bot', () => {
    expect(inbound(eventXml('VIEW', { eventKey: 'https://example.org' }))).toBeNull();
    expect(inbound(eventXml('TEMPLATESENDJOBFINISH'))).toBeNull();
    const report = '<Latitude>23.1</Latitude><Longitude>113.3</Longitude><Precision>119.4</Precision>';
    expect(inbound(eventXml('LOCATION', { extra: report }))).toBeNull();
  });

  it('gives retries of one message the same id, and different events different ids', () => {
    const a = parseWechatMessage(eventXml('subscribe', { createTime: 1 }));
    expect(messageIdOf(a)).toBe(messageIdOf(parseWechatMessage(eventXml('subscribe', { createTime: 1 }))));
    expect(messageIdOf(a)).not.toBe(
      messageIdOf(parseWechatMessage(eventXml('subscribe', { createTime: 2 }))),
    );
    expect(messageIdOf(parseWechatMessage(textXml('x', { msgId: '9' })))).toBe('9');
  });
});
