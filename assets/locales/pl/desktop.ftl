# Pozycja w menu i opis w centrum oprogramowania; scripts/desktop-l10n.mjs zapisuje oba z tych tekstów.

desktop-generic-name = Rutyny dla pleców
desktop-comment = Łagodne rutyny dla pleców na wieczór i na rano
desktop-keywords = plecy;ból pleców;ból;sztywność;rozciąganie;mobilność;sen;wieczór;wyciszenie;rano;rutyna;ćwiczenia;
desktop-action-bedtime = Rozpocznij wieczorne wyciszenie
desktop-action-morning = Rozpocznij poranną rutynę ruchową

appstream-summary = Łagodne rutyny wieczorne i poranne dla sztywnych pleców
appstream-intro =
    Limber prowadzi Cię przez spokojne wyciszenie przed snem i krótką rutynę ruchową po przebudzeniu, gdy plecy
    są sztywne lub obolałe. Każde ćwiczenie ma minutnik, prostą ilustrację i delikatne sygnały dźwiękowe, więc
    możesz ćwiczyć nawet przy przyciemnionym ekranie.
appstream-feature-bedtime = Wieczorne wyciszenie z powolnym oddychaniem i łagodnym rozciąganiem, na podłodze lub w łóżku
# Safety text; back-translation into English: "A few minutes of morning movement that starts while still in bed, and a safe way of getting up"
appstream-feature-morning = Kilka minut porannego ruchu, który zaczyna się jeszcze w łóżku, i bezpieczny sposób wstawania
appstream-feature-reminders = Przypomnienia, które przychodzą o czasie mimo zmiany strefy czasowej i przestawiania zegarów
appstream-feature-journal = Dziennik bólu i snu, serie i cele tygodniowe, żeby widzieć, co pomaga
appstream-feature-advice = Porady dotyczące pozycji do spania, poduszek i materaców
# Safety text; back-translation into English: "Limber looks after privacy: it works offline and stores your data on your computer. This is not medical advice; Limber tells you when to go to a specialist."
appstream-privacy =
    Limber dba o prywatność: działa offline i przechowuje Twoje dane na Twoim komputerze. To nie jest porada
    medyczna; Limber mówi Ci, kiedy zgłosić się do specjalisty.
appstream-keywords = ból pleców;rozciąganie;mobilność;wieczór;sen;rutyna
