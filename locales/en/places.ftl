# Places on the body: each region, the side in a place's name, and how they join.

region-jaw = Jaw
region-eyelid = Eyelid
region-face = Face
region-neck = Neck
region-shoulder = Shoulder
region-upper-back = Upper back
region-lower-back = Lower back
region-chest = Chest
region-abdomen = Abdomen
region-upper-arm = Upper arm
region-elbow = Elbow
region-forearm = Forearm
region-hand = Hand
region-fingers = Fingers
region-glute = Glute
region-hip = Hip
region-thigh-front = Front of thigh
region-thigh-back = Back of thigh
region-knee = Knee
region-calf = Calf
region-shin = Shin
region-ankle = Ankle
region-foot = Foot
region-toes = Toes
side-left = left
side-right = right
side-both = both sides
place-sided = { $region }, { $side }

# A side as a choice of its own (the list beside a chosen place).
side-choice-left = Left
side-choice-right = Right
side-choice-both = Both sides
side-choice-centre = Centre
