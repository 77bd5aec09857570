// The deadline notices for the window: newest first, read ones greyed, a click marks one read.
import { make } from '../console/dom.js';
import { api, type Notice } from './api.js';
import { el } from './elements.js';
import { caseLink } from './views.js';

function item(notice: Notice): HTMLLIElement {
  const li = make('li', notice.read ? 'read' : '');
  li.append(
    make(
      'span',
      'muted',
      `${new Date(notice.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} `,
    ),
  );
  li.append(make('span', '', notice.text), ' ');
  if (notice.caseNo) li.append(caseLink(notice.caseNo), ' ');
  if (!notice.read) {
    const read = make('button', 'ghost', '已读');
    read.type = 'button';
    read.addEventListener(
      'click',
      () =>
        void api.markRead(notice.id).then(
          () => li.classList.add('read'),
          () => undefined,
        ),
    );
    li.append(read);
  }
  return li;
}

/** Loads and shows the notices. */
export async function loadNotices(): Promise<void> {
  const { notifications } = await api.notices();
  el.noticeList.replaceChildren(
    ...(notifications.length ? notifications.map(item) : [make('li', 'empty', '没有期限提醒。')]),
  );
}
