notice-title = { $routine }: { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
notice-body-bedtime = Tijd om tot rust te komen. Je rug zal je dankbaar zijn.
notice-body-morning = Begin rustig, gewoon in bed. Je rug zal je dankbaar zijn.
notice-body-anytime = Een korte pauze voor je rug. Hij zal je dankbaar zijn.
notice-open = Limber openen
notice-start = Nu starten
notice-snooze = Sluimer { $minutes } min
