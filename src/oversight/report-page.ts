import type { Figures } from './figures.js';
import { reportSheets, type Cell } from './report-sheets.js';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function cell(value: Cell, percent: boolean): string {
  if (value === null) return '<td>—</td>';
  if (typeof value === 'number')
    return `<td class="num">${percent ? `${(value * 100).toFixed(1)}%` : value}</td>`;
  return `<td>${escape(value)}</td>`;
}

/** The 通报 as a standalone printable HTML page (A4 landscape), with the same tables as the workbook. */
export function reportPage(figures: Figures): string {
  const sheets = reportSheets(figures);
  const body = sheets
    .map((sheet) => {
      const head = sheet.header.map((h) => `<th>${escape(h)}</th>`).join('');
      const rows = sheet.rows
        .map(
          (row) =>
            `<tr>${row.map((v, i) => cell(v, sheet.percentColumns?.includes(i) ?? false)).join('')}</tr>`,
        )
        .join('');
      return `<section><h2>${escape(sheet.title)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows || `<tr><td colspan="${sheet.header.length}">没有数据</td></tr>`}</tbody></table></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>${escape(sheets[0]!.title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 12px; color: #1f2933; }
h1 { font-size: 18px; } h2 { font-size: 14px; margin: 16px 0 6px; }
section { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bcccdc; padding: 3px 6px; text-align: left; }
th { background: #f0f4f8; } td.num { text-align: right; }
</style></head>
<body><h1>${escape(sheets[0]!.title)}</h1>
${body}
</body></html>
`;
}
