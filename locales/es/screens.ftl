screen-report-pdf-language = Idioma del PDF
screen-report-pdf-language-help = El resumen para su médico puede estar en otro idioma que Twinge; este diario recuerda la elección.
