import type { RawData } from 'ws';

/** A WebSocket frame's bytes as text, whatever shape ws handed them over in. */
export function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
