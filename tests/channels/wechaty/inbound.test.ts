import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetOf, userIdOf } from '../../../src/channels/wechaty/address.js';
import { MAX_INBOUND_CHARS, toWechatyInbound } from '../../../src/channels/wechaty/inbound.js';
import type { WechatyContent, WechatyMessageView } from '../../../src/channels/wechaty/message-view.js';
import type { Button } from '../../../src/engine/buttons.js';
import { anyResidentText, hostileText } from '../../helpers/hostile-text.js';

const at = new Date('2026-11-24T02:00:00Z');
const offered: Button[] = [
  { id: 'consent_yes', label: '同意' },
  { id: 'consent_no', label: '不同意' },
  { id: 'request_human', label: '转人工' },
];
const text = (t: string, extra: Partial<WechatyMessageView> = {}): WechatyMessageView =>
  ({
    id: 'm1',
    talkerId: 'wxid_a',
    mentionsBot: false,
    self: false,
    official: false,
    at,
    kind: 'text',
    text: t,
    ...extra,
  }) as WechatyMessageView;

describe('Wechaty message → inbound', () => {
  it('maps a private text to the contact, queued for the outbox', () => {
    expect(toWechatyInbound(text('低保怎么申请'))).toEqual({
      channel: 'wechaty',
      userId: 'wxid_a',
      messageId: 'm1',
      at,
      replyVia: 'outbox',
      kind: 'text',
      text: '低保怎么申请',
    });
  });

  it('maps a digit answering the offered options to the button, labelled as the transcript shows it', () => {
    expect(toWechatyInbound(text('2'), offered)).toMatchObject({
      kind: 'button',
      buttonId: 'consent_no',
      text: '不同意',
    });
    expect(toWechatyInbound(text('１'), offered)).toMatchObject({ kind: 'button', buttonId: 'consent_yes' });
    expect(toWechatyInbound(text('第3个'), offered)).toMatchObject({
      kind: 'button',
      buttonId: 'request_human',
    });
    expect(toWechatyInbound(text('2'))).toMatchObject({ kind: 'text', text: '2' });
    expect(toWechatyInbound(text('4'), offered)).toMatchObject({ kind: 'text', text: '4' });
    expect(toWechatyInbound(text('家里2口人'), offered)).toMatchObject({ kind: 'text' });
  });

  it('answers a group only when mentioned, as the member in that room', () => {
    expect(toWechatyInbound(text('明天开会', { roomId: 'r1@chatroom' }))).toBeNull();
    const mentioned = toWechatyInbound(text('低保怎么申请', { roomId: 'r1@chatroom', mentionsBot: true }));
    expect(mentioned?.userId).toBe(userIdOf({ roomId: 'r1@chatroom', contactId: 'wxid_a' }));
    expect(targetOf(mentioned!.userId)).toEqual({ roomId: 'r1@chatroom', contactId: 'wxid_a' });
  });

  it('never answers itself, official accounts or system notices', () => {
    expect(toWechatyInbound(text('hi', { self: true }))).toBeNull();
    expect(toWechatyInbound(text('hi', { official: true }))).toBeNull();
    expect(toWechatyInbound({ ...text(''), kind: 'ignored' })).toBeNull();
  });

  it('maps voice, image, location, link and what it cannot read', () => {
    const base = { id: 'm1', talkerId: 'wxid_a', mentionsBot: false, self: false, official: false, at };
    const of = (content: WechatyContent) => toWechatyInbound({ ...base, ...content }, offered);
    expect(of({ kind: 'audio' })).toMatchObject({ kind: 'voice', text: '' });
    expect(of({ kind: 'audio', text: '我家老人病了' })).toMatchObject({
      kind: 'voice',
      text: '我家老人病了',
    });
    expect(of({ kind: 'audio', text: '二' })).toMatchObject({ kind: 'button', buttonId: 'consent_no' });
    expect(of({ kind: 'image' })).toMatchObject({ kind: 'image', text: '[图片]', image: {} });
    expect(of({ kind: 'location', lat: 31.9, lng: 120.3, label: '澄江街道' })).toMatchObject({
      kind: 'location',
      text: '澄江街道',
      location: { lat: 31.9, lng: 120.3, label: '澄江街道' },
    });
    expect(of({ kind: 'location', lat: 31.9, lng: 120.3 })).toMatchObject({ text: '[位置]' });
    expect(of({ kind: 'link', url: 'https://example.org/a', title: '通知' })).toMatchObject({
      kind: 'text',
      text: '通知\nhttps://example.org/a',
    });
    expect(of({ kind: 'unsupported', label: '视频' })).toMatchObject({ kind: 'image', text: '[视频]' });
  });

  it('property: any text maps without throwing, to the sender, an offered button or the text itself', () => {
    const options = fc.subarray(offered, { minLength: 0 });
    const view = fc.record({
      id: hostileText(40),
      talkerId: hostileText(40).filter((s) => s.length > 0),
      roomId: fc.option(
        hostileText(40).filter((s) => s.length > 0),
        { nil: undefined },
      ),
      mentionsBot: fc.boolean(),
      self: fc.boolean(),
      official: fc.boolean(),
      text: anyResidentText(),
    });
    fc.assert(
      fc.property(view, options, (v, shown) => {
        const message = { ...v, at, kind: 'text' as const };
        const inbound = toWechatyInbound(message, shown);
        if (v.self || v.official || (v.roomId !== undefined && !v.mentionsBot)) {
          expect(inbound).toBeNull();
          return;
        }
        expect(inbound).not.toBeNull();
        expect(inbound).toMatchObject({ channel: 'wechaty', messageId: v.id, at, replyVia: 'outbox' });
        // The address leads back to the chat it came from: the reply goes where the resident wrote.
        expect(targetOf(inbound!.userId)).toEqual({
          contactId: v.talkerId,
          ...(v.roomId !== undefined ? { roomId: v.roomId } : {}),
        });
        if (inbound!.kind === 'button') {
          const button = shown.find((b) => b.id === inbound!.buttonId);
          expect(button).toBeDefined();
          expect(inbound!.text).toBe(button!.label);
          expect(v.text.length).toBeLessThanOrEqual(40);
        } else {
          expect(inbound!.kind).toBe('text');
          expect(inbound!.text).toBe([...v.text].slice(0, MAX_INBOUND_CHARS).join(''));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: any contact or room id survives the address round trip', () => {
    fc.assert(
      fc.property(
        hostileText(60).filter((s) => s.length > 0),
        fc.option(
          hostileText(60).filter((s) => s.length > 0),
          { nil: undefined },
        ),
        (contactId, roomId) => {
          const target = { contactId, ...(roomId !== undefined ? { roomId } : {}) };
          // A private chat id is the contact id itself (issue 11); only "room/…" ids could be misread, and
          // WeChat ids never contain "/".
          fc.pre(roomId !== undefined || !contactId.startsWith('room/'));
          expect(targetOf(userIdOf(target))).toEqual(target);
        },
      ),
      { numRuns: 500 },
    );
  });
});
