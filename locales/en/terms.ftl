# Medical words, each with one translation. Where the patient's word and the doctor's
# differ, the term takes register: "doctor"; case: "title" starts it with a capital.

-spasm = { $case ->
   *[lower] spasm
    [title] Spasm
}
-cramp = { $case ->
   *[lower] cramp
    [title] Cramp
}
-twitch = { $register ->
   *[patient] { $case ->
       *[lower] twitch
        [title] Twitch
    }
    [doctor] { $case ->
       *[lower] fasciculation
        [title] Fasciculation
    }
}

kind-spasm = { -spasm(case: "title") }
kind-cramp = { -cramp(case: "title") }
kind-twitch = { -twitch(case: "title") }
kind-other = Other

# A kind's name inside a sentence ("12 episodes (spasm and cramp)").
kind-in-text-spasm = { -spasm }
kind-in-text-cramp = { -cramp }
kind-in-text-twitch = { -twitch }
kind-in-text-other = other
