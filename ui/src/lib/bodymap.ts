// The shared body figure (assets/body-map.json) and how taps choose places.
import bodyMap from '../../../assets/body-map.json';
import type { Location, Region, Side } from './bindings';

export interface BodyShape {
  region: Region;
  side: Side;
  d: string;
}

export interface BodyView {
  label: string;
  left_label_x: number;
  right_label_x: number;
  shapes: BodyShape[];
  decor: string[];
}

export const BODY = bodyMap as unknown as {
  width: number;
  height: number;
  views: { front: BodyView; back: BodyView };
};

/** Whether the shape for (region, side) shows as chosen. */
export function isChosen(chosen: Location[], region: Region, side: Side): boolean {
  const e = chosen.find((l) => l.region === region);
  if (!e) return false;
  if (e.side === side) return true;
  return e.side === 'both' && (side === 'left' || side === 'right');
}

/** Tapping a shape: adds the place, removes it, or turns left + right into "both". */
export function toggle(chosen: Location[], region: Region, side: Side): Location[] {
  const i = chosen.findIndex((l) => l.region === region);
  if (i < 0) return [...chosen, { region, side }];
  const current = chosen[i]!;
  const others = chosen.filter((_, j) => j !== i);
  const lr = (s: Side) => s === 'left' || s === 'right';
  let next: Side | null;
  if (current.side === side) next = null;
  else if (current.side === 'both' && lr(side)) next = side === 'left' ? 'right' : 'left';
  else if (lr(current.side) && lr(side)) next = 'both';
  else next = side;
  if (next === null) return others;
  const copy = [...chosen];
  copy[i] = { region, side: next };
  return copy;
}
