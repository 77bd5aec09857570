import type { RawData } from 'ws';

/** A WebSocket frame read as JSON, or the reason it could not be (in Chinese, for an error frame). */
export type JsonFrame =
  { ok: true; value: unknown } | { ok: false; code: 'bad_request' | 'payload_too_large'; message: string };

/** Reads a text frame of at most `maxBytes` as JSON; binary, oversized and malformed frames become values, never exceptions. */
export function readJsonFrame(
  data: RawData,
  isBinary: boolean,
  maxBytes: number,
  tooLargeMessage: string,
): JsonFrame {
  if (isBinary) return { ok: false, code: 'bad_request', message: '只能发送文字消息。' };
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (buffer.length > maxBytes) return { ok: false, code: 'payload_too_large', message: tooLargeMessage };
  try {
    return { ok: true, value: JSON.parse(buffer.toString('utf8')) as unknown };
  } catch {
    return { ok: false, code: 'bad_request', message: '消息格式不对，请刷新页面再试。' };
  }
}
