screen-report-pdf-language = Sprache des PDF
screen-report-pdf-language-help = Die Zusammenfassung für Ihre Ärztin oder Ihren Arzt kann in einer anderen Sprache sein als Twinge; dieses Tagebuch merkt sich die Wahl.
