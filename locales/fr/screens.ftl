screen-report-pdf-language = Langue du PDF
screen-report-pdf-language-help = Le résumé pour votre médecin peut être dans une autre langue que Twinge ; ce journal retient ce choix.

screen-settings-language = Langue
screen-settings-language-label = Twinge parle
screen-settings-language-system = Comme le système ({ $language })
screen-settings-language-help = Le résumé pour votre médecin a sa propre langue dans l’onglet Rapport.

screen-tab-main = Principal
screen-tab-log = Noter
screen-tab-history = Historique
screen-tab-insights = Analyses
screen-tab-report = Rapport
screen-tab-settings = Réglages
screen-undo = Annuler
screen-not-now = Pas maintenant

screen-log-title = Noter un épisode
screen-log-repeat = Répéter le dernier
screen-log-repeat-what = { $kind } · { $place } · maintenant
screen-log-nothing-yet = Rien de noté pour l’instant
screen-log-logged-again = { $kind } noté à nouveau
screen-log-episode-removed = Épisode supprimé
screen-log-quiet = Aucun épisode aujourd’hui
screen-log-quiet-remove = Touchez pour retirer la marque
screen-log-quiet-record = Noter une journée calme
screen-log-quiet-marked = Aujourd’hui marqué : aucun épisode
screen-log-quiet-removed = Marque de journée calme retirée
screen-log-logged-today = { $count ->
    [one] { $count } noté aujourd’hui
    [many] { $count } notés aujourd’hui
   *[other] { $count } notés aujourd’hui
}
screen-log-checkin = Suivi quotidien
screen-log-checkin-done = Fait pour aujourd’hui · touchez pour modifier
screen-log-checkin-what = Sommeil, sport, stress… quelques touches
screen-log-anything-today = Quelque chose à noter aujourd’hui ?
screen-log-yesterday-missing = Rien n’est noté pour hier.
screen-log-fill-yesterday = Compléter hier

screen-cancel = Annuler
screen-helped-0 = Pas du tout
screen-helped-1 = Un peu
screen-helped-2 = Beaucoup
screen-helped-3 = Complètement
screen-form-what = Que s’est-il passé ?
screen-form-need-kind = Choisissez le type d’épisode.
screen-form-need-place = Touchez l’endroit du corps concerné.
screen-form-need-intensity = Choisissez l’intensité : 0 pour rien, 10 pour le pire imaginable.
screen-form-need-when = Indiquez la date et l’heure du début.
screen-form-need-duration = Indiquez la durée en minutes, par exemple 2 ou 0,5.
screen-form-more = Plus de détails : durée, déclencheurs, ce qui a aidé, notes
screen-form-fewer = Moins de détails
screen-form-woke = Cela m’a réveillé
screen-form-set-off = Déclenché par un contact ou un mouvement
screen-form-count = Combien ? (pour les salves de secousses)
screen-form-triggers = Déclencheurs suspectés
screen-form-helped = Qu’est-ce qui a aidé ?
screen-form-how-much = Efficacité de { $relief }
screen-form-also = Également remarqué
screen-form-saving = Enregistrement…
screen-form-save-changes = Enregistrer les modifications
screen-form-save = Enregistrer
screen-form-kept = Pas encore enregistré : Twinge a gardé cet épisode tel que vous l’avez laissé.
screen-form-kept-edit = Pas encore enregistré : Twinge a gardé vos modifications de cet épisode telles que vous les avez laissées.
screen-checkin-kept = Pas encore enregistré : Twinge a gardé ce suivi quotidien tel que vous l’avez laissé.
screen-form-discard = Abandonner
screen-when-title = Quand cela a-t-il commencé ?
screen-when-now = À l’instant
screen-when-15m = Il y a 15 min
screen-when-1h = Il y a 1 h
screen-when-2h = Il y a 2 h
screen-when-last-night = La nuit dernière
screen-when-other = Autre moment
screen-when-exact = Date et heure
screen-intensity-title = Quelle intensité ?
screen-intensity-unset = pas encore choisie
screen-intensity = Intensité
screen-intensity-value = { $value } sur 10
screen-intensity-low = 0 aucune
screen-intensity-high = 10 la pire imaginable
screen-duration-title = Combien de temps ?
screen-duration-exact = Exacte, en minutes
screen-duration-example = p. ex. 2,5
screen-notes = Notes
screen-notes-placeholder = Ce qui mérite d’être retenu
screen-vocab-another-trigger = Autre déclencheur
screen-vocab-another-relief = Autre chose qui a aidé
screen-vocab-medication-name = Nom du médicament
screen-vocab-new-trigger = Nouveau déclencheur
screen-vocab-new-relief = Nouveau soulagement
screen-vocab-fewer = Moins
screen-vocab-all = Les { $count }
screen-vocab-dose = Dose
screen-vocab-add = Ajouter
screen-vocab-is-medication = C’est un médicament (avec une dose)
screen-where-title = Où ?
screen-where-recent = Endroits récents
screen-where-chosen = Endroits choisis
screen-where-side-of = Côté de { $region }
screen-where-remove = Retirer { $region }
screen-where-list = Ou choisissez dans une liste
screen-where-add = Ajouter une région du corps…

