# Termes médicaux, une traduction chacun.

-spasm = { $case ->
   *[lower] spasme
    [title] Spasme
}
-cramp = { $case ->
   *[lower] crampe
    [title] Crampe
}
-twitch = { $register ->
   *[patient] { $case ->
       *[lower] secousse musculaire
        [title] Secousse musculaire
    }
    [doctor] { $case ->
       *[lower] fasciculation
        [title] Fasciculation
    }
}

kind-spasm = { -spasm(case: "title") }
kind-cramp = { -cramp(case: "title") }
kind-twitch = { -twitch(case: "title") }
kind-other = Autre

kind-in-text-spasm = { -spasm }
kind-in-text-cramp = { -cramp }
kind-in-text-twitch = { -twitch }
kind-in-text-other = autre
