# Przetłumaczone z assets/locales/en/content-sleep.ftl (generowanego z JSON-a treści). Pola wyboru
# („sleep-tonight-”) w pierwszej osobie, bez form zależnych od rodzaju.

sleep-title = Warunki snu
sleep-intro = To, jak leżysz w nocy, może sprawić, że rano plecy są sztywne. Kilka poduszek we właściwych miejscach często pomaga.
sleep-neutral-spine-title = Cel: neutralne ułożenie kręgosłupa
sleep-neutral-spine-text = Kark i plecy powinny spoczywać bez dużego zgięcia czy skrętu, tak żeby nacisk rozkładał się równomiernie. To ważniejsze niż znalezienie jednej idealnej pozycji. Leżenie na boku jest często najłatwiejszym sposobem, żeby to osiągnąć.

## Sleeping on the side

sleep-position-side-name = Na boku
sleep-position-side-figure-label = Osoba leżąca na boku z poduszką między kolanami, kolana lekko ugięte, obejmuje poduszkę
sleep-position-side-summary = Często najłatwiejsza pozycja dla neutralnego ułożenia kręgosłupa.
sleep-setup-side-knee-pillow-what = Poduszka między kolanami
sleep-setup-side-knee-pillow-why = Utrzymuje biodra na jednym poziomie, więc dolna część pleców się nie skręca.
sleep-setup-side-knees-bent-what = Kolana lekko podciągnięte w stronę klatki piersiowej
sleep-setup-side-knees-bent-why = Lekkie ugięcie odciąża dolną część pleców.
sleep-setup-side-hug-pillow-what = Poduszka do objęcia przed sobą
sleep-setup-side-hug-pillow-why = Nie pozwala, by górny bark i klatka piersiowa opadały do przodu i skręcały górną część pleców.
sleep-setup-side-back-pillow-what = Opcjonalnie: długa poduszka za plecami
sleep-setup-side-back-pillow-why = Jeśli w nocy zdarza Ci się przetaczać na plecy, łagodnie przypomina, żeby zostać na boku.
sleep-setup-side-head-pillow-what = Grubsza poduszka pod głowę
sleep-setup-side-head-pillow-why = Powinna wypełniać przestrzeń między uchem a barkiem, tak żeby głowa była w jednej linii z kręgosłupem.
sleep-note-side-hip-shoulder = Przy problemach z biodrem lub barkiem leżenie na boku może być niewygodne. Jeśli boli, spróbuj leżeć na plecach.
sleep-tonight-side-knee-pillow = Poduszka między moimi kolanami
sleep-tonight-side-hug-pillow = Poduszka do objęcia
sleep-tonight-side-head-pillow = Poduszka pod głowę wypełnia przestrzeń do mojego barku

## Sleeping on the back

sleep-position-back-name = Na plecach
sleep-position-back-figure-label = Osoba leżąca na plecach z poduszką pod kolanami i zwiniętym ręcznikiem pod dolną częścią pleców
sleep-position-back-summary = Dobra pozycja, gdy kolana i dolna część pleców mają podparcie.
sleep-setup-back-knee-pillow-what = Poduszka (lub dwie) pod kolanami
sleep-setup-back-knee-pillow-why = Ugięte kolana zmniejszają nacisk na dolną część pleców.
sleep-setup-back-towel-roll-what = Mała poduszka lub zwinięty ręcznik pod lędźwiami
sleep-setup-back-towel-roll-why = Jeśli pod dolną częścią pleców jest wolna przestrzeń, jej wypełnienie podpiera naturalne wygięcie kręgosłupa.
sleep-setup-back-head-pillow-what = Poduszka pod głowę średniej grubości
sleep-setup-back-head-pillow-why = Powinna podpierać wygięcie szyi. Zbyt wiele poduszek dociska brodę do klatki piersiowej.
sleep-note-back-try-side = Jeśli leżenie na plecach nadal boli, spróbuj na boku z poduszką między kolanami.
sleep-tonight-back-knee-pillow = Poduszka pod moimi kolanami
sleep-tonight-back-towel-roll = Zwinięty ręcznik pod lędźwiami, jeśli jest tam wolna przestrzeń
sleep-tonight-back-head-pillow = Jedna średnia poduszka pod głowę

## Sleeping on the stomach

