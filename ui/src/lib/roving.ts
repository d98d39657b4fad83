// One Tab stop for a group of targets, arrow keys inside it (a "roving tabindex"): the
// body map's areas and places, the recent places. The target last used keeps the stop.
import type { Action } from 'svelte/action';

/** Makes the elements matching `selector` inside the node one Tab stop. */
export const roving: Action<Element, string> = (node, selector) => {
  let sel = selector;
  let current: Element | null = null;
  const items = () => [...node.querySelectorAll<HTMLElement | SVGElement>(sel)];

  function settle(active: Element | null) {
    const list = items();
    const chosen = active && list.includes(active as HTMLElement) ? active : list[0];
    current = chosen ?? null;
    for (const item of list) item.setAttribute('tabindex', item === chosen ? '0' : '-1');
  }

  function onfocusin(e: Event) {
    if (e.target instanceof Element && e.target.matches(sel)) settle(e.target);
  }

  function onkeydown(e: KeyboardEvent) {
    const list = items();
    const i = list.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const last = list.length - 1;
    const next = {
      ArrowRight: i === last ? 0 : i + 1,
      ArrowDown: i === last ? 0 : i + 1,
      ArrowLeft: i === 0 ? last : i - 1,
      ArrowUp: i === 0 ? last : i - 1,
      Home: 0,
      End: last,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    settle(list[next]!);
    list[next]!.focus();
  }

  // Targets come and go (the enlarged view, new recent places): keep exactly one stop.
  const observer = new MutationObserver(() => settle(current));
  observer.observe(node, { childList: true, subtree: true });
  node.addEventListener('focusin', onfocusin);
  node.addEventListener('keydown', onkeydown as EventListener);
  settle(null);
  return {
    update(next: string) {
      sel = next;
      settle(current);
    },
    destroy() {
      observer.disconnect();
      node.removeEventListener('focusin', onfocusin);
      node.removeEventListener('keydown', onkeydown as EventListener);
    },
  };
};
