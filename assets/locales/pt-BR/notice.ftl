notice-title = { $routine }: { $minutes ->
        [0] { $minutes } minutos
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
notice-body-bedtime = Hora de relaxar. Suas costas vão agradecer.
notice-body-morning = Comece com calma, aí mesmo na cama. Suas costas vão agradecer.
notice-body-anytime = Uma pausa curta para suas costas. Elas vão agradecer.
notice-open = Abrir o Limber
notice-start = Começar agora
notice-snooze = Adiar { $minutes } min