screen-body-hint = Touchez le corps pour l’agrandir, puis chaque endroit ; touchez à nouveau pour le retirer. Touches : les flèches déplacent, Entrée agrandit, Espace choisit.
screen-body-figure = { $view ->
    [back] Corps vu de dos
   *[front] Corps vu de face
}
screen-body-front = Face
screen-body-back = Dos
screen-body-view-front = face
screen-body-view-back = dos
screen-body-zoom-in = { $area }, { $view } : agrandir
screen-body-zoom-in-chosen = { $area }, { $view } : agrandir (choisi : { $places })
screen-body-left-short = G
screen-body-right-short = D
screen-body-left = Gauche
screen-body-right = Droite
screen-body-whole = ‹ Corps entier
screen-body-turn-back = Tourner vers le dos
screen-body-turn-front = Tourner vers la face
screen-body-zone = { $area }, { $view }
screen-body-choose = { $area }, { $view } : choisissez chaque endroit (les flèches passent de l’un à l’autre)
screen-area-head = Tête et cou
screen-area-arm-left = Bras et main gauches
screen-area-arm-right = Bras et main droits
screen-area-trunk-front = Poitrine, ventre et hanches
screen-area-trunk-back = Dos et fesses
screen-area-legs = Jambes
screen-area-feet = Chevilles, pieds et orteils

screen-today = Aujourd’hui
screen-yesterday = Hier
screen-checkin-saved-today = Suivi du jour enregistré
screen-checkin-saved-yesterday = Suivi d’hier enregistré
screen-checkin-saved-day = Suivi du { $day } enregistré
screen-checkin-which-day = Quel jour
screen-checkin-help-today = Touchez ce qui était vrai aujourd’hui ; laissez le reste.
screen-checkin-help-day = Touchez ce qui était vrai ce jour-là ; laissez le reste.
screen-checkin-what-was-true = Ce qui était vrai
screen-checkin-level-none = Aucun
screen-checkin-level-yes = Oui
screen-checkin-level-some = Un peu
screen-checkin-level-a-lot = Beaucoup
screen-checkin-quiet-day = Aucun épisode ce jour-là
screen-checkin-stiffness = Raideur aujourd’hui
screen-checkin-stiffness-low = 0 aucune
screen-checkin-stiffness-high = 10 la pire possible
screen-checkin-sleep-broken = Sommeil interrompu par des spasmes ou des crampes
screen-checkin-sleep-broken-low = 0 pas du tout
screen-checkin-sleep-broken-high = 10 toute la nuit
screen-checkin-not-rated = Non noté
screen-checkin-unrate = Ne pas noter
# A day's rating as History and the command line say it.
day-stiffness = Raideur : { $value }/10
day-sleep-broken = Sommeil interrompu par des spasmes ou des crampes : { $value }/10
screen-checkin-own = Un facteur à vous
screen-checkin-own-example = Autre chose (p. ex. long trajet en voiture)
screen-checkin-save = Enregistrer le suivi

