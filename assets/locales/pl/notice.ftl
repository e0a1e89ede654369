notice-title = { $routine }: { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }
notice-body-bedtime = Czas się wyciszyć. Twoje plecy Ci podziękują.
notice-body-morning = Zacznij łagodnie, jeszcze w łóżku. Twoje plecy Ci podziękują.
notice-body-anytime = Krótka przerwa dla Twoich pleców. Podziękują Ci za nią.
notice-open = Otwórz Limber
notice-start = Zacznij teraz
notice-snooze = Drzemka { $minutes } min
