/**
 * Writes that skip an unchanged value. The live readings repaint every node,
 * badge and edge a few times a second; most values have not changed, and
 * writing one anyway (d3's `attr`, `classed` and `text` always write; `text`
 * even replaces the text node) makes the browser restyle and lay out that
 * element again.
 */

/** Set attribute `name` of `element` unless it already has `value`. */
export function writeAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Set the text of `element` unless it already reads `text`. */
export function writeText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Add or remove class `name` unless it is already so. */
export function writeClass(element: Element, name: string, on: boolean): void {
  if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
}

const stylesWritten = new WeakMap<Element, Map<string, string>>();

/**
 * Set inline style property `name` unless this function last set it to
 * `value` ('' removes it). The browser normalizes what it reads back
 * (`#fff` → `rgb(255, 255, 255)`), so the last write is remembered instead.
 */
export function writeStyle(element: HTMLElement | SVGElement, name: string, value: string): void {
  const written = stylesWritten.get(element) ?? new Map<string, string>();
  if (written.get(name) === value) return;
  written.set(name, value);
  stylesWritten.set(element, written);
  if (value === '') element.style.removeProperty(name);
  else element.style.setProperty(name, value);
}