sleep-position-stomach-name = Na brzuchu
sleep-position-stomach-figure-label = Osoba leżąca na brzuchu z cienką poduszką pod biodrami i cienką poduszką pod głową
sleep-position-stomach-summary = Pozycja najbardziej obciążająca plecy. Jeśli tylko tak możesz zasnąć, złagodź ją.
sleep-setup-stomach-pelvis-pillow-what = Cienka poduszka pod biodrami i podbrzuszem
sleep-setup-stomach-pelvis-pillow-why = Zmniejsza wygięcie w dolnej części pleców.
sleep-setup-stomach-head-pillow-what = Cienka poduszka pod głowę albo żadna
sleep-setup-stomach-head-pillow-why = Gruba poduszka odgina szyję do tyłu. Jeśli używasz dwóch poduszek, odłóż jedną.
sleep-note-stomach-change-habit = Aby zmienić nawyk: zaczynaj noc na boku, obejmując długą poduszkę, albo załóż koszulkę do spania z kieszonką z przodu i włóż do niej piłkę tenisową, żeby przetaczanie się na brzuch było niewygodne.
sleep-tonight-stomach-pelvis-pillow = Cienka poduszka pod moimi biodrami
sleep-tonight-stomach-head-pillow = Cienka poduszka pod głowę albo żadna
sleep-tonight-stomach-body-pillow = Długa poduszka, żeby zacząć na boku

## When the position varies

sleep-varies-name = Różnie
sleep-varies-text = Zmiana pozycji w nocy jest normalna i może pomagać. Przygotuj się do pozycji, w której zaczynasz, i trzymaj zapasową poduszkę w zasięgu ręki, żeby po obróceniu się włożyć ją między kolana lub pod nie.
sleep-tonight-varies-knee-pillow = Zapasowa poduszka pod kolana w zasięgu ręki
sleep-tonight-varies-head-pillow = Poduszka pod głowę trzyma moją głowę w linii z kręgosłupem

## Tips

sleep-tip-try-pillow-heights = Poeksperymentuj z poduszką pod głowę: odrobinę wyższa lub niższa może mieć dla karku naprawdę duże znaczenie.
sleep-tip-change-positions = Zmienianie pozycji w nocy jest w porządku i może zmniejszyć nacisk na zmęczone mięśnie.

## The mattress

sleep-mattress-title = Twój materac
sleep-mattress-signs-worn-title = Oznaki zużycia
sleep-mattress-signs-worn-text = Zapada się lub ugina tam, gdzie leżysz, albo zrobił się nierówny. Zużyty materac pozwala kręgosłupowi wygiąć się z linii.
sleep-mattress-check-6-8-years-title = Sprawdzaj go co 6–8 lat
sleep-mattress-check-6-8-years-text = Oceniaj jego stan co najmniej tak często; może już nie podpierać Cię tak jak kiedyś.
sleep-mattress-firmness-title = Nie za miękki, nie za twardy
sleep-mattress-firmness-text = Zarówno zbyt miękki, jak i zbyt twardy materac może sprawiać ból. Wiele osób z bólem pleców woli średnio twarde, ale najlepszy jest ten, na którym leżysz wygodnie z neutralnie ułożonym kręgosłupem.
sleep-mattress-test-title = Jak go wypróbować
sleep-mattress-test-text = Zdejmij buty i połóż się na kilka minut w swojej zwykłej pozycji do spania. Kręgosłup powinien pozostać tak prosty, jak przy dobrej postawie stojącej. Łóżka u znajomych lub w hotelach to również bezpłatne testy.
sleep-mattress-rotate-topper-title = Jeśli się zapada
sleep-mattress-rotate-topper-text = Regularnie go obracaj albo dołóż nakładkę. Aby sprawdzić, czy twardsze łóżko by pomogło, spróbuj przez kilka nocy spać z materacem na podłodze.
sleep-mattress-new-system-title = Nowe łóżko może pomóc
sleep-mattress-new-system-text = W jednym badaniu prawie 63% osób miało mniejszy ból dolnej części pleców po zmianie na nowy materac i stelaż.
sleep-mattress-not-only-cause-title = Rzadko jedyna przyczyna
sleep-mattress-not-only-cause-text = Zanim kupisz nowy, przyjrzyj się też swoim dniom: długie godziny siedzenia, stres i za mało ruchu często znaczą więcej niż materac.
