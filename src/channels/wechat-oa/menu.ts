/** A custom-menu button: a click (pushes a CLICK event with `key`), a link, or a group of sub-buttons. */
export type WechatMenuButton =
  | { type: 'click'; name: string; key: string }
  | { type: 'view'; name: string; url: string }
  | { name: string; sub_button: WechatMenuButton[] };

/** The body of `/cgi-bin/menu/create`. */
export interface WechatMenu {
  button: WechatMenuButton[];
}

/**
 * The yimen Official Account menu. The CLICK keys are the engine's button ids, so a menu tap arrives
 * as the same payload as the web chat's buttons.
 */
export const YIMEN_MENU: WechatMenu = {
  button: [
    { type: 'click', name: '申请救助', key: 'apply' },
    { type: 'click', name: '查询进度', key: 'check_status' },
    {
      name: '更多',
      sub_button: [
        { type: 'click', name: '政策咨询', key: 'policy_menu' },
        { type: 'click', name: '紧急求助', key: 'urgent' },
        { type: 'click', name: '转人工', key: 'request_human' },
      ],
    },
  ],
};

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Checks WeChat's menu limits before calling the API; returns the problems found (empty when valid). */
export function menuProblems(menu: WechatMenu): string[] {
  const problems: string[] = [];
  if (menu.button.length < 1 || menu.button.length > 3) problems.push('the menu needs 1–3 top-level buttons');
  for (const top of menu.button) {
    // Top-level names show about 4 Chinese characters (16 bytes); sub-button names up to 60 bytes.
    if (bytes(top.name) === 0 || bytes(top.name) > 16)
      problems.push(`「${top.name}」: a top-level name is 1–16 bytes`);
    if ('sub_button' in top) {
      if (top.sub_button.length < 1 || top.sub_button.length > 5)
        problems.push(`「${top.name}」: 1–5 sub-buttons`);
      for (const sub of top.sub_button) {
        if ('sub_button' in sub) problems.push(`「${sub.name}」: sub-buttons cannot nest`);
        if (bytes(sub.name) === 0 || bytes(sub.name) > 60)
          problems.push(`「${sub.name}」: a sub-button name is 1–60 bytes`);
        problems.push(...leafProblems(sub));
      }
    } else {
      problems.push(...leafProblems(top));
    }
  }
  return problems;
}

function leafProblems(button: WechatMenuButton): string[] {
  if ('key' in button && (bytes(button.key) === 0 || bytes(button.key) > 128)) {
    return [`「${button.name}」: a click key is 1–128 bytes`];
  }
  if ('url' in button && (bytes(button.url) === 0 || bytes(button.url) > 1024)) {
    return [`「${button.name}」: a link is 1–1024 bytes`];
  }
  return [];
}
