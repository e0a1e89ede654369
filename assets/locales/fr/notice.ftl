notice-title = { $routine } : { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
notice-body-bedtime = C'est l'heure de vous détendre. Votre dos vous remerciera.
notice-body-morning = Commencez en douceur, directement au lit. Votre dos vous remerciera.
notice-body-anytime = Une courte pause pour votre dos. Il vous remerciera.
notice-open = Ouvrir Limber
notice-start = Commencer
notice-snooze = Rappeler dans { $minutes } min
