notice-title = { $routine }: { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
notice-body-bedtime = Es hora de relajarse. Tu espalda te lo agradecerá.
notice-body-morning = Empieza con calma, ahí mismo en la cama. Tu espalda te lo agradecerá.
notice-body-anytime = Una pausa breve para tu espalda. Te lo agradecerá.
notice-open = Abrir Limber
notice-start = Empezar ahora
notice-snooze = Posponer { $minutes } min
