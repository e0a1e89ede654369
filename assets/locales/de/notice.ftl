notice-title = { $routine }: { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
notice-body-bedtime = Zeit, zur Ruhe zu kommen. Dein Rücken wird es dir danken.
notice-body-morning = Fang sanft an, gleich im Bett. Dein Rücken wird es dir danken.
notice-body-anytime = Eine kurze Pause für deinen Rücken. Er wird es dir danken.
notice-open = Limber öffnen
notice-start = Jetzt starten
notice-snooze = In { $minutes } Min. erinnern
