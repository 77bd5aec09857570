/** An element the page must have, with its type; a missing one is a broken page, so it throws at start. */
export function byId<T extends HTMLElement>(id: string, type: { new (): T; readonly name: string }): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`console.html has no ${type.name} #${id}`);
  return node;
}

/** A new element with a class and, when given, text content: data is always set as text, never as HTML. */
export function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string | number | null,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Shows a message in a box that hides itself when there is nothing to say. */
export function showText(node: HTMLElement, text: string): void {
  node.hidden = !text;
  node.textContent = text;
}
