notice-title = { $routine }: { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }
notice-body-bedtime = È ora di rilassarsi. La tua schiena ti ringrazierà.
notice-body-morning = Inizia con calma, direttamente a letto. La tua schiena ti ringrazierà.
notice-body-anytime = Una breve pausa per la tua schiena. Ti ringrazierà.
notice-open = Apri Limber
notice-start = Inizia ora
notice-snooze = Posticipa di { $minutes } min
