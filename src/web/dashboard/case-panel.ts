// One case opened from a link (#case=<receipt number>): where it stands, how late, its timeline, and the
// button that records the result was fed back to the applicant.
import { make } from '../console/dom.js';
import { messageOf } from '../console/http.js';
import { api, type CaseDetail } from './api.js';
import { el } from './elements.js';
import { table } from './table.js';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : null;

function render(detail: CaseDetail, reload: () => void): void {
  const panel = el.casePanel;
  panel.replaceChildren(make('h2', '', `案件 ${detail.caseNo}`));
  const facts = table(
    '案件情况',
    ['项目', '内容'],
    [
      ['救助类型', detail.typeLabel],
      ['申请人', detail.applicant.name],
      ['经办部门', detail.department.name],
      ['受理时间', when(detail.acceptedAt)],
      ['转办期限', when(detail.transferDueAt)],
      ['办结时间', when(detail.completedAt)],
      ['反馈期限', when(detail.feedbackDueAt)],
      ['逾期情况', detail.late ? make('span', 'late', detail.late.label) : '未逾期'],
      ['统一台账', detail.ledger ? detail.ledger.note : '台账中没有此人'],
    ],
  );
  panel.append(facts);
  if (detail.late?.kind === 'feedback') {
    const button = make('button', 'primary', '登记：已向申请人和窗口反馈');
    button.type = 'button';
    button.addEventListener('click', () => {
      button.disabled = true;
      api.feedback(detail.caseNo).then(reload, (error: unknown) => {
        button.disabled = false;
        panel.append(make('p', 'form-error', messageOf(error)));
      });
    });
    panel.append(button);
  }
  panel.append(
    table(
      '办理经过',
      ['时间', '事项', '说明', '经办人'],
      detail.timeline.map((t) => [when(t.at), t.kind, t.note, t.actor]),
    ),
  );
  const close = make('button', 'ghost', '关闭');
  close.type = 'button';
  close.addEventListener('click', () => {
    panel.hidden = true;
    history.replaceState(null, '', location.pathname + location.search);
  });
  panel.append(close);
  panel.hidden = false;
  panel.scrollIntoView({ block: 'start' });
}

/** Opens the case the URL names, if any; `changed` is called after feedback was recorded. */
export async function openCaseFromHash(changed: () => void): Promise<void> {
  const match = /^#case=(.+)$/.exec(location.hash);
  if (!match) return;
  const caseNo = decodeURIComponent(match[1]!);
  try {
    const detail = await api.caseDetail(caseNo);
    render(detail, () => {
      changed();
      void openCaseFromHash(changed);
    });
  } catch (error) {
    el.casePanel.replaceChildren(make('p', 'form-error', messageOf(error)));
    el.casePanel.hidden = false;
  }
}
