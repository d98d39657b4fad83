cli-no-episodes = Aún no hay episodios.
cli-wrote = Escrito { $path } ({ $size } KB)
cli-stats-period = Del { $from } al { $to }: { $count ->
    [one] { $count } episodio
    [many] { $count } episodios
   *[other] { $count } episodios
}, { $rate } por semana registrada
cli-stats-days = días con episodios: { $with }, días registrados: { $covered } de { $days }
cli-stats-intensity = intensidad mediana: { $median }, peor: { $worst }
cli-stats-waiting = { $count ->
    [one] { $count } comparación de factores necesita
    [many] { $count } comparaciones de factores necesitan
   *[other] { $count } comparaciones de factores necesitan
} más días con registro diario ({ $needed } con y { $needed } sin).

cli-saved = Guardado: { $kind } · { $place } · { $at } ({ $id })
cli-checkin-deleted = Ya no hay registro del { $date }.
cli-checkin-saved = Registro del { $date }: { $factors }
cli-checkin-none = ninguno de los factores
cli-demo-added = Añadidos { $count } episodios de ejemplo a { $folder }
cli-damaged-set-aside = El diario dañado se apartó, sin borrar nada: { $path }
cli-restored = Restaurados { $count } episodios de { $file }
cli-kept-at = El diario tal como estaba se guarda en { $path }
cli-now-encrypted = El diario ya está cifrado. Un código olvidado no se puede recuperar.
cli-no-passcode = El diario no tiene código.
cli-copy-left = { $name } se dejó como estaba: un código anterior lo bloquea.
cli-reminder-on = El recordatorio de la tarde está activado a las { $time }.
cli-reminder-off = El recordatorio de la tarde está desactivado.
cli-reminder-not-yet = Todavía no: el recordatorio es a las { $time }.
cli-reminder-recorded = Hoy está registrado: no hace falta recordatorio.
cli-reminder-sent = El recordatorio de hoy ya se envió.
cli-reminder-body = Aún no hay nada registrado hoy. El registro diario lleva unos toques.
cli-reminder-shown = Recordatorio mostrado: { $text }

## Códigos en el terminal

cli-prompt-passcode = Código:{" "}
cli-prompt-new-passcode = Código nuevo:{" "}
cli-prompt-again = El mismo otra vez:{" "}
cli-passcodes-differ = Los dos códigos no coinciden; no se cambió nada.
cli-passcode-file-unreadable = No se pudo leer el archivo del código: { $why }.
cli-passcode-terminal = No se pudo leer el código desde el terminal.
cli-passcode-needed = Hace falta un código: indique { $option } ARCHIVO o ejecute twinge en un terminal para que se le pida.
cli-demo-episodes = --episodes admite de 1 a 1.000.000.

## Exportar, importar, comprobar

cli-exported = Exportado a { $path }
cli-import-summary = { $stage ->
        [imported] Importado
        [would] Se importaría
       *[checked] Comprobado
    }: { $count ->
        [one] { $count } episodio
        [many] { $count } episodios
       *[other] { $count } episodios
    } en el archivo: { $new } nuevos, { $unchanged } sin cambios, { $updated } actualizados (más nuevos en el archivo), { $kept } conservados (más nuevos aquí), { $rejected } rechazados
cli-import-row-problem = fila { $row }: { $message }
cli-import-more-problems = { $count ->
        [one] … y { $count } problema más
        [many] … y { $count } problemas más
       *[other] … y { $count } problemas más
    }
