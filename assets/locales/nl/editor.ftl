# De routine-editor. $name en $exercise zijn namen van routines en oefeningen (inhoud, of wat iemand typte) en
# komen zoals ze zijn.

editor-title-loading = Routine
editor-title-new = Nieuwe routine
editor-title-edit = Routine bewerken
editor-back = Terug
editor-loading = Laden…
editor-about = Over deze routine
editor-copy-of = Een kopie van { $name }; het origineel verandert nooit.
editor-reset = Terugzetten naar { $name }
editor-name = Naam
editor-description = Waarvoor deze routine is
editor-when = Wanneer
editor-when-bedtime = Bij bedtijd
editor-when-morning = 's Ochtends
editor-when-anytime = Op elk moment

## De oefeningen van de routine.

editor-exercises = Oefeningen
editor-empty = { $count ->
        [0] Nog geen oefeningen. Voeg er een paar toe uit de lijst.
       *[other] Nog geen oefeningen. Voeg er een paar toe uit de lijst van { $count }.
    }
editor-order-hint = Sleep een oefening aan de greep, of gebruik Omhoog en Omlaag. Lege velden gebruiken de standaardwaarde van de oefening.
editor-drag = Slepen om te ordenen
editor-about-length = ongeveer { $duration }
editor-move-up = Omhoog
editor-move-up-label = { $exercise } omhoog
editor-move-down = Omlaag
editor-move-down-label = { $exercise } omlaag
editor-remove = Verwijderen
editor-remove-label = { $exercise } verwijderen
editor-hold = Vasthouden (s)
editor-reps = Herhalingen
editor-rounds = Rondes
editor-pace = Tempo (s per beweging)
editor-sides = Kanten
editor-rest-after = Rust erna (s)
editor-sides-none = Geen kanten
editor-sides-each = Eerst de ene kant, dan de andere
editor-sides-alternate = Kanten afwisselen
editor-sides-default = { $sides ->
        [none] Standaard (geen kanten)
        [each] Standaard (eerst de ene kant, dan de andere)
       *[alternate] Standaard (kanten afwisselen)
    }
editor-default = standaard { $value }
editor-not-a-number = Typ een geheel getal, of laat het veld leeg voor de standaardwaarde.

## Oefeningen kiezen.

editor-add-heading = Oefeningen toevoegen
editor-search = Oefeningen zoeken
editor-area = Lichaamsdeel
editor-all-areas = Alle lichaamsdelen
editor-where = Waar
editor-anywhere = Overal
editor-choice-meta = { $area } · { $position } · ongeveer { $duration }
editor-add = Toevoegen
editor-add-label = { $exercise } toevoegen
editor-shown-all = { $total ->
        [one] { $total } oefening
       *[other] { $total } oefeningen
    }
editor-shown-none = Geen oefening past; maak de zoekopdracht of een filter leeg.
editor-shown-some = { $total ->
        [one] { $shown } van { $total } oefening
       *[other] { $shown } van { $total } oefeningen
    }

## De routine als bestand.

editor-file-heading = Deze routine
editor-file-hint = Deel hem, bewaar een kopie als bestand, of verwijder hem. Na het verwijderen blijven de eerdere sessies in je geschiedenis staan.
editor-save-to-export = Sla je wijzigingen op om ze te exporteren.
editor-export = Exporteren naar bestand…
editor-delete = Routine verwijderen
editor-delete-question = “{ $name }” verwijderen? De eerdere sessies blijven in je geschiedenis staan.
editor-delete-yes = Ja, verwijderen
editor-delete-keep = Behouden
editor-leave-question = Weggaan zonder op te slaan? Je wijzigingen gaan verloren.
editor-leave-yes = Weggaan zonder opslaan
editor-leave-keep = Verder bewerken

## De balk onderaan.

editor-total = { $count ->
        [one] Ongeveer { $duration } · { $count } oefening
       *[other] Ongeveer { $duration } · { $count } oefeningen
    }
editor-problems = { $count ->
        [one] Nog { $count } punt om op te lossen voor het opslaan.
       *[other] Nog { $count } punten om op te lossen voor het opslaan.
    }
editor-not-saved = Nog niet opgeslagen.
editor-saved = Opgeslagen.
editor-save = Routine opslaan
editor-start = Starten

## Wat een schermlezer zegt na een wijziging.

editor-added = { $exercise } toegevoegd. { $total }.
editor-removed = { $exercise } verwijderd.
editor-moved = { $exercise } staat nu op plaats { $position } van { $count }.
editor-the-exercise = De oefening
editor-reset-done = De oefeningen van { $name } zijn terug. Sla op om ze te bewaren.
editor-reset-done-unnamed = De oefeningen van het origineel zijn terug. Sla op om ze te bewaren.
editor-saved-as = “{ $name }” opgeslagen. Hij staat bij de andere routines op het scherm Vandaag.

routine-exported = “{ $name }” opgeslagen in { $path }.
routine-import-refused = Er is niets geïmporteerd: { $file } heeft { $problems ->
        [one] { $problems } probleem
       *[other] { $problems } problemen
    }.
routine-imported = “{ $name }” geïmporteerd.
routine-imported-restored = “{ $name }” geïmporteerd; de eerdere sessies staan weer in de geschiedenis.
routine-imported-copy = “{ $name }” geïmporteerd als nieuwe routine, omdat er al een met dezelfde id is.
editor-filter-routine = Limber-routine

routine-new-name = Mijn routine
routine-new-description = Een routine die ik zelf heb samengesteld.
routine-copy-of-own = { $name } (kopie)
