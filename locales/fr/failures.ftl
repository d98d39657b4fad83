# Ce qui n’a pas marché quand une chose n’a pas pu être faite (la fenêtre l’affiche dans
# un avis ; la ligne de commande l’imprime). Les noms de fichiers restent tels quels.

## Fichiers

failure-io = { $act ->
        [create] Impossible de créer { $file }
        [write-in] Impossible d’écrire dans { $file }
        [read] Impossible de lire { $file }
        [remove] Impossible de retirer { $file }
        [replace] Impossible de remplacer { $file }
        [delete] Impossible de supprimer { $file }
        [sync] Impossible d’enregistrer { $file } sur le disque
        [set-aside] Impossible de mettre { $file } de côté
       *[write] Impossible d’écrire { $file }
    } : { $why }.
io-not-found = il n’est pas là (déplacé ou supprimé ?)
io-permission-denied = cet ordinateur ne permet pas à Twinge de faire cela à cet endroit
io-already-exists = un fichier de ce nom existe déjà
io-disk-full = le disque est plein
io-read-only = le disque ou le dossier est en lecture seule
io-is-a-folder = c’est un dossier, pas un fichier
io-not-a-folder = une partie de son chemin est un fichier, pas un dossier
io-too-large = le fichier est trop grand
io-busy = le système était occupé ; réessayez
io-unreadable = son contenu n’a pas pu être lu
io-refused = le système a refusé

## Le fichier du journal

store-too-new = Ce journal a été écrit par une version plus récente de Twinge (schéma { $found } ; cette version comprend jusqu’à { $supported }). Mettez Twinge à jour pour l’ouvrir ; le fichier n’a pas été modifié.
store-not-a-database = { $file } n’est pas un journal Twinge (ce n’est pas une base de données SQLite). Il a été laissé tel quel.
store-corrupt = Le journal { $file } est endommagé ({ $detail }). Il a été laissé tel quel ; restaurez une sauvegarde ou demandez de l’aide.
store-wrong-key = Le code n’ouvre pas le journal { $file }. Rien n’a été modifié.
store-migration = Le journal n’a pas pu être mis à niveau : { $why }
store-in-use = Twinge est ouvert dans une autre fenêtre ou commande — fermez-la et réessayez. Rien n’a été modifié.
store-being-changed = Twinge modifie encore ce journal dans une autre fenêtre ou commande (un code, une restauration ou une suppression). Réessayez quand ce sera fini.
store-not-found = Il n’y a aucun épisode avec l’identifiant { $id }.
store-io = Le fichier du journal n’a pas pu être lu ou écrit : { $why }.
store-database = Le journal n’a pas pu être lu ou écrit (une erreur de base de données). Rien d’autre n’a été modifié.
store-disk-full = Le disque n’a pas accepté la modification : il est très probablement plein. Libérez de la place, puis réessayez ; tout ce qui a été enregistré avant est toujours là.

## Requêtes

failure-invalid-input = La requête n’a pas été comprise : { $detail }
failure-not-valid = La saisie n’est pas valide.
failure-bad-id = « { $id } » n’est pas un identifiant d’épisode.
failure-value-too-long = Une valeur de { $size } octets a été refusée (au plus { $max }).
failure-passcode-too-long = Un code de { $size } octets a été refusé.
failure-request-too-large = La requête est trop grande ({ $size } octets ; au plus { $max }).
failure-bad-limit = Une page contient de 1 à 500 épisodes.
failure-bad-search = Cherchez au plus 200 caractères.

## Le journal

failure-no-file = Ce journal vit en mémoire et n’a pas de fichier.
failure-closed = Le journal a été fermé pendant sa modification. Redémarrez Twinge.
failure-not-reopened = Le journal n’a pas pu être rouvert après la modification : { $why } Redémarrez Twinge ; la copie gardée à côté du journal est là si besoin.
failure-episode-gone = Cet épisode n’existe plus.
failure-entry-gone = Cette entrée n’existe plus.
failure-nothing-to-repeat = Il n’y a encore aucun épisode à répéter.
failure-no-today = Aujourd’hui est hors du calendrier.
failure-draft-too-large = L’épisode en cours de saisie dépasse { $max } Ko et n’a pas pu être gardé.
failure-draft-not-form = Ce n’est pas un formulaire d’épisode : il n’a pas été gardé.

## Le rapport

failure-bad-psfs = La fréquence se note de 0 à 4 et la sévérité de 1 à 3.
failure-report = Le rapport n’a pas pu être créé. Rien n’a été enregistré ; envoyez les détails aux auteurs de Twinge.
failure-preview = L’aperçu n’a pas pu être créé ; le rapport lui-même peut fonctionner.
failure-questions-too-long = Les questions peuvent compter au plus { $max } caractères pour tenir en page 1 — { $count } à présent.

