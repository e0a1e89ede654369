reminders-heading = Herinneringen
reminders-paused = Herinneringen zijn voor vandaag gepauzeerd.
reminders-next = Volgende herinnering: { $routine }, { $when }.
reminders-none-on = Er staat geen herinnering aan.
reminders-saved-next = Opgeslagen. Volgende herinnering: { $routine }, { $when }.
reminders-saved-none = Opgeslagen. Er staat geen herinnering aan.
reminders-pause-today = Herinneringen pauzeren voor vandaag
reminders-resume-today = Herinneringen vandaag hervatten
reminders-routine-done-today = Vandaag gedaan.
reminders-routine-next = Volgende: { $when }.

reminders-remind-me = Herinner me
reminders-remind-me-about = Herinner me aan { $name }
reminders-when = Wanneer
reminders-when-for = Wanneer ik aan { $name } herinnerd word
reminders-kind-bedtime = Vóór mijn bedtijd
reminders-kind-fixed = Op een vast tijdstip
reminders-kind-first-use = Als ik de computer voor het eerst gebruik na
reminders-time-bedtime = Bedtijd
reminders-time-bedtime-for = Bedtijd voor { $name }
reminders-time-fixed = Tijd
reminders-time-fixed-for = Tijd voor { $name }
reminders-time-after = Na
reminders-time-after-for = Na (tijd) voor { $name }
reminders-lead = Minuten vóór bedtijd
reminders-lead-for = Minuten vóór bedtijd voor { $name }
reminders-days = Dagen
reminders-days-for = Dagen voor { $name }
reminders-day-for = { $day } voor { $name }

reminders-shared-legend = Voor alle herinneringen
reminders-grace = Toch herinneren tot zoveel minuten te laat
reminders-snooze = Sluimerduur in minuten
reminders-grace-hint = Een herinnering die je mist terwijl de computer slaapt, komt bij het ontwaken als ze niet later is dan dit; anders wordt ze overgeslagen.
reminders-quiet-hours = Stille uren
reminders-quiet-from = Van
reminders-quiet-until = Tot
reminders-save = Herinneringen opslaan
reminders-start-at-login = Limber starten als ik inlog, zodat herinneringen kunnen komen

reminders-problem-time = { $name }: “{ $text }” is geen tijd; typ bijvoorbeeld 22:30.
reminders-problem-days = { $name }: kies minstens één dag.
reminders-problem-lead = { $name }: de minuten vóór bedtijd moeten een geheel getal van 0 tot 720 zijn.
reminders-problem-snooze = De sluimerduur moet een geheel aantal minuten van 1 tot 120 zijn.
reminders-problem-grace = Hoe laat een herinnering nog mag komen, moet een geheel aantal minuten van 0 tot 720 zijn.
reminders-problem-quiet-start = Stille uren: “{ $text }” is geen tijd; typ bijvoorbeeld 22:30.
reminders-problem-quiet-end = Stille uren: “{ $text }” is geen tijd; typ bijvoorbeeld 07:00.
reminders-problem-quiet-same = Stille uren moeten op verschillende tijden beginnen en eindigen.

reminders-night-at-fixed = om { $time }
reminders-night-at-first-use = bij het eerste gebruik na { $time }
reminders-night-every = { $time } is na middernacht en telt daarom voor de nacht ervoor: elke nacht, dus de dag erna { $at }.
reminders-night-some = { $time } is na middernacht en telt daarom voor de nacht ervoor: { $count ->
        [one] de nacht na { $nights }
       *[other] de nachten na { $nights }
    }, dus { $mornings } { $at }.
