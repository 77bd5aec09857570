import type { ConsoleHotline } from '../../handoff/console-meta.js';
import { make } from './dom.js';
import { el } from './elements.js';

/** 「本地热线」: the locality's numbers from its profile, each a click-to-call link. */
export function renderHotlines(hotlines: readonly ConsoleHotline[]): void {
  el.hotlines.replaceChildren(
    ...hotlines.map((line) => {
      const li = make('li', '');
      li.title = line.purpose;
      const link = make('a', 'tel', line.number);
      link.href = `tel:${line.number.replace(/[^0-9+]/g, '')}`;
      li.append(link, make('span', '', line.label));
      if (line.hours24) li.append(make('span', 'muted', '24小时'));
      return li;
    }),
  );
}