## Codes et sauvegardes

failure-wrong-passcode = Ce code n’ouvre pas ce journal. Rien n’a été modifié.
failure-backup-not-opened = Ce code n’ouvre pas cette sauvegarde. Rien n’a été modifié.
failure-no-key-file = { $file } n’a pas de fichier de clé à côté ({ $key }), aucun code ne peut donc l’ouvrir. Rien n’a été modifié.
failure-backup-passcode = { $file } a été créé avec un autre code. Saisissez le code avec lequel il a été créé pour le restaurer. Rien n’a été modifié.
failure-backup-wrong-passcode = Ce code n’ouvre pas { $file }. Rien n’a été modifié.
failure-backup-damaged = La sauvegarde { $file } est endommagée ({ $detail }) : elle n’a pas été restaurée et le journal n’a pas changé. Choisissez une autre sauvegarde.
failure-restore = { $file } n’a pas pu être ouvert comme journal et n’a donc pas été restauré : { $why } Le journal n’a pas été modifié.
failure-no-randomness = Cet ordinateur n’a donné à Twinge aucun nombre aléatoire pour créer la clé. Rien n’a été modifié.
failure-bad-key-file = Le fichier de clé { $file } ne peut pas être utilisé : { $why }. Rien n’a été modifié.
failure-key-damaged = il est endommagé
failure-key-not-a-header = ce n’est pas un fichier de clé Twinge
failure-key-not-written = Le fichier de clé n’a pas pu être écrit.
failure-key-salt = Le sel du fichier de clé est endommagé.
failure-key-settings = Les réglages du fichier de clé pour le code sont endommagés. Rien n’a été modifié.
failure-key-not-made = La clé n’a pas pu être tirée du code.
failure-key-layout = sa disposition de pages (pages de { $size } octets, HMAC { $hmac }) n’est pas celle de la version { $version } du fichier de clé
failure-key-unusable = Le fichier de clé ne peut pas être utilisé : { $why }.
failure-key-memory = il demande { $kib } Kio de mémoire pour déverrouiller (au plus { $max })
failure-key-passes = il demande { $passes } passes (1 à { $max })
failure-key-lanes = il demande { $lanes } voies (1 à { $max })
failure-key-salt-length = son sel a { $length } caractères (32 à 128 chiffres hexadécimaux)
failure-key-newer = il a été écrit par un Twinge plus récent (version { $version }) ; mettez Twinge à jour
failure-too-many-tries = { $count ->
        [one] Après { $count } code erroné, attendez { $seconds } s avant le prochain essai.
        [many] Après { $count } codes erronés, attendez { $seconds } s avant le prochain essai.
       *[other] Après { $count } codes erronés, attendez { $seconds } s avant le prochain essai.
    }
failure-locked = Ce journal est verrouillé par un code. Saisissez-le pour ouvrir le journal.
failure-nothing-to-start-over = Ce journal n’a pas de code ; il n’y a rien à recommencer.
failure-not-damaged = Ce journal n’est pas endommagé : il s’ouvre tel quel, il est donc resté à sa place.

## Rappel, Analyses, bilans du jour, fichiers

failure-reminder-not-saved = Le rappel n’a pas pu être enregistré.
failure-reminder-folder = Le rappel ne peut pas fonctionner pour le dossier { $folder } : son nom contient un caractère qu’un minuteur ne peut pas porter (un saut de ligne ou un autre caractère de contrôle). Déplacez le journal dans un dossier au nom simple.
failure-bad-time-of-day = « { $time } » n’est pas une heure comme 21:00.
failure-period-backwards = La période se termine avant de commencer.
failure-period-too-long = Choisissez une période de 30 ans au plus.
failure-figures = Les chiffres n’ont pas pu être écrits.
failure-no-factor = Ce facteur n’existe pas.
failure-checkin-not-saved = Le bilan du jour n’a pas été enregistré.
failure-written-list = La liste des fichiers écrits n’a pas pu être tenue.
failure-demo = Le journal d’exemple n’a pas pu être créé.

## Export et import

