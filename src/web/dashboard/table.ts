import { make } from '../console/dom.js';

/** A cell: text or a number (numbers align right); null shows as 「—」. */
export type TableCell = string | number | null | HTMLElement;

/** A plain table: every chart has one beside it, and it is what prints and what screen readers read. */
export function table(
  caption: string,
  header: readonly string[],
  rows: readonly TableCell[][],
): HTMLTableElement {
  const node = make('table');
  node.append(make('caption', '', caption));
  const head = make('tr');
  for (const label of header) head.append(make('th', '', label));
  node.append(make('thead'));
  node.tHead!.append(head);
  const body = make('tbody');
  for (const row of rows) {
    const tr = make('tr');
    for (const cell of row) {
      const td = make('td', typeof cell === 'number' ? 'num' : '');
      if (cell instanceof HTMLElement) td.append(cell);
      else td.textContent = cell === null ? '—' : String(cell);
      tr.append(td);
    }
    body.append(tr);
  }
  if (rows.length === 0) {
    const tr = make('tr');
    const td = make('td', 'empty', '没有数据');
    td.colSpan = header.length;
    tr.append(td);
    body.append(tr);
  }
  node.append(body);
  return node;
}

/** A ratio as a percentage with one decimal, or 「—」. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}
