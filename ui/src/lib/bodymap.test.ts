import { describe, expect, it } from 'vitest';
import { BODY, areas, choosePlace, hasPlace, inArea, isChosen, toggle, type ViewId } from './bodymap';

describe('body map', () => {
  it('has every region code on the figure', () => {
    const regions = new Set(
      [...BODY.views.front.shapes, ...BODY.views.back.shapes].map((s) => s.region),
    );
    expect(regions.size).toBe(24);
  });

  it('tap adds, tap again removes, left then right becomes both', () => {
    let chosen = toggle([], 'calf', 'left');
    expect(chosen).toEqual([{ region: 'calf', side: 'left' }]);
    chosen = toggle(chosen, 'calf', 'right');
    expect(chosen).toEqual([{ region: 'calf', side: 'both' }]);
    expect(isChosen(chosen, 'calf', 'left') && isChosen(chosen, 'calf', 'right')).toBe(true);
    chosen = toggle(chosen, 'calf', 'left');
    expect(chosen).toEqual([{ region: 'calf', side: 'right' }]);
    chosen = toggle(chosen, 'calf', 'right');
    expect(chosen).toEqual([]);
    chosen = toggle(toggle([], 'neck', 'centre'), 'jaw', 'left');
    expect(chosen.map((c) => c.region)).toEqual(['neck', 'jaw']);
  });

  it('a recent-place chip turns exactly that place on and off', () => {
    let chosen = choosePlace([], { region: 'eyelid', side: 'left' });
    expect(hasPlace(chosen, { region: 'eyelid', side: 'left' })).toBe(true);
    chosen = choosePlace(chosen, { region: 'eyelid', side: 'right' });
    expect(chosen).toEqual([{ region: 'eyelid', side: 'right' }]);
    chosen = choosePlace(chosen, { region: 'calf', side: 'both' });
    chosen = choosePlace(chosen, { region: 'eyelid', side: 'right' });
    expect(chosen).toEqual([{ region: 'calf', side: 'both' }]);
  });

  for (const view of ['front', 'back'] as ViewId[]) {
    it(`every ${view} shape belongs to exactly one zoom area, and each area has shapes`, () => {
      const list = areas(view);
      for (const s of BODY.views[view].shapes) {
        const owners = list.filter((a) => inArea(view, a.id, s)).map((a) => a.id);
        expect(owners, `${s.region}/${s.side}`).toHaveLength(1);
      }
      for (const a of list) {
        expect(BODY.views[view].shapes.some((s) => inArea(view, a.id, s)), a.id).toBe(true);
      }
    });

    it(`the ${view} figure's tap areas do not overlap and are 44 px at the drawn size`, () => {
      // The figure is drawn at most 360 px high for a 464-unit box (see BodyMap.svelte).
      const scale = 360 / (BODY.height + 24);
      const list = areas(view);
      for (const a of list) {
        expect(Math.min(a.hit[2], a.hit[3]) * scale, a.id).toBeGreaterThanOrEqual(44);
        for (const b of list) {
          if (a === b) continue;
          const apart =
            a.hit[0] + a.hit[2] <= b.hit[0] ||
            b.hit[0] + b.hit[2] <= a.hit[0] ||
            a.hit[1] + a.hit[3] <= b.hit[1] ||
            b.hit[1] + b.hit[3] <= a.hit[1];
          expect(apart, `${a.id} and ${b.id}`).toBe(true);
        }
      }
    });
  }
});
