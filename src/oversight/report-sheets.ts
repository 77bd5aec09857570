/**
 * The monthly 通报 as tables: one sheet per dashboard view, each a header row and data rows, built from
 * the same Figures the dashboard reads. The workbook and the printable page both render these.
 */
import type { Figures } from './figures.js';

/** A cell: text, a number, or empty. Shares are ratios (0.873), shown as percentages. */
export type Cell = string | number | null;

/** One view of the report. */
export interface Sheet {
  name: string;
  title: string;
  header: string[];
  rows: Cell[][];
  /** Columns (0-based) that hold ratios. */
  percentColumns?: number[];
}

/** The report's sheets, in the order the dashboard shows its views. */
export function reportSheets(f: Figures): Sheet[] {
  const period = `${f.period.from} 至 ${f.period.to}`;
  return [
    {
      name: '概览',
      title: `${f.locality}社会救助“一门受理、协同办理”工作通报（${period}）`,
      header: ['项目', '数值'],
      rows: [
        ['统计期间', period],
        ['统计时点', f.asOf],
        ['受理案件数', f.totals.cases],
        ['已办结', f.totals.completed],
        ['当前逾期案件', f.totals.overdueNow],
        ['绿色通道求助数', f.totals.handoffs],
        ['2个工作日内转办率', f.transfer.share],
        ['满意度平均分（1–5）', f.satisfaction.average],
      ],
      percentColumns: [],
    },
    {
      name: '按救助类型',
      title: '受理案件：按救助类型',
      header: ['救助类型', '件数'],
      rows: f.byType.map((r) => [r.label, r.count]),
    },
    {
      name: '按部门',
      title: '受理案件：按经办部门',
      header: ['经办部门', '件数'],
      rows: f.byDepartment.map((r) => [r.label, r.count]),
    },
    {
      name: '按状态',
      title: '受理案件：按办理状态',
      header: ['状态', '件数'],
      rows: f.byStatus.map((r) => [r.label, r.count]),
    },
    {
      name: '按周',
      title: '受理案件：按周（周一起算）',
      header: ['周', '件数'],
      rows: f.perWeek.map((r) => [r.code, r.count]),
    },
    {
      name: '转办时效',
      title: '2个工作日内转办',
      header: ['按期转办', '逾期转办（含逾期未转）', '尚在期限内', '按期转办率'],
      rows: [[f.transfer.onTime, f.transfer.late, f.transfer.pending, f.transfer.share]],
      percentColumns: [3],
    },
    {
      name: '办结用时',
      title: '从受理到办结的用时（小时）',
      header: ['经办部门', '办结件数', '中位数（小时）', '90%分位（小时）'],
      rows: f.completion.map((r) => [r.label, r.completed, r.medianHours, r.p90Hours]),
    },
    {
      name: '绿色通道',
      title: '绿色通道：从求助到工作人员接手',
      header: [
        '紧急程度',
        '求助数',
        '已接手',
        '中位数（秒）',
        '90%分位（秒）',
        '最长（秒）',
        '2分钟内接手',
        '2分钟内接手率',
      ],
      rows: f.greenChannel.map((r) => [
        r.label,
        r.arrived,
        r.claimed,
        r.medianSeconds,
        r.p90Seconds,
        r.longestSeconds,
        r.within2Minutes,
        r.shareWithin2Minutes,
      ]),
      percentColumns: [7],
    },
    {
      name: '满意度',
      title: `满意度（已邀请 ${f.satisfaction.asked} 人，已评价 ${f.satisfaction.answered} 人）`,
      header: ['评分', '人数'],
      rows: f.satisfaction.distribution.map((r) => [`${r.rating} 分`, r.count]),
    },
    {
      name: '逾期案件',
      title: '当前逾期案件',
      header: ['回执号', '救助类型', '经办部门', '逾期事项', '期限', '逾期工作日', '说明'],
      rows: f.overdue.map((r) => [
        r.caseNo,
        r.typeLabel,
        r.department,
        r.kind === 'transfer' ? '转办' : '反馈',
        r.dueAt,
        r.workingDaysLate,
        r.label,
      ]),
    },
  ];
}