cli-import-settings-taken = Ajustes tomados del archivo:
cli-import-settings-kept = Los ajustes del archivo difieren de los de este diario (se conservan; --with-settings toma los del archivo):
cli-import-refused = No se importó nada: corrija las filas de arriba e inténtelo de nuevo.
cli-not-twinge-csv = su primera línea no nombra las columnas de una exportación de Twinge (Kind, Start, …). Un diario llevado en otra aplicación o en una hoja de cálculo se lee como tal sin --format, o con --from csv
cli-check-journal = diario: { $path }
cli-check-schema = versión del esquema: { $version } (este Twinge escribe { $supported })
cli-check-episodes = episodios: { $count }
cli-check-problems = La comprobación de integridad encontró problemas: { $problems }
cli-check-integrity-ok = integridad: correcta
cli-check-summary-ok = resumen del Análisis: correcto
cli-check-summary-rebuilt = resumen del Análisis: { $count ->
        [one] { $count } fila difería
        [many] { $count } filas diferían
       *[other] { $count } filas diferían
    } de los episodios; se rehízo a partir de ellos (ningún episodio cambió)
cli-reminder-open = Abrir Twinge
cli-reminder-not-shown = No se pudo mostrar el recordatorio.
cli-reminder-not-opened = No se pudo abrir Twinge.

## Una línea de órdenes que no se pudo leer

cli-usage-missing = Hacen falta: { $needed }.
cli-usage-unknown = «{ $arg }» no es una opción aquí.
cli-usage-unknown-command = «{ $command }» no es una orden.
cli-usage-no-command = Diga qué orden ejecutar.
cli-usage-bad-value = «{ $value }» no es un valor que admita { $arg }.
cli-usage-conflict = { $arg } no se puede usar con { $other }.
cli-usage-other = No se pudo leer la línea de órdenes ({ $kind }).
cli-usage-see-help = Añada --help para ver lo que admite la orden.
cli-usage-valid = Admite { $values }.
cli-usage-quoted = «{ $value }»
cli-prompt-backup-passcode = Código de esta copia de seguridad:{" "}
cli-output-failed = No se pudo escribir la salida: { $why }
cli-app-not-started = Twinge no pudo arrancar: { $why } (`twinge --help` enumera lo que hace la línea de órdenes sin ventana.)
cli-checkin-bad-stress = --stress es none, some o a_lot, no «{ $code }».
cli-appointment-saved = Cita del { $date } guardada.
cli-appointment-bad-pgic = «{ $code }» no es una respuesta; use very_much_improved, much_improved, minimally_improved, no_change, minimally_worse, much_worse o very_much_worse.


cli-peer-bad-source = «{ $code }» no es una aplicación desde la que Twinge pueda importar; use bearable, flaredown, migraine-buddy, daylio, drip o csv.
cli-peer-bad-choice = «{ $text }» no se puede leer: escriba NOMBRE=spasm (cramp, twitch, other) para --kind y ENCABEZADO=date (time, kind, place, side, intensity, duration, triggers, reliefs, medication, notes, skip) para --column.
cli-peer-read = { $file }: { $app }, { $episodes ->
    [one] { $episodes } episodio
    [many] { $episodes } episodios
   *[other] { $episodes } episodios
}, { $days ->
    [one] { $days } día con registro
    [many] { $days } días con registro
   *[other] { $days } días con registro
}.
cli-peer-name = { $name } → { $role } ({ $rows ->
    [one] { $rows } fila
    [many] { $rows } filas
   *[other] { $rows } filas
})
cli-peer-skipped = omitido: { $what } ({ $why })
cli-peer-skipped-rows = omitido: { $what } ({ $why }), { $count ->
    [one] fila
    [many] filas
   *[other] filas
} { $rows }
cli-peer-left-out = fila { $row } omitida: { $message }
cli-treatment-saved = { $name }: { $change } el { $date }; guardado.
cli-treatment-bad-change = «{ $code }» no es un cambio; use started, changed o stopped.
cli-trial-windows = Antes: del { $before_from } al { $before_to }. Después: del { $after_from } al { $after_to }.
cli-damaged-ways-back = Para poner una copia de seguridad en su lugar: twinge restore ARCHIVO (la ventana guarda una copia al día en la carpeta backups junto al diario). La ventana de Twinge también puede apartarlo y empezar un diario vacío.