failure-export = L’export n’a pas pu être écrit.
import-bad-format = « { $format } » n’est pas un format de fichier ; utilisez json ou csv.
import-bad-file = Ce fichier ne peut pas être importé : { $why }. Rien n’a été modifié.
import-not-a-file = { $file } n’est pas un fichier ordinaire
import-too-large = Le fichier est trop grand pour être importé ({ $size } Mo ; au plus { $max } Mo).
import-not-an-export = ce n’est pas un export de journal Twinge
import-ends-early = il se termine trop tôt (ligne { $line }) : il a peut-être été coupé pendant la copie
import-not-json = ce n’est pas un fichier JSON, ou il est endommagé à la ligne { $line }, colonne { $column }
import-no-format = ce n’est pas un export de journal Twinge (pas de "format": "twinge-journal")
import-newer = il a été écrit par un Twinge plus récent (version de format { $version }) ; mettez Twinge à jour pour l’importer
import-no-version = sa version de format manque ou est inconnue
import-unexpected = quelque chose dedans n’est pas ce que contient un export Twinge (ligne { $line }, colonne { $column })
import-no-first-line = sa première ligne n’a pas pu être lue (est-ce un fichier CSV en UTF-8 ?)
import-no-column = il n’a pas de colonne « { $column } » ; la première ligne doit nommer les colonnes (Kind, Start, Intensity 0–10, Where, …)
import-not-twinge-csv = sa première ligne ne nomme pas les colonnes d’un export Twinge (Kind, Start, …). Un journal tenu dans une autre application ou dans un tableur s’importe par « Importer depuis une autre application… »
import-line-unreadable = la ligne { $line } n’a pas pu être lue (un guillemet resté ouvert, un autre nombre de colonnes, ou pas de l’UTF-8)
import-not-whole = ligne { $line } : « { $value } » dans la colonne { $column } n’est pas un nombre entier
import-not-relief = ligne { $line } : « { $value } » dans la colonne reliefs n’est pas nom:0-3
import-id-twice = L’identifiant { $id } apparaît deux fois dans le fichier.
import-bad-vocab = { $list ->
        [triggers] La liste des déclencheurs a une entrée « { $name } » sans clé ni nom utilisables (1 à { $max } caractères).
       *[reliefs] La liste des soulagements a une entrée « { $name } » sans clé ni nom utilisables (1 à { $max } caractères).
    }
import-bad-appointment = Le rendez-vous daté « { $date } » n’est pas valide.
import-bad-medication = Le changement de traitement « { $name } » du « { $date } » n’est pas valide.
import-bad-quiet-day = « { $date } » n’est pas une date entre 1900 et dans un an.
import-bad-timing = « { $value } » n’est pas un moment de la journée ; utilisez night, morning, midday, afternoon, evening ou day.
import-unknown-trigger = Le déclencheur « { $name } » n’est ni dans la liste du fichier ni dans celle de ce journal.
import-unknown-relief = « { $name } » n’est ni dans la liste de ce qui aide du fichier ni dans celle de ce journal.
import-bad-times = Les heures de l’épisode ne concordent pas (créé après modifié, ou négatives).
import-bad-factor = La liste des facteurs a une entrée « { $name } » sans clé ni nom utilisables.
import-bad-checkin = Le bilan du jour du « { $date } » : { $why }.
import-checkin-not-a-date = ce n’est pas une date
import-checkin-not-started = son jour n’a pas encore commencé
import-checkin-twice = le jour a deux bilans dans le fichier
import-checkin-too-many = il cite plus de { $max } facteurs

## Bilans du jour

failure-no-such-factor = Il n’y a pas de facteur « { $key } ».
failure-bad-level = « { $key } » ne peut pas être « { $level } ».
failure-factor-twice = « { $key } » figure deux fois.
failure-factor-name = Le nom d’un facteur a besoin d’une lettre ou d’un chiffre.
failure-checkin-future = Un bilan du jour concerne un jour qui a commencé.
failure-rating-out-of-range = Une note est un nombre entier de 0 à { $max }, pas { $value }.

## Champs des formulaires

failure-not-a-date = « { $text } » n’est pas une date ; écrivez-la comme 2026-11-20.
failure-date-too-early = « { $text } » est avant { $year } ; vérifiez l’année.
failure-date-too-late = « { $text } » est à plus d’un an ; vérifiez l’année.
failure-name-length = Un nom compte de 1 à { $max } caractères.
failure-dose-length = Une dose compte au plus { $max } caractères.
failure-display-name-length = Le nom compte au plus { $max } caractères.
failure-note-length = Une note compte au plus { $max } caractères.
failure-name-taken = « { $name } » est déjà dans la liste.
failure-quiet-future = Un jour ne peut être marqué calme qu’une fois commencé.
failure-day-has-episodes = { $when ->
        [today] { $count ->
            [one] Vous avez noté { $count } épisode aujourd’hui : un jour avec des épisodes ne peut pas être marqué « aucun épisode ».
            [many] Vous avez noté { $count } épisodes aujourd’hui : un jour avec des épisodes ne peut pas être marqué « aucun épisode ».
           *[other] Vous avez noté { $count } épisodes aujourd’hui : un jour avec des épisodes ne peut pas être marqué « aucun épisode ».
        }
       *[day] { $count ->
            [one] Vous avez noté { $count } épisode le { $day } : un jour avec des épisodes ne peut pas être marqué « aucun épisode ».
            [many] Vous avez noté { $count } épisodes le { $day } : un jour avec des épisodes ne peut pas être marqué « aucun épisode ».
           *[other] Vous avez noté { $count } épisodes le { $day } : un jour avec des épisodes ne peut pas être marqué « aucun épisode ».
        }
    }