screen-report-title = Rapport pour votre médecin
screen-report-from = Du
screen-report-to = Au
screen-report-starts = Période : { $reason }.
screen-report-penn-title = À quelle fréquence et avec quelle intensité, selon vous
screen-report-penn-help = Deux cotations que les médecins utilisent pour les spasmes (échelle de Penn) : la fréquence, de 0 (aucun) à 4 (plus de dix fois par heure), et l’intensité, de 1 (légère) à 3 (sévère). La page 1 les imprime comme deux scores, jamais additionnés.
screen-report-suggested = Suggéré d’après votre journal du { $from } au { $to } : fréquence { $frequency }, sévérité { $severity }.
screen-report-own-set = Vous avez choisi les vôtres.
screen-report-confirm = Modifiez-les si elles ne conviennent pas, puis confirmez.
screen-report-frequency = Fréquence
screen-report-frequency-0 = 0 — aucun spasme
screen-report-frequency-1 = 1 — seulement au toucher ou au mouvement
screen-report-frequency-2 = 2 — moins d’une fois par heure
screen-report-frequency-3 = 3 — plus d’une fois par heure
screen-report-frequency-4 = 4 — plus de dix fois par heure
screen-report-severity = Sévérité
screen-report-severity-1 = 1 — légère
screen-report-severity-2 = 2 — modérée
screen-report-severity-3 = 3 — sévère
screen-report-mine = Ces cotations sont les miennes (imprimées comme auto-évaluées)
screen-report-questions = Questions pour mon médecin
screen-report-chars-left = Il reste { $left } caractères sur { $max } : la page 1 leur garde de la place.
screen-report-appendix = Épisodes listés en annexe
screen-report-appendix-notable = Avec notes ou symptômes
screen-report-appendix-all = Tous
screen-report-appendix-none = Aucun
screen-report-paper = Papier
screen-report-letter = US Letter
screen-report-making = Création du PDF…
screen-report-export = Exporter le PDF…
screen-report-saved = PDF enregistré dans { $path }
screen-report-preview = Aperçu de la page 1
screen-report-preview-alt = Page 1 du rapport : chiffres clés, fréquence, où, après quoi, ce qui a aidé, questions

screen-report-reason-since = depuis votre dernier rendez-vous ({ $date })
screen-report-reason-too-close = les 90 derniers jours, car votre dernier rendez-vous ({ $date }) date de moins de { $days } jours
screen-report-reason-default = les 90 derniers jours (aucun rendez-vous passé noté)

screen-delete = Supprimer
screen-loading = Chargement…
screen-history-saved = Modifications enregistrées
screen-history-deleted = Épisode supprimé
screen-history-restored = Épisode restauré
screen-history-edit = Modifier l’épisode
screen-history-search = Chercher dans les notes
screen-history-by-kind = Filtrer par type
screen-history-all-kinds = Tous les types
screen-history-by-region = Filtrer par région du corps
screen-history-all-places = Tous les endroits
screen-history-by-trigger = Filtrer par déclencheur
screen-history-all-triggers = Tous les déclencheurs
screen-history-past-day = Remplir le suivi d’un jour passé
screen-history-day = Jour
screen-history-open = Ouvrir
screen-history-none-match = Aucun épisode ne correspond.
screen-history-none-match-help = Effacez la recherche ou choisissez « Tous » dans les filtres pour voir chaque épisode.
screen-history-empty-help = Notez le premier dans l’onglet Noter juste après ; il apparaîtra ici, le plus récent en premier.
screen-history-back-to-newest = Revenir aux plus récents ({ $count } épisodes plus récents non affichés)
screen-history-older = Afficher les épisodes plus anciens
screen-history-day-none = aucun épisode
screen-history-marked-quiet = Marqué « aucun épisode »
screen-history-checkin = Suivi :
screen-history-checkin-add = Suivi de ce jour
screen-details-woke = m’a réveillé
screen-details-set-off = déclenché par un contact ou un mouvement
screen-details-after = après { $triggers }
screen-details-helped = a aidé : { $reliefs }

screen-checkin-nothing = rien de particulier
screen-checkin-at-level = { $name } : { $level }

screen-insights-7d = 7 j
screen-insights-30d = 30 j
screen-insights-90d = 90 j
screen-insights-1y = 1 an
screen-insights-since-appointment = Depuis le RDV
screen-insights-custom = Autre
screen-insights-period = Période
screen-insights-no-appointment = Ajoutez d’abord un rendez-vous dans les Réglages
screen-insights-show = Afficher
screen-insights-numbers = Afficher les chiffres
screen-insights-in-words = Chaque comparaison en mots
screen-insights-period-line = Du { $from } au { $to } · { $episodes } · comparé aux { $days } jours précédents
screen-insights-empty-help = Choisissez une période plus longue ci-dessus, ou notez les épisodes dans l’onglet Noter quand ils arrivent ; les graphiques se rempliront.
screen-insights-waiting = { $count ->
    [one] { $count } comparaison attend
    [many] { $count } comparaisons attendent
   *[other] { $count } comparaisons attendent
} davantage de jours avec le suivi ({ $needed } avec le facteur et { $needed } sans). Remplissez le suivi quotidien dans l’onglet Noter.
screen-insights-before = avant : { $value }

