# `twinge --help` : ce que fait chaque commande et ce que signifie chacune de ses options.

help-usage = Utilisation :
help-commands = Commandes{"\u00A0"}
help-options = Options{"\u00A0"}
help-arguments = Arguments{"\u00A0"}
help-help = Afficher l’aide
help-version = Afficher la version
help-twinge-after = Installé depuis le paquet, `twinge` sans commande ouvre l’application.

## Noms des valeurs

help-value-options = OPTIONS
help-value-command = COMMANDE
help-value-dir = DOSSIER
help-value-file = FICHIER
help-value-lang = LANGUE
help-value-kind = TYPE
help-value-time = HEURE
help-value-region-side = ZONE:CÔTÉ
help-value-intensity = INTENSITÉ
help-value-duration = DURÉE
help-value-count = NOMBRE
help-value-name = NOM
help-value-name-helped = NOM:AIDE
help-value-code = CODE
help-value-notes = NOTES
help-value-yyyy-mm-dd = AAAA-MM-JJ
help-value-none-some-a-lot = none|some|a_lot
help-value-format = FORMAT
help-value-paper = PAPIER
help-value-appendix = ANNEXE
help-value-questions = QUESTIONS
help-value-episodes = ÉPISODES
help-value-seed = GRAINE
help-value-hh-mm = HH:MM

## Commandes et leurs options

help-twinge = Twinge : un journal des spasmes, crampes et fasciculations
help-twinge-data-dir = Le dossier des données (par défaut : $TWINGE_DATA_DIR, sinon le dossier de données d’applications du système)
help-twinge-passcode-file = Pour un journal chiffré : un fichier dont la première ligne est le code (sans lui, le code est demandé dans le terminal ; il n’est jamais accepté en argument)
help-twinge-lang = La langue que parle Twinge (en, de, es, fr ; par défaut : celle du système, d’après LC_ALL, LC_MESSAGES ou LANG). Pour `report`, la langue du PDF seule
help-add = Noter un épisode
help-add-kind = spasm, cramp, twitch ou other
help-add-at = Quand il a commencé : RFC 3339 (2026-11-20T03:10:00+01:00) ou heure locale sans décalage (2026-11-20T03:10). Par défaut : maintenant
help-add-locations = Où, sous la forme zone:côté (calf:left). À répéter pour plusieurs endroits
help-add-intensity = 0 (aucune) à 10 (la pire imaginable)
help-add-duration = Combien de temps il a duré : 30s, 2m, 1h 30m
help-add-count = Nombre de fasciculations dans une salve
help-add-triggers = Un déclencheur soupçonné, par son nom ; les nouveaux noms rejoignent la liste. Répétable
help-add-reliefs = Ce qui a aidé, sous la forme nom:0-3 (stretching:3). Répétable
help-add-associated = Le code d’un symptôme associé (numbness_tingling, weakness, stiffness, fatigue, lasting_pain ; avec les fasciculations aussi muscle_wasting, swallowing_speaking, spreading)
help-add-woke = Il m’a réveillé
help-add-set-off = Déclenché par un contact ou un mouvement (pas spontané)
help-add-notes = Texte libre, 2 000 caractères au plus
help-checkin = Noter le bilan du jour d’une date : les facteurs présents ce jour-là
help-checkin-date = La date locale (par défaut : aujourd’hui)
help-checkin-factors = Un facteur présent ce jour-là, par son code (slept_badly, hard_exercise, long_sitting, long_standing, caffeine, alcohol, hot_day, dehydrated, ou un des vôtres) ; à répéter pour plusieurs
help-checkin-stress = Le stress ce jour-là : none, some ou a_lot (par défaut : none)
help-checkin-clear = Retirer plutôt le bilan du jour de la date
help-list = Lister les épisodes, les plus récents d’abord
help-list-json = Imprimer du JSON au lieu d’un tableau
help-check = Vérifier l’intégrité et la version du schéma du journal
help-stats = Les chiffres des Analyses d’une période (dates locales, toutes deux incluses)
help-stats-from = Le premier jour de la période
help-stats-to = Le dernier jour de la période
help-stats-json = Imprimer du JSON au lieu d’un résumé
help-export = Exporter tout le journal : JSON (chaque champ) ou CSV (une ligne par épisode)
help-export-format = json ou csv
help-export-out = Le fichier à écrire
help-import = Importer un export JSON ou CSV : toutes les lignes sont d’abord vérifiées ; tout ou rien
help-import-file = L’export à importer
help-import-dry-run = Dire seulement ce qui se passerait
help-import-format = json ou csv (par défaut : d’après le nom du fichier)
help-import-with-settings = Prendre aussi les réglages de l’export (nom sur le rapport, thème, premier jour de la semaine, verrouillage automatique) ; sans cela le journal garde les siens
help-backup = Écrire une copie vérifiée du journal (sauvegarde SQLite)
help-backup-out = Le fichier à écrire
help-restore = Remplacer le journal par une sauvegarde (l’actuel est d’abord copié de côté)
help-restore-file = La sauvegarde à restaurer
help-restore-backup-passcode-file = Pour une sauvegarde faite avec un autre code : un fichier dont la première ligne est ce code (sans lui, il est demandé dans le terminal)
help-report = Écrire le résumé PDF d’une période pour le médecin
help-report-from = Le premier jour de la période
help-report-to = Le dernier jour de la période
help-report-out = Le fichier PDF à écrire
help-report-paper = a4 ou letter (par défaut : a4)
help-report-appendix = Quels épisodes l’annexe liste : all (tous les épisodes ; ceux avec des notes ou des symptômes marqués d’un ●), notable (ceux avec des notes ou des symptômes, et le nombre des autres) ou none (par défaut : notable)
help-report-no-appendix = Comme --appendix none
help-report-questions = Questions pour le médecin, imprimées en page 1
help-demo = Remplir le journal de données d’exemple réalistes jusqu’à aujourd’hui
help-demo-episodes = Combien d’épisodes (par défaut : 500)
help-demo-seed = La graine des nombres aléatoires : la même graine donne le même journal (par défaut : 1)
help-remind = Le rappel du soir : l’afficher quand il est dû (son minuteur lance ceci), ou l’activer ou le désactiver
help-remind-at = Activer le rappel à cette heure locale (HH:MM, par exemple 21:00)
help-remind-off = Désactiver le rappel
help-remind-no-wait = Envoyer la notification et revenir aussitôt (sans attendre un clic dessus)
help-passcode = Chiffrer le journal avec un code, le changer ou le retirer
help-passcode-set = Chiffrer le journal avec un nouveau code (ou changer le code ; l’actuel vient de --passcode-file ou est demandé). Chaque copie du dossier des données est chiffrée aussi. Un code oublié ne peut pas être retrouvé
help-passcode-set-new-passcode-file = Un fichier dont la première ligne est le nouveau code (sinon il est demandé deux fois)
help-passcode-remove = Déchiffrer le journal et les copies de son dossier (demande le code actuel)
help-checkin-stiffness = La raideur de la journée, de 0 (aucune raideur) à 10 (la pire possible)
help-checkin-sleep-broken = Combien les spasmes ou les crampes ont interrompu le sommeil de la nuit, de 0 (pas du tout) à 10 (toute la nuit)
help-value-0-10 = 0-10
help-appointment = Noter un rendez-vous médical, avec votre réponse à « Depuis le dernier rendez-vous, vos spasmes sont… » si vous en donnez une
help-appointment-date = Le jour du rendez-vous
help-appointment-note = Une note, par exemple le nom du médecin
help-appointment-pgic = Depuis le dernier rendez-vous, vos spasmes sont : very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse ou very_much_worse
help-value-text = TEXTE
help-value-answer = RÉPONSE

