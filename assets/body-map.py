"""Writes Twinge's body figure, assets/body-map.json: `python3 assets/body-map.py > assets/body-map.json`.

A front and a back view of one adult figure, drawn as an anatomical chart. Each border
is one smooth curve through the points below (x right, y down, in a 200 x 440 box), used
forwards by the place on one side and backwards by its neighbour, so the places adjoin
exactly, with no gap and no overlap (crates/charts/tests/charts.rs checks it). Only the
near half is written here; the far half is its mirror. The outline (the figure's outer
edge) is found as the borders that belong to one place only."""
import json, math, sys

W, H = 200, 440
STEPS = 5  # samples per Catmull-Rom segment


def catmull(points, steps=STEPS):
    """A smooth curve through every point (centripetal-ish uniform Catmull-Rom)."""
    out = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((round(x, 1), round(y, 1)))
    out.append((round(points[-1][0], 1), round(points[-1][1], 1)))
    return out


class Curve:
    """A border drawn once; `part(i, j)` is the stretch between control points i and j
    (backwards when j < i)."""

    def __init__(self, points):
        self.points = points
        self.samples = catmull(points)

    def part(self, i=0, j=-1):
        n = len(self.points) - 1
        if i < 0:
            i += n + 1
        if j < 0:
            j += n + 1
        if i <= j:
            return self.samples[i * STEPS: j * STEPS + 1]
        return self.samples[j * STEPS: i * STEPS + 1][::-1]


def ring(*parts):
    """A closed outline from stretches that meet end to start."""
    pts = []
    for p in parts:
        if pts:
            if pts[-1] != p[0]:
                raise ValueError(f"gap: {pts[-1]} -> {p[0]}")
            pts.extend(p[1:])
        else:
            pts.extend(p)
    if pts[0] != pts[-1]:
        raise ValueError(f"not closed: {pts[0]} .. {pts[-1]}")
    return pts[:-1]


def line(a, b):
    return [(round(a[0], 1), round(a[1], 1)), (round(b[0], 1), round(b[1], 1))]


def area(pts):
    return 0.5 * sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1] for i in range(len(pts)))


def oriented(pts, clockwise=True):
    a = area(pts)
    # y points down: a positive shoelace area is clockwise on screen.
    if (a > 0) != clockwise:
        return pts[::-1]
    return pts


def mirror(pts):
    return [(round(W - x, 1), y) for x, y in pts]


def fmt(v):
    s = f"{v:.1f}".rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


def path(*rings):
    out = []
    for k, r in enumerate(rings):
        r = oriented(r, clockwise=(k == 0))
        out.append("M" + fmt(r[0][0]) + " " + fmt(r[0][1]) + "L" + " ".join(fmt(x) + " " + fmt(y) for x, y in r[1:]) + "Z")
    return "".join(out)


def ellipse(cx, cy, rx, ry, n=20):
    return [(round(cx + rx * math.cos(2 * math.pi * k / n), 1), round(cy + ry * math.sin(2 * math.pi * k / n), 1)) for k in range(n)]


# ---------------------------------------------------------------------------
# The near half (x < 100; the viewer's left). Every curve is mirrored for the far half.

MID = 100
head = Curve([(100, 8), (91, 9.5), (84.5, 14), (81, 22), (80.5, 31), (81.5, 38), (83.5, 46),
              (87, 53), (91.5, 58.5), (96, 61.5), (100, 62.5)])
jaw_in = Curve([(91.5, 58.5), (91.4, 52.5), (89.8, 46.5), (86.6, 41.2), (81.5, 38)])
neck_side = Curve([(91.5, 58.5), (90.7, 64), (90.3, 70)])
# The top of the shoulder, from the neck to the deltoid's outer edge.
shoulder_top = Curve([(90.3, 70), (84, 75.5), (75, 79.8), (65, 83), (57, 87.5), (51.5, 94),
                      (48.5, 102), (47.8, 110), (48.5, 118)])
deltoid_low = Curve([(48.5, 118), (52, 121.5), (56.5, 121.5), (60.5, 117.5), (63.5, 112)])
groove = Curve([(63.5, 112), (65, 104), (67.5, 95), (70, 88)])
clavicle = Curve([(70, 88), (76, 85.6), (83, 84), (91, 83), (100, 85)])
trap_edge = line((65, 83), (70, 88))
torso = Curve([(63.5, 112), (64.5, 122), (66, 133), (67.5, 143), (69.5, 155), (71.5, 168),
               (72.8, 178), (72, 189), (69, 199), (66.6, 208), (64.7, 217), (63.8, 226)])