screen-settings-saved = Réglages enregistrés
screen-settings-appearance = Apparence
screen-settings-theme = Thème
screen-settings-theme-system = Système
screen-settings-theme-light = Clair
screen-settings-theme-dark = Sombre
screen-settings-week-start = Premier jour de la semaine
screen-settings-monday = Lundi
screen-settings-sunday = Dimanche
screen-settings-saturday = Samedi
screen-settings-name = Votre nom sur le rapport (facultatif)
screen-settings-birth = Votre date de naissance sur le rapport (facultatif)
screen-settings-appointments = Rendez-vous
screen-settings-appointments-help = Votre dernier rendez-vous ouvre la période proposée du rapport.
screen-settings-date = Date
screen-settings-note = Note
screen-settings-note-example = p. ex. neurologue
screen-settings-remove = Retirer
screen-settings-remove-appointment = Retirer le rendez-vous du { $date }
screen-settings-no-appointments = Pas encore de rendez-vous.
screen-settings-meds = Changements de traitement
screen-settings-meds-help = Les graphiques et le rapport marquent ces dates.
screen-settings-change = Changement
screen-settings-med-started = Commencé
screen-settings-med-changed = Dose modifiée
screen-settings-med-stopped = Arrêté
screen-settings-medication = Médicament
screen-settings-add-med = Ajouter un changement de traitement
screen-settings-remove-med = Retirer { $name } du { $date }
screen-settings-no-meds = Pas encore de changement de traitement.
screen-settings-triggers = Déclencheurs
screen-settings-reliefs = Ce qui aide
screen-settings-vocab-help = Renommer garde chaque épisode lié. Les entrées archivées quittent les formulaires mais restent sur les anciens épisodes et dans les rapports.
screen-settings-new-name = Nouveau nom pour { $name }
screen-settings-archived = archivé
screen-settings-rename = Renommer
screen-settings-rename-name = Renommer { $name }
screen-settings-archive = Archiver
screen-settings-archive-name = Archiver { $name }
screen-settings-restore = Restaurer
screen-settings-restore-name = Restaurer { $name }
screen-settings-about = À propos
screen-settings-about-text = Twinge { $version }. Votre journal reste sur cet ordinateur : pas de compte, pas de connexion réseau, pas de télémétrie.
screen-settings-show-welcome = Revoir l’accueil

screen-welcome-title = Bienvenue dans Twinge
screen-welcome-what = Twinge est un journal des spasmes, crampes et fasciculations : notez chacun en quelques gestes juste après, voyez ce qu’ils ont en commun, et apportez à votre médecin un résumé d’une page.
screen-welcome-here = Tout ce que vous écrivez reste sur cet ordinateur : pas de compte, pas de connexion réseau, pas de télémétrie.
screen-welcome-set-up = Préparer Twinge
screen-welcome-skip = Passer et commencer à noter
screen-welcome-offers-title = Trois choses que vous voudrez peut-être maintenant
screen-welcome-offers-help = Chacune est facultative, et chacune se retrouve ensuite dans les Réglages.
screen-welcome-passcode = Protéger le journal par un code
screen-welcome-passcode-help = Chiffre le journal sur cet ordinateur ; Twinge demande le code à l’ouverture.
screen-welcome-reminder = Activer le rappel du soir
screen-welcome-reminder-help = Un petit mot le soir si rien n’a été noté ce jour-là.
screen-welcome-import = Apporter un journal tenu avant
screen-welcome-import-help = De Bearable, Flaredown, Migraine Buddy, Daylio, drip. ou d’un tableur, ou un export Twinge.
screen-welcome-start = Commencer à noter

