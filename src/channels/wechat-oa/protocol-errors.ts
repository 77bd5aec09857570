/** Why an incoming body could not be read as a WeChat message. */
export type WechatXmlErrorReason = 'too_large' | 'doctype' | 'malformed' | 'not_a_message' | 'invalid_fields';

/** An incoming body that is not a well-formed WeChat XML message; the webhook answers 400 (or 413). */
export class WechatXmlError extends Error {
  override readonly name = 'WechatXmlError';
  constructor(
    readonly reason: WechatXmlErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Why a safe-mode payload could not be opened. */
export type WechatCryptoErrorReason =
  'bad_key' | 'bad_base64' | 'bad_block_size' | 'bad_padding' | 'bad_length' | 'wrong_app_id';

/** A safe-mode (安全模式) payload that fails to decrypt or names another app; never retried. */
export class WechatCryptoError extends Error {
  override readonly name = 'WechatCryptoError';
  constructor(
    readonly reason: WechatCryptoErrorReason,
    message: string,
  ) {
    super(message);
  }
}
