import { describe, expect, it } from 'vitest';
import { BODY, isChosen, toggle } from './bodymap';

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
});