screen-factors-title = Facteurs du suivi
screen-factors-help = Ce que demande le suivi quotidien. Les facteurs archivés quittent le suivi mais restent sur les jours où ils ont été notés.
screen-factors-levels = aucun / un peu / beaucoup
screen-factors-off = désactivé
screen-factors-turn-on = Activer
screen-factors-turn-on-name = Activer { $name }
screen-reminder-title = Rappel du soir
screen-reminder-help = Si rien n’est noté pour la journée à cette heure, Twinge demande « { $question } ».
screen-reminder-on = Me le rappeler le soir
screen-reminder-time = Heure
screen-reminder-closed = Il arrive aussi quand Twinge est fermé, comme notification du bureau.

screen-copy-details = Copier les détails
screen-details-copied = Détails copiés
screen-error-title = Twinge ne peut pas ouvrir votre journal
screen-error-help = Rien n’a été modifié ni supprimé. Fermez Twinge, restaurez une sauvegarde ou mettez le fichier de côté, puis relancez Twinge.
screen-error-damaged-help = Rien n’a été modifié ni supprimé, et vos entrées se trouvent très probablement dans les sauvegardes quotidiennes de Twinge. Restaurez la plus récente : le journal endommagé est d’abord mis de côté dans le dossier de données de Twinge, et la sauvegarde prend sa place.
screen-error-set-aside = Le mettre de côté et commencer avec un journal vide
screen-error-new-ready = Un nouveau journal vide est prêt. L’ancien, endommagé, a été conservé dans le dossier de données de Twinge sous le nom :
screen-error-restore-help = Vos entrées peuvent encore revenir : Réglages → Restaurer une sauvegarde…, depuis le dossier du même nom dans le dossier backups. Ses sauvegardes quotidiennes y ont été déplacées et y restent jusqu’à ce que vous les supprimiez.
screen-error-start-empty = Commencer avec le journal vide
screen-unlock-title = Twinge est verrouillé
screen-unlock-help = Votre journal est chiffré. Saisissez votre code pour l’ouvrir.
screen-unlock-passcode = Code
screen-unlock-show = Afficher le code
screen-unlock-opening = Ouverture…
screen-unlock = Déverrouiller
screen-unlock-forgotten-help = Un code oublié ne peut pas être récupéré : sans lui, personne, pas même Twinge, ne peut lire le journal.
screen-unlock-new-ready = Un nouveau journal vide est prêt. L’ancien, verrouillé, a été gardé dans le dossier de données de Twinge sous le nom :
screen-unlock-new-ready-open = Si vous retrouvez son code, ouvrez-le avec Réglages → Restaurer une sauvegarde. Ses sauvegardes quotidiennes ont été déplacées dans le dossier du même nom dans le dossier backups et y restent jusqu’à ce que vous les supprimiez.
screen-unlock-start-new-ready = Commencer avec le nouveau journal
screen-unlock-forgot = Code oublié ?
screen-unlock-forgot-help = Vous pouvez commencer un nouveau journal vide. Rien n’est supprimé : le journal verrouillé est gardé dans le dossier de données de Twinge sous un nom daté, conserve son propre code (un code ultérieur ne le change pas) et se rouvre avec Réglages → Restaurer une sauvegarde si vous retrouvez ce code.
screen-unlock-understood = Je comprends que le nouveau journal commence vide.
screen-unlock-start-new = Commencer un nouveau journal

screen-privacy-title = Confidentialité
screen-privacy-never = Jamais
screen-privacy-after-hour = Après 1 heure
screen-privacy-copies-left = Laissées telles quelles (un ancien code les verrouille) : { $files }.
screen-privacy-damaged-plain = Toujours en clair : { $files }, un journal endommagé mis de côté, qui ne peut pas être lu pour être chiffré. Supprimez-le quand vous n’en avez plus besoin.
screen-privacy-encrypted = Votre journal est chiffré : Twinge demande le code au démarrage.
screen-privacy-not-encrypted = Votre journal n’est pas chiffré. Toute personne qui peut ouvrir votre compte peut le lire.
screen-privacy-changed = Le code a été changé.
screen-privacy-now-encrypted = Le journal est maintenant chiffré.
screen-privacy-removed = Le journal n’est plus chiffré.
screen-privacy-current = Code actuel (pour le changer ou le retirer)
screen-privacy-new = Nouveau code (trois ou quatre mots sans rapport sont solides et faciles à retenir)
screen-privacy-passcode = Code (trois ou quatre mots sans rapport sont solides et faciles à retenir)
screen-privacy-again = Le même à nouveau
screen-privacy-differ = Les deux codes diffèrent.
screen-privacy-show = Afficher les codes
screen-privacy-understood = Je comprends qu’un code oublié ne peut pas être récupéré (exportez d’abord une copie si vous voulez un retour possible).
screen-privacy-working = En cours…
screen-privacy-change = Changer le code
screen-privacy-encrypt = Chiffrer avec ce code
screen-privacy-auto-lock = Verrouiller en cas d’inactivité
screen-privacy-lock-now = Verrouiller maintenant
screen-privacy-remove = Retirer le code
screen-privacy-after-minutes = { $count ->
    [one] Après { $count } minute
    [many] Après { $count } minutes
   *[other] Après { $count } minutes
}
screen-privacy-copies-encrypted = { $count ->
    [one] { $count } copie du dossier de données a aussi été chiffrée.
    [many] { $count } copies du dossier de données ont aussi été chiffrées.
   *[other] { $count } copies du dossier de données ont aussi été chiffrées.
}
screen-privacy-copies-decrypted = { $count ->
    [one] { $count } copie du dossier de données a aussi été déchiffrée.
    [many] { $count } copies du dossier de données ont aussi été déchiffrées.
   *[other] { $count } copies du dossier de données ont aussi été déchiffrées.
}

