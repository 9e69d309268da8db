// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { writeAttr, writeClass, writeStyle, writeText } from './domWrites.ts';

/** Mutation records of `element`'s subtree while `act` runs. */
async function mutationsDuring(element: Element, act: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(element, {
    attributes: true,
    childList: true,
    characterData: true,
    subtree: true,
  });
  act();
  await new Promise((resolve) => setTimeout(resolve, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

describe('writes that skip unchanged values', () => {
  it('writes an attribute, a class and a text once, and not again with the same value', async () => {
    const el = document.createElement('div');
    const first = await mutationsDuring(el, () => {
      writeAttr(el, 'data-breaker', 'open');
      writeClass(el, 'is-down', true);
      writeText(el, '42%');
    });
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(el.getAttribute('data-breaker')).toBe('open');
    expect(el.classList.contains('is-down')).toBe(true);
    expect(el.textContent).toBe('42%');
    const again = await mutationsDuring(el, () => {
      writeAttr(el, 'data-breaker', 'open');
      writeClass(el, 'is-down', true);
      writeText(el, '42%');
    });
    expect(again).toHaveLength(0);
    const changed = await mutationsDuring(el, () => {
      writeText(el, '43%');
      writeClass(el, 'is-down', false);
    });
    expect(changed.length).toBeGreaterThanOrEqual(2);
    expect(el.textContent).toBe('43%');
    expect(el.classList.contains('is-down')).toBe(false);
  });

  it('sets and removes an inline style only when it differs from the last one set', async () => {
    const el = document.createElement('div');
    writeStyle(el, 'stroke-width', '4px');
    expect(el.style.getPropertyValue('stroke-width')).toBe('4px');
    const again = await mutationsDuring(el, () => writeStyle(el, 'stroke-width', '4px'));
    expect(again).toHaveLength(0);
    writeStyle(el, 'stroke-width', '');
    expect(el.style.getPropertyValue('stroke-width')).toBe('');
  });
});