under_chest = Curve([(67.5, 143), (76, 146.6), (85, 146.2), (93, 143.8), (100, 142.5)])
groin = Curve([(69, 199), (78, 204), (87, 209.5), (94, 213.5), (100, 216)])
crease = Curve([(63.8, 226), (73, 229.6), (83, 233.6), (92, 237.4), (100, 240)])
thigh_in = Curve([(100, 240), (97.6, 250), (95.6, 265), (94.1, 282), (93, 297), (92.5, 306)])
thigh_out = Curve([(69.5, 305), (67.4, 292), (65, 275), (63.1, 260), (62.6, 248), (63.8, 226)])
knee_top = Curve([(92.5, 306), (86, 308.2), (78, 308.2), (69.5, 305)])
knee_in = Curve([(92.5, 306), (92.9, 315), (92.2, 324), (91, 331)])
knee_low = Curve([(91, 331), (86, 333.2), (76, 333.2), (71, 331)])
knee_out = Curve([(71, 331), (69.6, 322), (69, 313), (69.5, 305)])
shin_in = Curve([(91, 331), (90.2, 345), (88.7, 362), (87.1, 378), (85.6, 392)])
ankle_top = Curve([(85.6, 392), (80.6, 393.2), (75.6, 392)])
shin_out = Curve([(75.6, 392), (74.4, 378), (71.8, 362), (69.4, 346), (71, 331)])
ankle_in = Curve([(85.6, 392), (87.2, 398), (86.6, 404)])
ankle_low = Curve([(86.6, 404), (81, 405.2), (75, 404)])
ankle_out = Curve([(75, 404), (73.9, 398), (75.6, 392)])
foot_in = Curve([(86.6, 404), (89, 410), (91.4, 417), (92, 421)])
toe_line = Curve([(92, 421), (86, 422.3), (79, 422.3), (72.5, 421)])
foot_out = Curve([(72.5, 421), (72.4, 414), (73.4, 409), (75, 404)])
toe_tips = Curve([(92, 421), (92.6, 426), (90.2, 430.6), (84, 432.6), (77.5, 432.2),
                  (73.4, 429.6), (72.5, 421)])
heel = Curve([(86.6, 404), (87.6, 411), (85.6, 418), (81, 420.6), (76.2, 418.6), (74, 411),
              (75, 404)])
# The arm, hanging a little away from the body.
arm_out = Curve([(48.5, 118), (46.8, 130), (45, 145), (43.5, 160), (42.5, 172)])
arm_in = Curve([(63.5, 112), (60, 124), (57.6, 140), (55.6, 157), (54.5, 172)])
elbow_top = Curve([(42.5, 172), (48.5, 173.4), (54.5, 172)])
elbow_in = Curve([(54.5, 172), (54.6, 180), (53.5, 188)])
elbow_low = Curve([(53.5, 188), (47, 189.4), (40.5, 188)])
elbow_out = Curve([(40.5, 188), (41.2, 180), (42.5, 172)])
fore_in = Curve([(53.5, 188), (52.6, 200), (49.2, 215), (45.6, 229), (43.5, 239)])
wrist = Curve([(43.5, 239), (38.5, 240), (33.5, 239)])
fore_out = Curve([(33.5, 239), (35, 225), (37, 210), (39.2, 197), (40.5, 188)])
palm_in = Curve([(43.5, 239), (45.4, 246), (45.8, 254), (44.2, 262)])
knuckles = Curve([(44.2, 262), (38.6, 263.4), (33, 262)])
palm_out = Curve([(33, 262), (31.6, 256), (31.2, 250), (32, 244), (33.5, 239)])
thumb = Curve([(32, 244), (29.4, 247), (27.4, 252), (26.6, 258), (27.6, 262.4), (29.6, 261.6),
               (31.6, 256)])
finger_tips = Curve([(44.2, 262), (44.4, 270), (43, 278), (40, 283.6), (36, 283.8),
                     (33.2, 279.4), (32.2, 270.4), (33, 262)])
# The back: where the upper back meets the neck, the lower back and the buttocks.
nape = Curve([(100, 79), (95, 74), (90.3, 70)])
deltoid_back = Curve([(63.5, 112), (62, 104), (60, 95.5), (57, 87.5)])
waist_line = Curve([(71.5, 168), (80, 167), (90, 166.4), (100, 166)])
iliac = Curve([(69, 199), (78, 202), (88, 205.2), (95, 207), (100, 208)])
fold = Curve([(62.6, 248), (72, 252.6), (84, 254.2), (92, 253.2), (97.6, 250)])


def v(a, b):
    return line(a, b)


