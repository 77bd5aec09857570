import type { WechatLogger } from '../../src/channels/wechat-oa/logger.js';

/** One log line as recorded. */
export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A logger that keeps every line, to check what was logged (and that nothing private was). */
export function recordingLogger(): WechatLogger & { lines: LogLine[]; text(): string } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg: string) => {
    lines.push({ level, obj, msg });
  };
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    text: () => lines.map((line) => `${line.level} ${line.msg} ${JSON.stringify(line.obj)}`).join('\n'),
  };
}
