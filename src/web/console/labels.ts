// The console's own words for codes that only the console shows. Labels that have a home on the server
// (assistance types, outcomes, case statuses, form fields, hotlines) come from GET /api/v1/meta (meta.ts).
import type { HandoffPriority } from '../../engine/actions.js';
import type { TranscriptEntry } from '../../engine/types.js';
import type { HandoffStatus, HandoffSummary } from '../../handoff/handoff-types.js';

/** Queue badges. */
export const PRIORITY_LABEL: Readonly<Record<HandoffPriority, string>> = {
  critical: '紧急',
  high: '加急',
  normal: '一般',
};

/** Queue order: most urgent first. */
export const PRIORITY_RANK: Readonly<Record<HandoffPriority, number>> = { critical: 0, high: 1, normal: 2 };

/** Where a handoff stands, in the queue row. */
export const STATUS_LABEL: Readonly<Record<HandoffStatus, string>> = {
  queued: '待接手',
  claimed: '处理中',
  follow_up: '待回访',
  resolved: '已结案',
};

/** Who wrote a transcript line. */
export const AUTHOR_LABEL: Readonly<Record<TranscriptEntry['author'], string>> = {
  resident: '居民',
  bot: '机器人',
  operator: '工作人员',
  system: '系统',
};

/** The urgency the summary shows (the conversation's level; none reads as 一般). */
export const URGENCY_LABEL: Readonly<Record<HandoffSummary['urgency'], string>> = {
  critical: '紧急',
  high: '加急',
  none: '一般',
};

// Channels are open-ended (a new adapter brings a new name), so an unknown one shows its own name.
const CHANNEL_LABEL: Readonly<Record<string, string>> = {
  web: '网页',
  rest: '接口',
  wechat: '微信',
  phone: '电话',
  console: '值班台',
};

/** The Chinese name of a channel, or the channel's own name when it has none. */
export function channelLabel(channel: string): string {
  return CHANNEL_LABEL[channel] ?? channel;
}

/** The states of the live connection, as the top bar says them. */
export type ConnectionState = 'online' | 'connecting' | 'offline' | '';

/** What the top bar says for each connection state. */
export const CONNECTION_LABEL: Readonly<Record<ConnectionState, string>> = {
  online: '实时连接正常',
  connecting: '正在连接…',
  offline: '连接断开，正在重连…',
  '': '',
};
