import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storableInbound } from '../../src/channels/storable-inbound.js';
import type { Inbound } from '../../src/engine/inbound.js';
import { isWellFormedText } from '../../src/text/well-formed.js';

const hasNul = (s: string) => s.includes('\u0000');
const wellFormed = (s: string) => isWellFormedText(s);

describe('inbound messages at the channel boundary', () => {
  it('regression: null bytes and lone surrogates never reach the database: every string of an inbound becomes storable', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(text, text, text, text, (userId, messageId, buttonId, label) => {
        const inbound: Inbound = {
          channel: 'web',
          userId,
          messageId,
          at: new Date(0),
          kind: 'button',
          buttonId,
          text: label,
        };
        const clean = storableInbound(inbound);
        for (const value of [
          clean.userId,
          clean.messageId,
          clean.text,
          (clean as { buttonId: string }).buttonId,
        ]) {
          expect(hasNul(value)).toBe(false);
          expect(wellFormed(value)).toBe(true);
        }
        expect(clean.at).toEqual(new Date(0));
      }),
    );
  });

  it('keeps a message that is already storable exactly as it was', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !hasNul(s)),
        (text) => {
          const inbound: Inbound = {
            channel: 'rest',
            userId: 'u',
            messageId: 'm',
            at: new Date(0),
            kind: 'text',
            text,
          };
          expect(storableInbound(inbound)).toEqual(inbound);
        },
      ),
    );
  });
});
