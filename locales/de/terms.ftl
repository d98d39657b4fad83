# Medizinische Begriffe, je eine Übersetzung. „Krampf“ allein kann auch einen
# Krampfanfall meinen: immer „Muskelkrampf“.

-spasm = Spasmus
-cramp = Muskelkrampf
-twitch = { $register ->
   *[patient] Muskelzucken
    [doctor] Faszikulation
}

kind-spasm = { -spasm }
kind-cramp = { -cramp }
kind-twitch = { -twitch }
kind-other = Sonstiges

kind-in-text-spasm = { -spasm }
kind-in-text-cramp = { -cramp }
kind-in-text-twitch = { -twitch }
kind-in-text-other = Sonstiges
