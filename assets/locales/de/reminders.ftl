reminders-heading = Erinnerungen
reminders-paused = Die Erinnerungen sind für heute pausiert.
reminders-next = Nächste Erinnerung: { $routine }, { $when }.
reminders-none-on = Keine Erinnerung ist eingeschaltet.
reminders-saved-next = Gespeichert. Nächste Erinnerung: { $routine }, { $when }.
reminders-saved-none = Gespeichert. Keine Erinnerung ist eingeschaltet.
reminders-pause-today = Erinnerungen für heute pausieren
reminders-resume-today = Erinnerungen heute fortsetzen
reminders-routine-done-today = Heute erledigt.
reminders-routine-next = Nächste: { $when }.

reminders-remind-me = Erinnere mich
reminders-remind-me-about = Erinnere mich an { $name }
reminders-when = Wann
reminders-when-for = Wann ich an { $name } erinnert werde
reminders-kind-bedtime = Vor dem Schlafengehen
reminders-kind-fixed = Zu einer festen Uhrzeit
reminders-kind-first-use = Bei der ersten Computernutzung nach
reminders-time-bedtime = Schlafenszeit
reminders-time-bedtime-for = Schlafenszeit für { $name }
reminders-time-fixed = Uhrzeit
reminders-time-fixed-for = Uhrzeit für { $name }
reminders-time-after = Nach
reminders-time-after-for = Nach (Uhrzeit) für { $name }
reminders-lead = Minuten vor dem Schlafengehen
reminders-lead-for = Minuten vor dem Schlafengehen für { $name }
reminders-days = Tage
reminders-days-for = Tage für { $name }
reminders-day-for = { $day } für { $name }

reminders-shared-legend = Für alle Erinnerungen
reminders-grace = Noch erinnern bis zu so vielen Minuten Verspätung
reminders-snooze = Schlummerdauer in Minuten
reminders-grace-hint = Eine Erinnerung, die verpasst wurde, während der Computer schlief, kommt beim Aufwachen, wenn sie höchstens so spät ist; sonst fällt sie aus.
reminders-quiet-hours = Ruhezeiten
reminders-quiet-from = Von
reminders-quiet-until = Bis
reminders-save = Erinnerungen speichern
reminders-start-at-login = Limber beim Anmelden starten, damit Erinnerungen kommen können

reminders-problem-time = { $name }: „{ $text }“ ist keine Uhrzeit; gib sie so ein: 22:30.
reminders-problem-days = { $name }: Wähle mindestens einen Tag.
reminders-problem-lead = { $name }: Die Minuten vor dem Schlafengehen müssen eine ganze Zahl von 0 bis 720 sein.
reminders-problem-snooze = Die Schlummerdauer muss eine ganze Zahl von 1 bis 120 Minuten sein.
reminders-problem-grace = Wie spät eine Erinnerung noch kommen darf, muss eine ganze Zahl von 0 bis 720 Minuten sein.
reminders-problem-quiet-start = Ruhezeiten: „{ $text }“ ist keine Uhrzeit; gib sie so ein: 22:30.
reminders-problem-quiet-end = Ruhezeiten: „{ $text }“ ist keine Uhrzeit; gib sie so ein: 07:00.
reminders-problem-quiet-same = Die Ruhezeiten müssen zu verschiedenen Uhrzeiten beginnen und enden.

reminders-night-at-fixed = um { $time }
reminders-night-at-first-use = bei der ersten Nutzung nach { $time }
reminders-night-every = { $time } ist nach Mitternacht und zählt deshalb zur Nacht davor: jede Nacht, also am Morgen danach { $at }.
reminders-night-some = { $time } ist nach Mitternacht und zählt deshalb zur Nacht davor: { $count ->
        [one] die Nacht nach { $nights }
       *[other] die Nächte nach { $nights }
    }, also { $mornings } { $at }.
