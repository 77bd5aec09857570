import { randomInt } from 'node:crypto';
import { encryptMessage } from './message-crypto.js';
import { cdata } from './passive-reply.js';
import { messageSignature } from './signature.js';

/** The parts of a safe-mode reply envelope. */
export interface EncryptedReply {
  encrypt: string;
  msgSignature: string;
  timeStamp: string;
  nonce: string;
}

/** Options for sealing a reply; `timestamp`, `nonce` and `random` are fixed only in tests. */
export interface SealOptions {
  token: string;
  aesKey: Buffer;
  appId: string;
  timestamp: string;
  nonce?: string;
  random?: Buffer;
}

/** Encrypts a plaintext reply XML and signs it, as safe mode requires of every passive reply. */
export function sealReply(xml: string, options: SealOptions): EncryptedReply {
  const encrypt = encryptMessage(xml, options.aesKey, options.appId, options.random);
  const nonce = options.nonce ?? String(randomInt(100_000_000, 999_999_999));
  return {
    encrypt,
    msgSignature: messageSignature(options.token, options.timestamp, nonce, encrypt),
    timeStamp: options.timestamp,
    nonce,
  };
}

/** The envelope XML WeChat expects in safe mode: Encrypt, MsgSignature, TimeStamp, Nonce. */
export function encryptedReplyXml(reply: EncryptedReply): string {
  return (
    '<xml>' +
    `<Encrypt>${cdata(reply.encrypt)}</Encrypt>` +
    `<MsgSignature>${cdata(reply.msgSignature)}</MsgSignature>` +
    `<TimeStamp>${reply.timeStamp}</TimeStamp>` +
    `<Nonce>${cdata(reply.nonce)}</Nonce>` +
    '</xml>'
  );
}
