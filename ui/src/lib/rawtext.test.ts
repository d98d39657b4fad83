// The lint that keeps words out of markup: a word a screen shows comes from the
// catalogue through t(), never written in a component. Each component is read as
// Svelte parses it; text, the strings an expression in it shows as they are, and the
// attributes people read (aria-label, placeholder, title, alt, label, text) may hold no
// letters of their own.
import { describe, expect, it } from 'vitest';
import { parse } from 'svelte/compiler';

const sources = import.meta.glob('../**/*.svelte', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Components still to move to the catalogue (none left). A file listed here that has no
 * raw word fails, so the list only shrinks. */
const PENDING = new Set<string>([]);

const READ_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title', 'alt', 'label', 'text', 'actionLabel']);

/** Letters that are a word (not "L"-sized marks, numbers, signs or CSS). */
const WORD = /\p{L}{2,}/u;

type Node = { type: string; data?: string; name?: string; value?: unknown; [key: string]: unknown };

/** The strings an expression shows as it is: a literal, either branch of `? :`, either
 * side of `||`, `??` or `+`, a template's text (not what a comparison or a call reads). */
function shownStrings(e: Node | undefined): string[] {
  if (!e) return [];
  switch (e.type) {
    case 'Literal':
      return typeof e.value === 'string' ? [e.value] : [];
    case 'ConditionalExpression':
      return [...shownStrings(e.consequent as Node), ...shownStrings(e.alternate as Node)];
    case 'LogicalExpression':
      return [...shownStrings(e.left as Node), ...shownStrings(e.right as Node)];
    case 'BinaryExpression':
      return e.operator === '+' ? [...shownStrings(e.left as Node), ...shownStrings(e.right as Node)] : [];
    case 'TemplateLiteral':
      return [
        ...(e.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked),
        ...(e.expressions as Node[]).flatMap(shownStrings),
      ];
    default:
      return [];
  }
}

function rawWords(source: string): string[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
  const found: string[] = [];
  const visit = (node: unknown, parent?: Node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    const n = node as Node;
    if (n.type === 'Text' && !/Attribute|Directive/.test(parent?.type ?? '') && WORD.test(n.data ?? '')) {
      // Text inside <style> or <script> is not markup.
      found.push((n.data ?? '').trim());
    }
    if (n.type === 'Attribute' && n.name && READ_ATTRIBUTES.has(n.name)) {
      for (const part of (Array.isArray(n.value) ? n.value : [n.value]) as Node[]) {
        if (part?.type === 'Text' && WORD.test(part.data ?? '')) found.push(`${n.name}="${part.data}"`);
        if (part?.type === 'ExpressionTag') {
          found.push(...shownStrings(part.expression as Node).filter((w) => WORD.test(w)));
        }
      }
    }
    // What an expression in the text shows as it is ({done ? 'Saved' : t('…')}).
    if (n.type === 'ExpressionTag' && !/Attribute|Directive/.test(parent?.type ?? '')) {
      found.push(...shownStrings(n.expression as Node).filter((w) => WORD.test(w)));
    }
    if (n.type === 'StyleSheet' || n.type === 'Script') return;
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'parent' && value && typeof value === 'object') visit(value, n);
    }
  };
  visit(ast.fragment);
  return found;
}

describe('words in markup', () => {
  const files = Object.keys(sources).filter((f) => !f.endsWith('.test.svelte'));

  it('come from the catalogue in every component that has moved to it', () => {
    const offenders = files
      .filter((f) => !PENDING.has(f))
      .map((f) => [f, rawWords(sources[f]!)] as const)
      .filter(([, words]) => words.length > 0);
    expect(offenders).toEqual([]);
  });

  it('lists as pending only components that still have words of their own', () => {
    const done = [...PENDING].filter((f) => !(f in sources) || rawWords(sources[f]!).length === 0);
    expect(done).toEqual([]);
  });
});
