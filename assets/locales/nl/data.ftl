data-heading = Je gegevens
data-hint = Alles blijft op deze computer (en in je syncmap, als je hieronder een kiest). Exporteer een kopie om te bewaren, om mee te nemen naar een andere computer of om in een spreadsheet te openen.
data-export-json = Alles exporteren (JSON)…
data-export-sessions = Sessies exporteren (CSV)…
data-export-journal = Dagboek exporteren (CSV)…
data-exported = { $size } opgeslagen in { $path }.
data-import-heading = Importeren
data-import-hint = Haal een Limber-export (JSON) binnen. Het bestand wordt eerst gecontroleerd; klopt er iets niet, dan verandert er niets. Sessies en dagboekregels die je al hebt, blijven bewaard, dus hetzelfde bestand twee keer importeren voegt niets toe.
data-import = Limber-export importeren…
data-backups-heading = Dagelijkse back-ups
data-backups-hint = Limber kopieert zijn database één keer per dag en bewaart de { $kept } nieuwste kopieën. Raakt de database ooit beschadigd, dan zet Limber bij het starten de nieuwste goede kopie terug. Ze staan in { $folder }.
data-no-backup = Nog geen back-up; de eerste wordt vandaag gemaakt.
data-backups-label = Back-ups
data-backup-row = { $day } · { $size }
data-backup-old = Je nieuwste back-up is { $days } dagen oud. Als je gegevens nu beschadigd zouden raken, zou Limber ze alleen kunnen terugzetten zoals ze { $days } dagen geleden waren, en zou alles wat je sindsdien hebt vastgelegd verloren gaan. Limber maakt een back-up op elke dag dat het draait; blijft deze waarschuwing staan, controleer dan of er vrije ruimte op de schijf is en of er in de back-upmap geschreven kan worden.

size-bytes = { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

import-done = Geïmporteerd: { $sessions ->
        [one] { $sessions } sessie toegevoegd
       *[other] { $sessions } sessies toegevoegd
    }{ $skipped ->
        [0] {""}
       *[other] , { $skipped } al aanwezig
    }, { $entries ->
        [one] { $entries } dagboekregel toegevoegd
       *[other] { $entries } dagboekregels toegevoegd
    }{ $updated ->
        [0] {""}
       *[other] , { $updated } bijgewerkt met nieuwere antwoorden
    }{ $restDays ->
        [0] {""}
        [one] , { $restDays } rustdag toegevoegd
       *[other] , { $restDays } rustdagen toegevoegd
    }{ $routines ->
        [0] {""}
        [one] , { $routines } eigen routine toegevoegd of bijgewerkt
       *[other] , { $routines } eigen routines toegevoegd of bijgewerkt
    }{ $settings ->
        [0] {""}
        [one] , { $settings } instelling toegevoegd
       *[other] , { $settings } instellingen toegevoegd
    }.
import-refused-invalid = Er is niets geïmporteerd: het bestand heeft { $total ->
        [one] { $total } probleem
       *[other] { $total } problemen
    }. { $shown ->
        [one] Dit is het
       *[other] Dit zijn de eerste
    }: { $problems }{ $more ->
        [0] .
       *[other] ; en nog { $more }.
    }
import-refused-not-export = Er is niets geïmporteerd: het bestand is geen Limber-export.
import-refused-not-text = Er is niets geïmporteerd: het bestand is geen Limber-export (het is geen tekst).
import-refused-newer = Er is niets geïmporteerd: het bestand is gemaakt door een nieuwere Limber (exportversie { $found }; deze Limber leest tot en met versie { $known }); werk Limber bij om het te importeren.
import-refused-too-large = Er is niets geïmporteerd: het bestand is te groot voor een Limber-export ({ $bytes } bytes; de grens is { $limit }).
import-refused = Er is niets geïmporteerd: { $reason }.
import-picked-up = De Limber die al draait, heeft de wijziging overgenomen.
data-filter-json = Limber-export (JSON)
data-filter-csv = CSV-spreadsheet
file-write-failed = Kon { $path } niet schrijven: { $detail }.
file-save-failed = Kon { $path } niet opslaan: { $detail }.
