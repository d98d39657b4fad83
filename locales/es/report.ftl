language-name = Español
report-title = Resumen de espasmos, calambres y contracciones musculares
report-patient = Paciente
report-period = Periodo: { $from } – { $to } ({ $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
})
report-generated = Generado el { $date }
report-footer = Twinge · datos registrados por el paciente · { $from } – { $to }
report-page = página { $page } de { $pages }
report-born = nacido/a el { $date }
report-none-in-period = Ninguno en este periodo.
report-no-episodes = No se registraron episodios en este periodo.
report-quiet-days-count = Los días marcados «sin episodios» cuentan como días registrados.
report-kind = Tipo
report-definitions = { kind-spasm }: contracción involuntaria, a menudo repetida. { kind-cramp }: contracción dolorosa y sostenida. { kind-twitch } ({ -twitch(register: "doctor") }): contracción breve y visible de un músculo. Gris: los { $days } días anteriores al periodo. Las tasas solo cuentan los días registrados.
report-penn-scale = Escala de espasmos de Penn
report-penn-frequency = frecuencia
report-penn-severity = gravedad
report-symptoms = Síntomas indicados con los episodios:
report-none-recorded = ninguno indicado.
report-worth-asking = a consultar:
report-also = además:
report-questions = Preguntas para mi médico:
report-none-written = ninguna escrita.
report-where = Dónde
report-left-right = Izquierda y derecha del paciente.
report-place-all-kinds = Lugar (todos los tipos)
report-episodes = Episodios
report-relief = Alivio
report-used = Usado
report-helped = Ayudó 0–3
report-nothing-helped = En este periodo nada se marcó como útil.
report-helped-scale = Ayudó: media, 0 nada – 3 del todo.
report-what-helped = Qué ayudó
report-after-what = Después de qué
report-tagged-with = Marcado con
report-share-ci = Proporción (IC 95 %)
report-how-often = Con qué frecuencia
report-medication-changes = Cambios de medicación:
report-medication-line = { $date }: { $what }
report-colon = {":"}
report-separator = {";"}
report-intensity-heading = Intensidad en el tiempo (mediana semanal, banda de la menor a la mayor)
report-when-heading = Cuándo: hora local del día y día de la semana
report-factors-heading = Días con y sin: asociación en los propios registros del paciente, no prueba de causa
report-compared = Comparado
report-with-days = Con: días, episodios, por día
report-without-days = Sin: días, episodios, por día
report-ratio-interval = Razón (intervalo del 95 %)
report-col-when = Cuándo
report-col-kind = Tipo
report-col-where = Dónde
report-col-intensity = Int.
report-col-duration = Duración
report-col-triggers = Desencadenantes
report-col-relief = Alivio
report-col-notes = Notas

report-triggers-too-few = Datos insuficientes: las proporciones de desencadenantes se muestran a partir de { $needed } episodios; este periodo tiene { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
}.
report-triggers-none-tagged = { $count ->
    [one] El único episodio no se marcó con ningún desencadenante sospechado.
    [many] Ninguno de los { $count } episodios se marcó con un desencadenante sospechado.
   *[other] Ninguno de los { $count } episodios se marcó con un desencadenante sospechado.
}
report-triggers-share = Proporción de los { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
} ({ $kinds }) que el paciente marcó con cada desencadenante sospechado; marcado con, no causado por.
report-same-day = Los episodios del mismo día se cuentan por separado.
report-more-triggers = { $count ->
    [one] y { $count } desencadenante más
    [many] y { $count } desencadenantes más
   *[other] y { $count } desencadenantes más
}
report-more-places = { $count ->
    [one] y { $count } zona más
    [many] y { $count } zonas más
   *[other] y { $count } zonas más
}
report-factors-none = Ningún factor diario tiene aún { $days } días con él y { $days } sin él en este periodo.
report-factors-waiting = { $count ->
    [one] { $count } comparación más necesita más días con registro diario.
    [many] { $count } comparaciones más necesitan más días con registro diario.
   *[other] { $count } comparaciones más necesitan más días con registro diario.
}
report-bursts = Los episodios llegaron en rachas (más dispersos entre días de lo que daría el azar): el intervalo de una razón trata los episodios como independientes y es demasiado estrecho, así que cada lado da también la proporción de días con algún episodio, con su intervalo exacto.
report-symptom-last = último: { $dates }
report-woke = le despertó
report-set-off = provocado por un roce o un movimiento
report-in-burst = { $count } en la racha
report-appendix-all = Anexo: todos los episodios del periodo (datos del paciente; ● con notas o síntomas)
report-appendix-notable = Anexo: los episodios con notas o síntomas (datos del paciente)
report-appendix-rest = { $count ->
    [one] { $count } episodio sin notas ni síntomas no aparece; la página 1 cuenta todos los episodios.
    [many] { $count } episodios sin notas ni síntomas no aparecen; la página 1 cuenta todos los episodios.
   *[other] { $count } episodios sin notas ni síntomas no aparecen; la página 1 cuenta todos los episodios.
}
report-trial-so-far = hasta ahora
report-trial-per-day = episodios por día registrado { $before } → { $after }, { $change } { $ratio }
report-trial-ratio = (razón { $ratio }, 95 % { $low }–{ $high })
report-trial-stiffness = rigidez { $before } → { $after }, { $change }
report-trial-caveat = Registros de una persona, no una prueba: un cambio de alrededor de una cuarta parte es frecuente sin tratamiento activo, y lo que empieza en una mala semana parece mejor de lo que es.
# Page 2: the heading over a trial’s chart, before the change it looks at.
report-trial-chart = ¿Ayudó?
