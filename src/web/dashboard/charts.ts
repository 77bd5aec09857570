// ECharts, with only the parts the dashboard draws (bar, line, pie) and the SVG renderer, which prints sharply.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { make } from '../console/dom.js';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const charts = new Set<echarts.ECharts>();

/** A labelled series of numbers (null where there is no value). */
export interface Series {
  name: string;
  values: (number | null)[];
}

function mount(section: HTMLElement): echarts.ECharts {
  const box = make('div', 'chart');
  box.setAttribute('role', 'img');
  section.append(box);
  const chart = echarts.init(box, undefined, { renderer: 'svg' });
  charts.add(chart);
  return chart;
}

/** A bar chart (horizontal when the labels are long) of one or more series. */
export function barChart(
  section: HTMLElement,
  labels: readonly string[],
  series: readonly Series[],
  horizontal = false,
): void {
  const chart = mount(section);
  const category = {
    type: 'category' as const,
    data: [...labels],
    axisLabel: { interval: 0, width: 120, overflow: 'truncate' as const },
  };
  const value = { type: 'value' as const, minInterval: 1 };
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: {
      left: horizontal ? 130 : 40,
      right: 20,
      top: series.length > 1 ? 30 : 10,
      bottom: 30,
      containLabel: !horizontal,
    },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.values,
      label: { show: true, position: horizontal ? 'right' : 'top' },
    })),
  });
}

/** A line chart of one series over ordered labels. */
export function lineChart(section: HTMLElement, labels: readonly string[], series: Series): void {
  mount(section).setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: [...labels] },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', name: series.name, data: series.values, label: { show: true } }],
  });
}

/** A pie chart of named counts. */
export function pieChart(section: HTMLElement, slices: readonly { name: string; value: number }[]): void {
  mount(section).setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: slices.map((s) => ({ ...s })),
        label: { formatter: '{b}\n{c}（{d}%）' },
      },
    ],
  });
}

/** Forgets every chart before a redraw. */
export function disposeCharts(): void {
  for (const chart of charts) chart.dispose();
  charts.clear();
}

/** Fits every chart to its box (window resized, or print layout). */
export function resizeCharts(): void {
  for (const chart of charts) chart.resize();
}
