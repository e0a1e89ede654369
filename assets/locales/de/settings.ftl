settings-saved = Gespeichert.

## Dein Plan und die Schlafhilfe

guide-heading = Dein Plan und die Schlafhilfe
guide-plan-label = Routinen in deinem Plan
guide-no-reminder = Keine Erinnerung im Plan.
guide-plan-hint = Diese Erinnerungen hat dein Plan vorgeschlagen; ihre Zeiten änderst du unter „Erinnerungen“.
guide-no-plan = Du hast noch keinen Plan eingerichtet.
guide-run-again = Ersteinrichtung noch einmal durchlaufen
guide-set-up = Meinen Plan einrichten
guide-position-legend = So schlafe ich meistens
guide-checklists-legend = Vor der Abendroutine
guide-wind-down-checklist = Checkliste zum Abschalten am Abend zeigen
guide-setup-checklist = Checkliste für die Schlafumgebung heute Nacht zeigen

sleep-position-side = Auf der Seite
sleep-position-back = Auf dem Rücken
sleep-position-stomach = Auf dem Bauch
sleep-position-varies = Unterschiedlich

plan-reminder-bedtime = Erinnerung { $days } um { $time } ({ $lead } Min. vor dem Schlafengehen).
plan-reminder-fixed = Erinnerung { $days } um { $time }.
plan-reminder-first-use = Erinnerung { $days }, sobald du den Computer nach { $time } zum ersten Mal benutzt.
plan-days-every-day = jeden Tag
plan-days-weekdays = werktags
plan-days-weekends = am Wochenende
plan-days-none = an keinem Tag
plan-days-some = { $days }

## Ton

sound-heading = Ton
sound-unavailable = { $reason } Die Routinen laufen trotzdem, nur ohne Ton, bis eine Tonausgabe verfügbar ist.
sound-play = Während einer Routine Töne abspielen
sound-tones-volume = Lautstärke der Töne
sound-volume-value = { $percent } Prozent
sound-test = Ton testen
sound-coach-legend = Sprachbegleitung
sound-coach-off = Aus
sound-coach-off-hint = Nur Töne.
sound-coach-cues = Nur Ansagen
sound-coach-cues-hint = Sagt jede Übung an, zählt „3, 2, 1“ herunter und sagt „Seite wechseln“, „Pause“, „Halbzeit“, „Letzte“ und „Gut gemacht“.
sound-coach-full = Volle Begleitung
sound-coach-full-hint = Erklärt außerdem jede Übung, zählt die Wiederholungen und sagt, wann du ein- und ausatmest: So kannst du mit geschlossenen Augen mitmachen.
sound-voice-volume = Lautstärke der Stimme
sound-test-voice = Stimme testen
sound-gentle-at-night = Sanftere Stimme am Abend: langsamer und leiser in den Abendroutinen
sound-test-night-voice = Abendstimme testen
sound-loading = Wird geladen …

## Darstellung

appearance-heading = Darstellung
appearance-theme-legend = Farbschema
appearance-theme-system = Wie das System
appearance-theme-system-hint = Hell oder dunkel, so wie dein Desktop eingestellt ist.
appearance-theme-light = Hell
appearance-theme-light-hint = Dunkle Schrift auf hellem Grund.
appearance-theme-dark = Dunkel
appearance-theme-dark-hint = Helle Schrift auf dunklem Grund.
appearance-theme-night = Nacht
appearance-theme-night-hint = Gedämpft und warm, mit wenig blauem Licht, den ganzen Tag.
appearance-night-after-bedtime = Nachtansicht ab Schlafenszeit
appearance-night-when = Ab deiner Abend-Erinnerung ({ $from }) bis zum Beginn des neuen Tages ({ $until }).
appearance-night-needs-reminder = Richte zuerst eine Erinnerung für eine Abendroutine ein: Die Nachtansicht beginnt zu ihrer Uhrzeit.
appearance-night-on = Es ist nach der Schlafenszeit: Die Nachtansicht ist an.

## Serien und Ziele

streaks-heading = Serien und Ziele
streaks-day-boundary = Ein neuer Tag beginnt um
streaks-day-boundary-hint = Eine Abendroutine, die du vor dieser Uhrzeit beendest, zählt für den Abend davor. Zwischen 00:00 und { $latest }.
streaks-rest-days = Erlaubte Ruhetage pro Monat, für jede Routine
streaks-rest-days-hint = Ein Ruhetag hält deine Serie am Laufen, ohne sie zu verlängern.
streaks-goals-legend = Wochenziele
streaks-goals-hint = Freiwillig: An wie vielen Tagen pro Woche du üben möchtest. Ruhetage zählen für das Ziel mit.
streaks-no-goal = Kein Ziel
streaks-goal-days = { $days } von 7 Tagen
streaks-save = Einstellungen für Serien speichern

sound-off-because = Ton ist nicht verfügbar: { $cause }.
sound-cause-no-device = Es wurde kein Audiogerät gefunden
sound-cause-device-lost = Das Audiogerät funktioniert nicht mehr
sound-cause-thread = Die Tonausgabe konnte nicht starten
sound-cause-opening = Die Tonausgabe wird noch geöffnet
sound-invalid-volume = Die Lautstärke muss eine Zahl von 0 bis 1 sein, nicht { $volume }.
sound-invalid-voice-volume = Die Lautstärke der Stimme muss eine Zahl von 0 bis 1 sein, nicht { $volume }.
