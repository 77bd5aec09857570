// Each view of the dashboard: a chart and the same figures as a table, from one Figures object.
import type { Figures } from '../../oversight/figures.js';
import { make } from '../console/dom.js';
import { barChart, disposeCharts, lineChart, pieChart } from './charts.js';
import { el, view } from './elements.js';
import { percent, table } from './table.js';

function reset(id: string): HTMLElement {
  const section = view(id);
  for (const child of Array.from(section.children)) if (child.tagName !== 'H2') child.remove();
  return section;
}

function card(label: string, value: string, bad = false): HTMLElement {
  const node = make('div', bad ? 'card bad' : 'card');
  node.append(make('b', '', value), make('span', 'muted', label));
  return node;
}

const days = (hours: number | null) => (hours === null ? null : Math.round((hours / 24) * 10) / 10);

/** A link to a case that opens it in the case panel. */
export function caseLink(caseNo: string): HTMLAnchorElement {
  const link = make('a', '', caseNo);
  link.href = `#case=${encodeURIComponent(caseNo)}`;
  return link;
}

/** Draws every view for these figures. */
export function renderFigures(f: Figures): void {
  disposeCharts();
  el.title.textContent = `${f.locality}社会救助“一门受理、协同办理”工作通报（${f.period.from} 至 ${f.period.to}）`;
  el.asOf.textContent = `统计时点：${new Date(f.asOf).toLocaleString('zh-CN', { timeZone: f.period.timezone })}`;
  const green = f.greenChannel[0];
  el.cards.replaceChildren(
    card('受理案件', String(f.totals.cases)),
    card('已办结', String(f.totals.completed)),
    card('当前逾期', String(f.totals.overdueNow), f.totals.overdueNow > 0),
    card('2个工作日内转办率', percent(f.transfer.share)),
    card('绿色通道2分钟内接手率', percent(green?.shareWithin2Minutes ?? null)),
    card('满意度平均分', f.satisfaction.average === null ? '—' : `${f.satisfaction.average} / 5`),
  );

  const type = reset('view-type');
  barChart(
    type,
    f.byType.map((r) => r.label),
    [{ name: '件数', values: f.byType.map((r) => r.count) }],
    true,
  );
  type.append(
    table(
      '按救助类型',
      ['救助类型', '件数'],
      f.byType.map((r) => [r.label, r.count]),
    ),
  );

  const dept = reset('view-department');
  barChart(
    dept,
    f.byDepartment.map((r) => r.label),
    [{ name: '件数', values: f.byDepartment.map((r) => r.count) }],
    true,
  );
  dept.append(
    table(
      '按经办部门',
      ['经办部门', '件数'],
      f.byDepartment.map((r) => [r.label, r.count]),
    ),
  );

  const status = reset('view-status');
  pieChart(
    status,
    f.byStatus.map((r) => ({ name: r.label, value: r.count })),
  );
  status.append(
    table(
      '按办理状态',
      ['状态', '件数'],
      f.byStatus.map((r) => [r.label, r.count]),
    ),
  );

  const week = reset('view-week');
  lineChart(
    week,
    f.perWeek.map((r) => r.code.slice(5)),
    { name: '件数', values: f.perWeek.map((r) => r.count) },
  );
  week.append(
    table(
      '按周（周一起算）',
      ['周', '件数'],
      f.perWeek.map((r) => [r.code, r.count]),
    ),
  );

  const transfer = reset('view-transfer');
  pieChart(transfer, [
    { name: '按期转办', value: f.transfer.onTime },
    { name: '逾期', value: f.transfer.late },
    { name: '尚在期限内', value: f.transfer.pending },
  ]);
  transfer.append(
    table(
      '2个工作日内转办',
      ['按期转办', '逾期转办（含逾期未转）', '尚在期限内', '按期转办率'],
      [[f.transfer.onTime, f.transfer.late, f.transfer.pending, percent(f.transfer.share)]],
    ),
  );

  const completion = reset('view-completion');
  barChart(
    completion,
    f.completion.map((r) => r.label),
    [
      { name: '中位数（小时）', values: f.completion.map((r) => r.medianHours) },
      { name: '90%分位（小时）', values: f.completion.map((r) => r.p90Hours) },
    ],
  );
  completion.append(
    table(
      '从受理到办结',
      ['经办部门', '办结件数', '中位数（小时）', '90%分位（小时）', '中位数（天）'],
      f.completion.map((r) => [r.label, r.completed, r.medianHours, r.p90Hours, days(r.medianHours)]),
    ),
  );

  const greenView = reset('view-green');
  barChart(
    greenView,
    f.greenChannel.map((r) => r.label),
    [
      { name: '中位数（秒）', values: f.greenChannel.map((r) => r.medianSeconds) },
      { name: '90%分位（秒）', values: f.greenChannel.map((r) => r.p90Seconds) },
      { name: '最长（秒）', values: f.greenChannel.map((r) => r.longestSeconds) },
    ],
  );
  greenView.append(
    table(
      '绿色通道：从求助到工作人员接手',
      [
        '紧急程度',
        '求助数',
        '已接手',
        '中位数（秒）',
        '90%分位（秒）',
        '最长（秒）',
        '2分钟内接手',
        '2分钟内接手率',
      ],
      f.greenChannel.map((r) => [
        r.label,
        r.arrived,
        r.claimed,
        r.medianSeconds,
        r.p90Seconds,
        r.longestSeconds,
        r.within2Minutes,
        percent(r.shareWithin2Minutes),
      ]),
    ),
  );

  const rated = reset('view-satisfaction');
  barChart(
    rated,
    f.satisfaction.distribution.map((r) => `${r.rating} 分`),
    [{ name: '人数', values: f.satisfaction.distribution.map((r) => r.count) }],
  );
  rated.append(
    table(
      `已邀请 ${f.satisfaction.asked} 人，已评价 ${f.satisfaction.answered} 人`,
      ['评分', '人数'],
      f.satisfaction.distribution.map((r) => [`${r.rating} 分`, r.count]),
    ),
    table(
      '各部门满意度',
      ['经办部门', '评价人数', '平均分'],
      f.satisfaction.byDepartment.map((r) => [r.label, r.answered, r.average]),
    ),
  );

  const comments = reset('view-comments');
  comments.append(
    table(
      '最近的意见（居民原话）',
      ['回执号', '评分', '意见'],
      f.satisfaction.comments.map((c) => [caseLink(c.caseNo), c.rating, c.comment]),
    ),
  );

  const overdue = reset('view-overdue');
  overdue.append(
    table(
      `共 ${f.overdue.length} 件`,
      ['回执号', '救助类型', '经办部门', '逾期事项', '期限', '逾期情况'],
      f.overdue.map((r) => {
        const late = make('span', 'late', r.label);
        return [
          caseLink(r.caseNo),
          r.typeLabel,
          r.department,
          r.kind === 'transfer' ? '转办' : '反馈',
          new Date(r.dueAt).toLocaleDateString('zh-CN', { timeZone: f.period.timezone }),
          late,
        ];
      }),
    ),
  );
}