def near_front():
    """The near half of the front figure: (region, outline) pairs; the eyelid is a hole."""
    eye = ellipse(91.6, 30.5, 4.4, 2.3)
    jaw = ring(head.part(5, 8), jaw_in.part(0, -1))
    neck = ring(neck_side.part(), shoulder_top.part(0, 3), trap_edge, clavicle.part(0, 4),
                v((100, 85), (100, 62.5)), head.part(-1, 8))
    shoulder = ring(shoulder_top.part(3, -1), deltoid_low.part(), groove.part(), trap_edge[::-1])
    chest = ring(clavicle.part(4, 0), groove.part(-1, 0), torso.part(0, 3), under_chest.part(),
                 v((100, 142.5), (100, 85)))
    hip = ring(torso.part(8, -1), crease.part(), v((100, 240), (100, 216)), groin.part(-1, 0))
    thigh = ring(crease.part(-1, 0), thigh_out.part(-1, 0), knee_top.part(-1, 0), thigh_in.part(-1, 0))
    return {
        "face_half": ring(head.part(0, 5), jaw_in.part(-1, 0), head.part(8, -1), v((100, 62.5), (100, 8))),
        "eye": eye,
        "jaw": jaw,
        "neck_half": neck,
        "shoulder": shoulder,
        "chest": chest,
        "abdomen_half": ring(under_chest.part(0, -1), v((100, 142.5), (100, 216)), groin.part(-1, 0), torso.part(8, 3)),
        "hip": hip,
        "thigh_front": thigh,
        **limbs(),
        "shin": ring(knee_low.part(-1, 0), shin_in.part(), ankle_top.part(), shin_out.part()),
        "foot": ring(ankle_low.part(-1, 0), foot_in.part(), toe_line.part(), foot_out.part()),
        "toes": ring(toe_line.part(-1, 0), toe_tips.part()),
    }


def limbs():
    """What the front and back share: the arm, the knee and the ankle."""
    return {
        "upper_arm": ring(deltoid_low.part(), arm_in.part(), elbow_top.part(-1, 0), arm_out.part(-1, 0)),
        "elbow": ring(elbow_top.part(), elbow_in.part(), elbow_low.part(), elbow_out.part()),
        "forearm": ring(elbow_low.part(-1, 0), fore_in.part(), wrist.part(), fore_out.part()),
        "hand": ring(wrist.part(-1, 0), palm_in.part(), knuckles.part(), palm_out.part()),
        "fingers": ring(knuckles.part(-1, 0), finger_tips.part()),
        "thumb": ring(thumb.part(), palm_out.part(1, 3)),
        "knee": ring(knee_top.part(-1, 0), knee_in.part(), knee_low.part(), knee_out.part()),
        "ankle": ring(ankle_top.part(-1, 0), ankle_in.part(), ankle_low.part(), ankle_out.part()),
    }


def near_back():
    upper_back = ring(nape.part(), shoulder_top.part(0, 4), deltoid_back.part(-1, 0), torso.part(0, 5),
                      waist_line.part(), v((100, 166), (100, 79)))
    return {
        "neck_half": ring(head.part(8, -1), v((100, 62.5), (100, 79)), nape.part(), neck_side.part(-1, 0)),
        "upper_back": upper_back,
        "shoulder": ring(shoulder_top.part(4, -1), deltoid_low.part(), deltoid_back.part()),
        "lower_back": ring(waist_line.part(-1, 0), torso.part(5, 8), iliac.part(), v((100, 208), (100, 166))),
        "glute": ring(iliac.part(-1, 0), torso.part(8, -1), thigh_out.part(-1, 4), fold.part(), thigh_in.part(1, 0),
                      v((100, 240), (100, 208))),
        "thigh_back": ring(fold.part(-1, 0), thigh_out.part(4, 0), knee_top.part(-1, 0), thigh_in.part(-1, 1)),
        **limbs(),
        "calf": ring(knee_low.part(-1, 0), shin_in.part(), ankle_top.part(), shin_out.part()),
        "foot": ring(ankle_low.part(-1, 0), heel.part()),
    }


def whole(half):
    """Joins a centre region's near half with its mirror into one outline."""
    pts = half
    n = len(pts)
    k = next(i for i in range(n) if pts[i][0] == MID and pts[(i + 1) % n][0] == MID)
    seq = pts[k + 1:] + pts[: k + 1]
    return seq + mirror(seq)[::-1][1:-1]


SIDES = {"front": ("right", "left"), "back": ("left", "right")}