help-import-from = Export d’une autre application : bearable, flaredown, migraine-buddy, daylio, drip ou csv (par défaut : ce que montre l’en-tête du fichier)
help-import-kind = Ce qu’est un nom de l’autre application : NOM=spasm, cramp, twitch ou other ; *=TYPE pour chaque ligne qui est un épisode à elle seule
help-import-relief = Un nom de ce qui a aidé (gardé comme facteur du jour)
help-import-medication = Un nom de médicament (gardé comme facteur du jour)
help-import-factor = Un nom de facteur du jour
help-import-skip = Un nom à laisser de côté
help-import-column = Ce que contient une colonne du tableur : EN-TÊTE=date, time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes ou skip
help-import-json = Afficher ce qu’apporte l’importation en JSON
help-value-app = APP
help-value-name-kind = NOM=TYPE
help-value-header-field = EN-TÊTE=CHAMP
help-treatment = Noter un changement de médicament ou un autre traitement (kinésithérapie, des étirements, arrêter la caféine) pour comparer les semaines d’avant et d’après
help-treatment-date = Le jour où il a commencé, changé ou pris fin
help-treatment-name = Ce que c’est : « Baclofène », « Kinésithérapie »
help-treatment-change = started, changed ou stopped (par défaut : started)
help-treatment-dose = La dose, par exemple 10 mg trois fois par jour
help-treatment-note = Une note
help-value-change = CHANGEMENT
help-trial = Un traitement a-t-il aidé ? Les semaines avant un changement de médicament ou un autre traitement face aux semaines après
help-trial-change = Le changement : sa date (le premier changement ce jour-là) ou son identifiant
help-trial-baseline-days = Jours avant le changement pour comparer (14 par défaut)
help-trial-trial-from = Le premier jour après le changement qui compte (15 par défaut : les deux premières semaines sont laissées de côté)
help-trial-trial-days = Combien de jours à partir de là (14 par défaut)
help-trial-json = Afficher du JSON au lieu de mots
help-value-yyyy-mm-dd-id = AAAA-MM-JJ|ID
help-value-n = N