screen-data-title = Vos données
screen-data-where = Tout reste sur cet ordinateur. Twinge y garde aussi une sauvegarde de chacun des 7 derniers jours.
screen-data-where-in = Tout reste sur cet ordinateur, dans { $folder }. Twinge y garde aussi une sauvegarde de chacun des 7 derniers jours.
screen-data-exports-plain = Les exports (JSON, CSV) sont du texte lisible par toute personne qui a le fichier : gardez-les en lieu privé. Les fichiers que Twinge écrit ne sont lisibles que par votre compte.
screen-data-export-json = Tout exporter (JSON)
screen-data-export-csv = Exporter pour tableur (CSV)
screen-data-import = Importer un fichier…
screen-data-backup = Sauvegarder maintenant…
screen-data-restore = Restaurer une sauvegarde…
screen-data-writing = Écriture de { $done } épisodes sur { $total }
screen-data-checking = Vérification de { $done } épisodes sur { $total }
screen-data-preview = Aperçu de l’import
screen-data-cannot-import = Ce fichier ne peut pas encore être importé
screen-data-ready = Prêt à importer
screen-data-row = Ligne { $row } :
screen-data-more-problems = … et { $count } autres
screen-data-nothing-changed = Rien n’a été modifié.
screen-data-close = Fermer
screen-data-settings-differ = Les réglages du fichier diffèrent de ceux de ce journal ; le journal garde les siens sauf si vous choisissez ceux du fichier :
screen-data-use-file-settings = Utiliser les réglages du fichier
screen-data-backup-passcode = Code de la sauvegarde
screen-data-this-backup-passcode = Code de cette sauvegarde
screen-data-its-folder = son dossier
screen-data-imported = Importé.
screen-data-exported = Exporté vers { $path }
screen-data-left = Ces fichiers sont toujours là (Twinge les a écrits où vous l’avez choisi, ou ils ne sont pas à Twinge) ; supprimez-les vous-même si vous voulez qu’ils disparaissent :
screen-data-delete-all-more = Tout supprimer…
screen-data-delete-all = Tout supprimer
screen-data-delete-help = Cela supprime votre journal et toutes les sauvegardes de Twinge de cet ordinateur. C’est irréversible. Exportez d’abord si vous voulez garder une copie.
screen-data-type-delete = Tapez DELETE pour confirmer
screen-data-in-file = { $count ->
    [one] { $count } épisode dans le fichier
    [many] { $count } épisodes dans le fichier
   *[other] { $count } épisodes dans le fichier
} : { $new } nouveaux, { $unchanged } déjà ici, { $updated } plus récents dans le fichier, { $kept } plus récents ici (gardés), { $rejected } avec des problèmes.
screen-data-checkins-in-file = { $count ->
    [one] Le fichier contient aussi { $count } suivi quotidien (le plus récent d’un jour l’emporte).
    [many] Le fichier contient aussi { $count } suivis quotidiens (le plus récent d’un jour l’emporte).
   *[other] Le fichier contient aussi { $count } suivis quotidiens (le plus récent d’un jour l’emporte).
}
screen-data-backed-up = { $count ->
    [one] { $count } épisode sauvegardé dans { $path }
    [many] { $count } épisodes sauvegardés dans { $path }
   *[other] { $count } épisodes sauvegardés dans { $path }
}
screen-data-restored = { $count ->
    [one] { $count } épisode restauré. Le journal tel qu’il était est gardé dans { $copy }.
    [many] { $count } épisodes restaurés. Le journal tel qu’il était est gardé dans { $copy }.
   *[other] { $count } épisodes restaurés. Le journal tel qu’il était est gardé dans { $copy }.
}
screen-data-import-count = { $count ->
    [one] Importer { $count } épisode
    [many] Importer { $count } épisodes
   *[other] Importer { $count } épisodes
}
screen-ipc-error = Twinge n’a pas pu terminer cela.
screen-log-saved = { $kind } enregistré
screen-data-deleted = Tout a été supprimé. Twinge recommence avec un journal vide.

