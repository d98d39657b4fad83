# Términos médicos, una traducción cada uno.

-spasm = { $case ->
   *[lower] espasmo
    [title] Espasmo
}
-cramp = { $case ->
   *[lower] calambre
    [title] Calambre
}
-twitch = { $register ->
   *[patient] { $case ->
       *[lower] contracción muscular
        [title] Contracción muscular
    }
    [doctor] { $case ->
       *[lower] fasciculación
        [title] Fasciculación
    }
}

kind-spasm = { -spasm(case: "title") }
kind-cramp = { -cramp(case: "title") }
kind-twitch = { -twitch(case: "title") }
kind-other = Otro

kind-in-text-spasm = { -spasm }
kind-in-text-cramp = { -cramp }
kind-in-text-twitch = { -twitch }
kind-in-text-other = otro
