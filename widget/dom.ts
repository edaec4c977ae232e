/** @module Building the widget's nodes: elements with attributes set one by one and text as Text nodes, so nothing from an answer is ever parsed as markup. */

export type Child = Node | string | null | undefined | false;

/**
 * An element with its attributes (undefined ones left out) and children; strings become Text nodes.
 * @example el('p', { part: 'summary' }, answer.message)
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An outline icon of 24×24 paths, hidden from screen readers: the words beside it say the same. */
export function icon(paths: string[]): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const attributes = { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.4', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', part: 'icon' };
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}