screen-peer-choose = Importer depuis une autre application…
screen-peer-help = Un journal de Bearable, Flaredown, Migraine Buddy, Daylio ou drip., ou tout tableur (.xlsx, .ods ou CSV). Vous voyez ce qu’il apporte avant que rien ne soit écrit.
screen-peer-importing = Importation
screen-peer-preview = Ce qu’apporte l’importation
screen-peer-from = De { $app }
screen-peer-counts = { $episodes ->
    [one] { $episodes } épisode
    [many] { $episodes } épisodes
   *[other] { $episodes } épisodes
} et { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
} de facteurs du jour.
screen-peer-columns = Ce que contient chaque colonne
screen-peer-names = Ce qu’est chaque nom
screen-peer-every-row = Chaque ligne (chacune est un épisode)
screen-peer-rows = { $count ->
    [one] { $count } ligne
    [many] { $count } lignes
   *[other] { $count } lignes
}
screen-peer-left-out = Laissé de côté :
screen-peer-on-rows = { $count ->
    [one] ligne
    [many] lignes
   *[other] lignes
} { $rows }
screen-peer-import = { $count ->
    [one] Importer { $count } épisode
    [many] Importer { $count } épisodes
   *[other] Importer { $count } épisodes
}
screen-peer-imported = Importé : { $count ->
    [one] { $count } nouvel épisode
    [many] { $count } nouveaux épisodes
   *[other] { $count } nouveaux épisodes
}, { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
} de facteurs du jour.
screen-peer-role-relief = A aidé (facteur du jour)
screen-peer-role-medication = Médicament (facteur du jour)
screen-peer-role-factor = Facteur du jour
screen-peer-role-skip = Laisser de côté
screen-peer-column-none = Laisser de côté
screen-peer-column-date = Date
screen-peer-column-time = Heure ou moment de la journée
screen-peer-column-kind = Type d’épisode
screen-peer-column-place = Endroit du corps
screen-peer-column-side = Côté
screen-peer-column-intensity = Intensité
screen-peer-column-duration = Durée
screen-peer-column-triggers = Déclencheurs
screen-peer-column-reliefs = Ce qui a aidé
screen-peer-column-medication = Médicament
screen-peer-column-notes = Notes
screen-peer-sample = Les plus récents, tels que l’historique les montrera :
screen-pgic-today = Votre rendez-vous aujourd’hui
screen-pgic-on = Votre rendez-vous du { $date }
screen-pgic-kept = Enregistré : le rapport donne votre réponse à votre médecin.
screen-pgic-why = Un seul geste ; le rapport donne votre réponse à votre médecin.
screen-report-published = Fréquence dans les mots de l’échelle de Penn : { $frequency }.
screen-trial-title = Cela a-t-il aidé ?
screen-trial-change = Changement de médicament ou traitement
screen-trial-before = Avant
screen-trial-after = Après
screen-trial-days = Jours
screen-trial-recorded = Jours notés
screen-trial-per-day = Épisodes par jour noté
screen-trial-active-days = Jours avec épisodes
screen-trial-woke = Épisodes qui vous ont réveillé
screen-trial-intensity = Intensité médiane
screen-trial-stiffness = Raideur médiane (jours notés)
screen-trial-sleep = Sommeil interrompu, médiane (jours notés)
screen-pgic-answer = Répondre
screen-trial-cramps-week = Crampes par semaine
screen-trial-cramp-days = Jours avec crampes
screen-trial-broken-nights = Nuits au sommeil interrompu