failure-auto-lock = Verrouiller après { $max } minutes au plus (un jour).
failure-birth-too-early = Une date de naissance est de 1900 ou après.
failure-birth-future = Une date de naissance ne peut pas être dans le futur.
failure-time-form = Une heure s’écrit comme 21:00.
failure-passcode-too-many = Un code compte au plus { $max } caractères.
failure-passcode-guessable = Ce code serait facile à deviner.
failure-passcode-advice = Trois ou quatre mots sans rapport entre eux font un code solide et facile à retenir.
failure-current-passcode = Saisissez d’abord le code actuel.
language-unknown = Twinge n’a pas de traduction pour « { $code } » ; il a { $available }.
language-using-english = { $why } Twinge parlera anglais.

## Ce qu’un import a trouvé

import-setting-differs = { $what } : { $file } (ici : { $here })
import-setting-none = aucun
import-setting-text = « { $text } »
import-setting-never = jamais
import-setting-after-minutes = { $count ->
        [one] après { $count } minute
        [many] après { $count } minutes
       *[other] après { $count } minutes
    }
import-setting-name = Nom sur le rapport
import-setting-birth = Date de naissance

## La fenêtre

failure-try-again = Réessayez.
failure-unavailable = Le journal n’est pas disponible ; redémarrez Twinge.
failure-not-encrypted = Seul un journal avec un code peut être verrouillé.
failure-journal-open = Le journal est ouvert ; recommencer n’est prévu que pour un code oublié.
failure-not-confirmed = Tapez DELETE en majuscules pour confirmer.
failure-no-import = Choisissez d’abord un fichier à importer.
failure-no-restore = Choisissez d’abord une sauvegarde à restaurer.

## Les listes de fichiers des dialogues

dialog-export = Export Twinge
dialog-import = Export Twinge (JSON ou CSV)
dialog-backup = Sauvegarde Twinge

peer-not-text = ce n’est ni du texte ni un fichier de tableur
peer-unreadable-line = la ligne { $line } ne se lit pas comme des cellules séparées par des virgules ou des points-virgules
peer-too-many-cells = la ligne { $line } a plus de { $max } cellules
peer-header-only = il a un en-tête et aucune ligne
peer-other-format = ce n’est pas un export de { $said } : son en-tête est celui de { $seen }
peer-source-sheet = un tableur
peer-no-date-column = aucune colonne ne contient la date ; indiquez laquelle
peer-bad-date = « { $value } » n’est pas une date que cette importation sait lire.
peer-note-places = Endroit tel qu’écrit : { $places }
peer-note-unsure = Essayé, sans savoir si cela a aidé : { $names }
peer-note-unread = Illisible : { $cells }
peer-rule-scale = L’intensité sur l’échelle { $scale } de la source devient 0–10 (×10 ÷ son maximum, arrondi).
peer-rule-written = Les intensités écrites comme 7/10 gardent leur propre échelle ; 5-6 devient le milieu ; tout est arrondi à l’entier.
peer-skipped-name = laissé de côté tant que vous ne dites pas ce que c’est
peer-skipped-column = Twinge n’a pas de place pour cela
peer-skipped-unread = illisible : gardé dans la note, le champ reste inconnu
peer-skipped-category = ce n’est pas quelque chose que Twinge note
peer-day-notes = Notes du jour
peer-skipped-day-notes = un bilan du jour n’a pas de note
origin-sheet = un tableur
peer-control-character = la ligne { $line } contient un caractère de contrôle, qu’aucun journal n’écrit
peer-formula = la ligne { $line } contient une formule de tableur ; enregistrez plutôt le tableur avec ses valeurs
peer-not-a-workbook = il ressemble à un fichier de tableur (.xlsx, .xls, .ods) mais ne se lit pas comme tel
failure-no-such-appointment = Il n’y a pas de rendez-vous avec l’identifiant { $id }.
failure-trial-days = Une période compte de 1 à 365 jours.
failure-no-such-change = Il n’y a pas de changement de médicament ni de traitement « { $said } » (donnez son identifiant ou sa date).
