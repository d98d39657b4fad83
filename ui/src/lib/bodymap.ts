// The shared body figure (assets/body-map.json) and how taps choose places.
import bodyMap from '../../../assets/body-map.json';
import type { Labelled, Location, Region, Side } from './bindings';
import { t } from './i18n';

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
  /** Drawn under the shapes (the back of the head). */
  decor: string[];
  /** The figure's outer edge (and the lines between fingers and toes), drawn over the shapes. */
  outline: string;
}

export const BODY = bodyMap as unknown as {
  width: number;
  height: number;
  views: { front: BodyView; back: BodyView };
};

/**
 * A place in words, as spoken and shown: "Calf, left", "Neck". The words come from Rust
 * (`Location::label`, through the vocabularies), so the PDF and the command line say the same.
 */
export function placeLabel(names: Labelled<Location>[], place: Location): string {
  return (
    names.find((n) => n.code.region === place.region && n.code.side === place.side)?.label ??
    place.region
  );
}

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

/**
 * Choosing a place from a "recent places" chip: the exact (region, side) is on or off.
 * Turning it on replaces another side of the same region.
 */
export function choosePlace(chosen: Location[], place: Location): Location[] {
  const i = chosen.findIndex((l) => l.region === place.region);
  if (i >= 0 && chosen[i]!.side === place.side) return chosen.filter((_, j) => j !== i);
  if (i < 0) return [...chosen, place];
  const copy = [...chosen];
  copy[i] = place;
  return copy;
}

/** Whether a chip for exactly (region, side) shows as on. */
export function hasPlace(chosen: Location[], place: Location): boolean {
  return chosen.some((l) => l.region === place.region && l.side === place.side);
}

// ---------------------------------------------------------------------------
// Zoom areas. On the whole figure the shapes are too small to tap reliably
// (an eyelid is a few pixels), so the whole figure offers six large areas; tapping
// one shows that area enlarged, where every place is a target of at least 44 px.

export type ViewId = 'front' | 'back';
export type AreaId = 'head' | 'trunk' | 'arm-right' | 'arm-left' | 'legs' | 'feet';

/** x, y, width, height in the figure's units. */
export type Box = [number, number, number, number];

export interface Area {
  id: AreaId;
  label: string;
  /** Where the area is tapped on the whole figure. */
  hit: Box;
  /** What the enlarged view shows. */
  view: Box;
}

const TRUNK_REGIONS: Record<ViewId, Region[]> = {
  front: ['chest', 'abdomen', 'hip'],
  back: ['upper_back', 'lower_back', 'glute'],
};
const LEG_REGIONS: Record<ViewId, Region[]> = {
  front: ['thigh_front', 'knee', 'shin'],
  back: ['thigh_back', 'knee', 'calf'],
};
const HEAD_REGIONS: Region[] = ['face', 'eyelid', 'jaw', 'neck'];
const ARM_REGIONS: Region[] = ['shoulder', 'upper_arm', 'elbow', 'forearm', 'hand', 'fingers'];
const FOOT_REGIONS: Region[] = ['ankle', 'foot', 'toes'];

/** Where the trunk ends and the legs begin on each figure (the hips go down to the
 * crotch at the front, the buttocks to their fold at the back). */
const WAIST: Record<ViewId, number> = { front: 232, back: 250 };

/** What the enlarged trunk shows: the back's trapezius rises to the neck. */
const TRUNK_VIEW: Record<ViewId, Box> = { front: [58, 80, 84, 164], back: [54, 66, 92, 192] };

/** The person's side drawn on the viewer's left: their right when facing us. */
export function sideOnViewerLeft(view: ViewId): 'left' | 'right' {
  return view === 'front' ? 'right' : 'left';
}

/** The six areas of one figure, in reading order. */
export function areas(view: ViewId): Area[] {
  const waist = WAIST[view];
  const leftCol = sideOnViewerLeft(view);
  const rightCol = leftCol === 'left' ? 'right' : 'left';
  const arm = (side: 'left' | 'right'): Area => {
    const onLeft = side === leftCol;
    return {
      id: side === 'left' ? 'arm-left' : 'arm-right',
      label: side === 'left' ? t('screen-area-arm-left') : t('screen-area-arm-right'),
      hit: onLeft ? [0, 84, 66, 208] : [134, 84, 66, 208],
      view: onLeft ? [22, 78, 52, 210] : [126, 78, 52, 210],
    };
  };
  return [
    { id: 'head', label: t('screen-area-head'), hit: [66, 0, 68, 84], view: [62, 4, 76, 88] },
    arm(leftCol),
    { id: 'trunk', label: view === 'front' ? t('screen-area-trunk-front') : t('screen-area-trunk-back'), hit: [66, 84, 68, waist - 84], view: TRUNK_VIEW[view] },
    arm(rightCol),
    { id: 'legs', label: t('screen-area-legs'), hit: [66, waist, 68, 390 - waist], view: [58, waist - 6, 84, 402 - waist] },
    { id: 'feet', label: t('screen-area-feet'), hit: [56, 390, 88, 74], view: [66, 388, 68, 48] },
  ];
}

/** A view's name inside a sentence ("front"), and as a caption ("Front"). */
export function viewWord(view: ViewId): string {
  return view === 'front' ? t('screen-body-view-front') : t('screen-body-view-back');
}

export function viewTitle(view: ViewId): string {
  return view === 'front' ? t('screen-body-front') : t('screen-body-back');
}

/** Whether a shape of `view` belongs to `area`. */
export function inArea(view: ViewId, area: AreaId, shape: BodyShape): boolean {
  switch (area) {
    case 'head':
      return HEAD_REGIONS.includes(shape.region);
    case 'trunk':
      return TRUNK_REGIONS[view].includes(shape.region);
    case 'legs':
      return LEG_REGIONS[view].includes(shape.region);
    case 'feet':
      return FOOT_REGIONS.includes(shape.region);
    case 'arm-left':
    case 'arm-right':
      return ARM_REGIONS.includes(shape.region) && shape.side === area.slice(4);
  }
}
