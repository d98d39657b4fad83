screen-report-pdf-language = Langue du PDF
screen-report-pdf-language-help = Le résumé pour votre médecin peut être dans une autre langue que Twinge ; ce journal retient ce choix.