def figure(view):
    near_side, far_side = SIDES[view]
    half = near_front() if view == "front" else near_back()
    shapes = []

    def add(region, side, *rings):
        shapes.append({"region": region, "side": side, "d": path(*rings)})

    if view == "front":
        face = whole(half["face_half"])
        add("face", "centre", face, half["eye"], mirror(half["eye"]))
        for side, m in ((near_side, False), (far_side, True)):
            f = (lambda p: mirror(p)) if m else (lambda p: p)
            add("eyelid", side, f(half["eye"]))
            add("jaw", side, f(half["jaw"]))
        add("neck", "centre", whole(half["neck_half"]))
        order = ["shoulder", "chest"]
        centre_after = ["abdomen_half"]
        rest = ["hip", "upper_arm", "elbow", "forearm", "hand", "fingers", "thigh_front", "knee", "shin",
                "ankle", "foot", "toes"]
    else:
        add("neck", "centre", whole(half["neck_half"]))
        order = ["shoulder", "upper_back"]
        centre_after = []
        rest = ["lower_back", "upper_arm", "elbow", "forearm", "hand", "fingers", "glute", "thigh_back", "knee",
                "calf", "ankle", "foot"]
    for region in order:
        for side, m in ((near_side, False), (far_side, True)):
            add(region, side, mirror(half[region]) if m else half[region])
    for c in centre_after:
        add(c.replace("_half", ""), "centre", whole(half[c]))
    for region in rest:
        for side, m in ((near_side, False), (far_side, True)):
            f = mirror if m else (lambda p: p)
            if region == "hand":
                # The thumb goes with the hand (its ball is the hand's), so the fingers
                # stay a target of their own below it.
                add(region, side, f(half["hand"]))
                shapes[-1]["d"] += path(f(half["thumb"]))
            else:
                add(region, side, f(half[region]))
    return shapes, half


def outline(shapes):
    """The figure's outer edge: every sampled stretch that belongs to one shape only."""
    from collections import Counter
    segs = Counter()
    for s in shapes:
        for ring_pts in parse(s["d"]):
            n = len(ring_pts)
            for i in range(n):
                a, b = ring_pts[i], ring_pts[(i + 1) % n]
                segs[tuple(sorted([a, b]))] += 1
    edges = [k for k, c in segs.items() if c == 1]
    # Chain the edges into polylines.
    from collections import defaultdict
    nbr = defaultdict(list)
    for a, b in edges:
        nbr[a].append(b)
        nbr[b].append(a)
    used = set()
    chains = []
    for a, b in edges:
        if (a, b) in used or (b, a) in used:
            continue
        chain = [a, b]
        used.add((a, b))
        while True:
            last = chain[-1]
            nxt = [p for p in nbr[last] if (last, p) not in used and (p, last) not in used]
            if not nxt:
                break
            used.add((last, nxt[0]))
            chain.append(nxt[0])
        chains.append(chain)
    return "".join("M" + fmt(c[0][0]) + " " + fmt(c[0][1]) + "L" + " ".join(fmt(x) + " " + fmt(y) for x, y in c[1:]) for c in chains)


def details(view):
    """Lines inside a shape that show what it is: the fingers, and the toes from the front."""
    lines = [[(36.2, 265.5), (35.6, 280.5)], [(38.8, 266), (38.4, 283)], [(41.4, 265.5), (41.6, 281)]]
    if view == "front":
        lines += [[(77.6, 424.5), (77.2, 431)], [(81.8, 424.5), (81.8, 432)], [(86.2, 424.5), (86.6, 431.6)]]
    out = []
    for l in lines:
        for pts in (l, mirror(l)):
            out.append("M" + fmt(pts[0][0]) + " " + fmt(pts[0][1]) + "L" + fmt(pts[1][0]) + " " + fmt(pts[1][1]))
    return "".join(out)


def parse(d):
    rings = []
    for part in d.split("M")[1:]:
        body = part.rstrip("Z").replace("Z", "")
        nums = [float(x) for x in body.replace("L", " ").split()]
        rings.append([(round(nums[i], 1), round(nums[i + 1], 1)) for i in range(0, len(nums), 2)])
    return rings


def main():
    views = {}
    for view, label, left_x, right_x in (("front", "Front", 170, 30), ("back", "Back", 30, 170)):
        shapes, half = figure(view)
        decor = []
        if view == "back":
            decor.append(path(whole(ring(head.part(0, -1), v((100, 62.5), (100, 8))))))
        views[view] = {
            "label": label,
            "left_label_x": left_x,
            "right_label_x": right_x,
            "decor": decor,
            "outline": outline(shapes + ([{"d": decor[0]}] if decor else [])) + details(view),
            "shapes": shapes,
        }
    out = {
        "_about": "Twinge body map, written by assets/body-map.py: one shape per region code and side, "
                  "front and back, in a 200x440 box, drawn as an anatomical chart: each region follows its "
                  "muscle group and shares its borders with its neighbours. Front view: the person faces the viewer, so their left is on the "
                  "viewer's right. Back view: their left is on the viewer's left. `decor` is drawn under the "
                  "shapes, `outline` (the figure's outer edge) over them. Used by the Log screen, the "
                  "Insights charts and the PDF.",
        "width": W,
        "height": H,
        "views": views,
    }
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
