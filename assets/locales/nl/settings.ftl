settings-saved = Opgeslagen.

## Je plan en slaapgids

guide-heading = Je plan en slaapgids
guide-plan-label = Routines in je plan
guide-no-reminder = Geen herinnering in het plan.
guide-plan-hint = Dit zijn de herinneringen die je plan voorstelde; wijzig de tijden onder Herinneringen.
guide-no-plan = Je hebt nog geen plan ingesteld.
guide-run-again = De eerste instelling opnieuw doorlopen
guide-set-up = Mijn plan instellen
guide-position-legend = Hoe ik meestal slaap
guide-checklists-legend = Vóór de avondroutine
guide-wind-down-checklist = Checklist voor de avondontspanning tonen
guide-setup-checklist = Checklist voor je slaapomgeving van vannacht tonen

sleep-position-side = Op mijn zij
sleep-position-back = Op mijn rug
sleep-position-stomach = Op mijn buik
sleep-position-varies = Wisselend

plan-reminder-bedtime = Herinnering om { $time } ({ $lead } min vóór bedtijd), { $days }.
plan-reminder-fixed = Herinnering om { $time }, { $days }.
plan-reminder-first-use = Herinnering als je de computer na { $time } voor het eerst gebruikt, { $days }.
plan-days-every-day = elke dag
plan-days-weekdays = op werkdagen
plan-days-weekends = in het weekend
plan-days-none = op geen enkele dag
plan-days-some = op { $days }

## Geluid

sound-heading = Geluid
sound-unavailable = { $reason } Sessies lopen gewoon door; ze blijven stil tot er een geluidsuitvoer beschikbaar is.
sound-play = Geluid afspelen tijdens een routine
sound-tones-volume = Volume van de tonen
sound-volume-value = { $percent } procent
sound-test = Geluid testen
sound-coach-legend = Stemcoach
sound-coach-off = Uit
sound-coach-off-hint = Alleen tonen.
sound-coach-cues = Beknopt
sound-coach-cues-hint = Noemt elke oefening, telt af met “3, 2, 1” en zegt “wissel van kant”, “rust”, “halverwege”, “laatste” en “goed gedaan”.
sound-coach-full = Volledige coach
sound-coach-full-hint = Vertelt ook hoe je elke oefening doet, telt de herhalingen en zegt wanneer je in- en uitademt: je kunt meedoen met je ogen dicht.
sound-voice-volume = Volume van de stem
sound-test-voice = Stem testen
sound-gentle-at-night = Zachtere stem bij bedtijd: langzamer en stiller in de avondroutines
sound-test-night-voice = Avondstem testen
sound-loading = Laden…

## Weergave

appearance-heading = Weergave
appearance-theme-legend = Thema
appearance-theme-system = Zoals het systeem
appearance-theme-system-hint = Licht of donker, zoals je bureaublad is ingesteld.
appearance-theme-light = Licht
appearance-theme-light-hint = Donkere tekst op een lichte achtergrond.
appearance-theme-dark = Donker
appearance-theme-dark-hint = Lichte tekst op een donkere achtergrond.
appearance-theme-night = Nacht
appearance-theme-night-hint = Gedimd en warm, met weinig blauw licht, de hele dag.
appearance-night-after-bedtime = Nachtweergave na bedtijd
appearance-night-when = Vanaf je bedtijdherinnering ({ $from }) tot de dag begint ({ $until }).
appearance-night-needs-reminder = Stel eerst een herinnering in voor een avondroutine: de nachtweergave begint op dat tijdstip.
appearance-night-on = Het is na bedtijd: de nachtweergave staat aan.

## Reeksen en doelen

streaks-heading = Reeksen en doelen
streaks-day-boundary = Een nieuwe dag begint om
streaks-day-boundary-hint = Een avondontspanning die vóór dit tijdstip klaar is, telt voor de avond ervoor. Tussen 00:00 en { $latest }.
streaks-rest-days = Toegestane rustdagen per maand, voor elke routine
streaks-rest-days-hint = Een rustdag houdt een reeks in stand, zonder die te verlengen.
streaks-goals-legend = Weekdoelen
streaks-goals-hint = Optioneel: op hoeveel dagen per week je mikt. Rustdagen tellen mee voor het doel.
streaks-no-goal = Geen doel
streaks-goal-days = { $days } van 7 dagen
streaks-save = Instellingen voor reeksen opslaan

sound-off-because = Geluid is niet beschikbaar: { $cause }.
sound-cause-no-device = er is geen geluidsapparaat gevonden
sound-cause-device-lost = het geluidsapparaat werkt niet meer
sound-cause-thread = de geluidsthread kon niet starten
sound-cause-opening = de geluidsuitvoer wordt nog geopend
sound-invalid-volume = Het volume moet een getal van 0 tot 1 zijn, niet { $volume }.
sound-invalid-voice-volume = Het volume van de stem moet een getal van 0 tot 1 zijn, niet { $volume }.
