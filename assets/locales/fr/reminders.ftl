reminders-heading = Rappels
reminders-paused = Les rappels sont en pause pour aujourd'hui.
reminders-next = Prochain rappel : { $routine }, { $when }.
reminders-none-on = Aucun rappel n'est activé.
reminders-saved-next = Enregistré. Prochain rappel : { $routine }, { $when }.
reminders-saved-none = Enregistré. Aucun rappel n'est activé.
reminders-pause-today = Mettre les rappels en pause pour aujourd'hui
reminders-resume-today = Reprendre les rappels aujourd'hui
reminders-routine-done-today = Faite aujourd'hui.
reminders-routine-next = Prochain : { $when }.

reminders-remind-me = Me le rappeler
reminders-remind-me-about = Me rappeler { $name }
reminders-when = Quand
reminders-when-for = Quand me rappeler { $name }
reminders-kind-bedtime = Avant mon coucher
reminders-kind-fixed = À une heure fixe
reminders-kind-first-use = À ma première utilisation de l'ordinateur après
reminders-time-bedtime = Heure du coucher
reminders-time-bedtime-for = Heure du coucher pour { $name }
reminders-time-fixed = Heure
reminders-time-fixed-for = Heure pour { $name }
reminders-time-after = Après
reminders-time-after-for = Après (heure) pour { $name }
reminders-lead = Minutes avant le coucher
reminders-lead-for = Minutes avant le coucher pour { $name }
reminders-days = Jours
reminders-days-for = Jours pour { $name }
reminders-day-for = { $day } pour { $name }

reminders-shared-legend = Pour tous les rappels
reminders-grace = Me rappeler quand même jusqu'à ce nombre de minutes de retard
reminders-snooze = Durée du report en minutes
reminders-grace-hint = Un rappel manqué pendant la veille de l'ordinateur arrive au réveil s'il n'a pas plus de retard que cela ; sinon, il est ignoré.
reminders-quiet-hours = Heures de silence
reminders-quiet-from = De
reminders-quiet-until = Jusqu'à
reminders-save = Enregistrer les rappels
reminders-start-at-login = Lancer Limber à l'ouverture de session, pour que les rappels puissent arriver

reminders-problem-time = { $name } : « { $text } » n'est pas une heure ; tapez-la comme ceci : 22:30.
reminders-problem-days = { $name } : choisissez au moins un jour.
reminders-problem-lead = { $name } : les minutes avant le coucher doivent être un nombre entier de 0 à 720.
reminders-problem-snooze = La durée du report doit être un nombre entier de minutes de 1 à 120.
reminders-problem-grace = Le retard maximal d'un rappel doit être un nombre entier de minutes de 0 à 720.
reminders-problem-quiet-start = Heures de silence : « { $text } » n'est pas une heure ; tapez-la comme ceci : 22:30.
reminders-problem-quiet-end = Heures de silence : « { $text } » n'est pas une heure ; tapez-la comme ceci : 07:00.
reminders-problem-quiet-same = Les heures de silence doivent commencer et finir à des heures différentes.

reminders-night-at-fixed = à { $time }
reminders-night-at-first-use = à la première utilisation après { $time }
reminders-night-every = { $time } est après minuit et compte donc pour la nuit précédente : chaque nuit, soit le lendemain matin { $at }.
reminders-night-some = { $time } est après minuit et compte donc pour la nuit précédente : { $count ->
        [one] la nuit de { $nights }
       *[other] les nuits de { $nights }
    }, soit { $mornings } { $at }.
