# Przetłumaczone z assets/locales/en/content-exercises.ftl (generowanego z JSON-a treści). Zdania „-spoken”
# czyta głos: bez cyfr i skrótów. „-pace-” to krótkie nazwy pozycji.

## Abdominal bracing

exercise-abdominal-bracing-name = Napinanie brzucha
exercise-abdominal-bracing-summary = Leżąc na plecach, łagodnie napnij mięśnie brzucha i utrzymaj je, nie przestając oddychać, potem rozluźnij.
exercise-abdominal-bracing-spoken = Połóż się na plecach, z ugiętymi kolanami, i łagodnie napnij brzuch. Utrzymaj napięcie, cały czas oddychając, a potem puść.
exercise-abdominal-bracing-step-1 = Połóż się na plecach, kolana ugięte, stopy płasko.
exercise-abdominal-bracing-step-2 = Łagodnie napnij mięśnie wokół brzucha, jakby w oczekiwaniu na lekkie szturchnięcie.
exercise-abdominal-bracing-step-3 = Plecy i biodra pozostają nieruchome: nic nie musi się dociskać ani unosić.
exercise-abdominal-bracing-step-4 = Utrzymaj napięcie, oddychając dalej, potem całkowicie puść.
exercise-abdominal-bracing-breathing = Podczas utrzymywania oddychaj normalnie; nie wstrzymuj oddechu.
exercise-abdominal-bracing-pace-brace = napnij
exercise-abdominal-bracing-pace-relax = rozluźnij

## Cat-cow

exercise-cat-cow-name = Koci grzbiet
exercise-cat-cow-summary = Powoli wyginaj i zaokrąglaj plecy w rytmie oddechu.
exercise-cat-cow-spoken = W klęku podpartym pozwól brzuchowi opaść przy wdechu, a przy wydechu zaokrąglij plecy. Ruszaj się tylko tak daleko, jak jest wygodnie.
exercise-cat-cow-step-1 = Zacznij w klęku podpartym: dłonie pod barkami, kolana pod biodrami.
exercise-cat-cow-step-2 = Zrób wdech i pozwól brzuchowi opaść, unosząc klatkę piersiową i kość ogonową.
exercise-cat-cow-step-3 = Zrób wydech i zaokrąglij plecy w górę, w stronę sufitu, przyciągając brodę do piersi.
exercise-cat-cow-step-4 = Ruch ma być powolny i płynny, nigdy sprężynujący.
exercise-cat-cow-step-5 = Ruszaj się tylko tak daleko, jak jest wygodnie.
exercise-cat-cow-breathing = Wdech przy wyginaniu, wydech przy zaokrąglaniu.
exercise-cat-cow-pace-cow = plecy w dół
exercise-cat-cow-pace-cat = koci grzbiet

## Slow belly breathing

exercise-diaphragmatic-breathing-name = Powolne oddychanie brzuchem
exercise-diaphragmatic-breathing-summary = Oddychaj powoli do brzucha: wdech na 5, wydech na 5.
exercise-diaphragmatic-breathing-spoken = Połóż dłoń na brzuchu i zrób wdech nosem, tak żeby brzuch się uniósł. Powoli zrób wydech i pozwól mu opaść.
exercise-diaphragmatic-breathing-step-1 = Połóż się na plecach z ugiętymi kolanami albo na boku, jeśli tak jest łatwiej.
exercise-diaphragmatic-breathing-step-2 = Połóż jedną dłoń na klatce piersiowej, a drugą na brzuchu.
exercise-diaphragmatic-breathing-step-3 = Zrób wdech nosem tak, żeby brzuch się uniósł, a klatka piersiowa pozostała nieruchoma.
exercise-diaphragmatic-breathing-step-4 = Powoli zrób wydech i pozwól brzuchowi opaść.
exercise-diaphragmatic-breathing-breathing = Wdech nosem przez około pięć sekund, wydech przez około pięć, bez przerw i bez wstrzymywania oddechu.
exercise-diaphragmatic-breathing-pace-breathe-in = wdech
exercise-diaphragmatic-breathing-pace-breathe-out = wydech

## Head tilt

exercise-head-tilt-name = Skłon głowy w bok
exercise-head-tilt-summary = Siedząc prosto, przechyl głowę uchem w stronę barku i przytrzymaj.
exercise-head-tilt-spoken = Usiądź prosto i powoli przechyl głowę uchem w stronę barku, tylko do łagodnego rozciągnięcia. Potem wróć głową do środka.
exercise-head-tilt-step-1 = Usiądź prosto, barki rozluźnione i opuszczone.
exercise-head-tilt-step-2 = Powoli przechyl głowę tak, żeby ucho zbliżało się do barku po tej samej stronie.
exercise-head-tilt-step-3 = Zatrzymaj się, gdy poczujesz łagodne rozciąganie wzdłuż boku szyi.
exercise-head-tilt-step-4 = Przytrzymaj, potem wróć głową do środka.
exercise-head-tilt-breathing = Oddychaj powoli i z każdym wydechem pozwól barkom opaść.
exercise-head-tilt-pace-tilt = przechyl
exercise-head-tilt-pace-hold = przytrzymaj
exercise-head-tilt-pace-return = wróć

## Knee-to-chest

exercise-knee-to-chest-name = Kolano do klatki piersiowej
exercise-knee-to-chest-summary = Leżąc na plecach, przyciągnij jedno kolano do klatki piersiowej i przytrzymaj.
exercise-knee-to-chest-spoken = Leżąc na plecach, chwyć jedno kolano obiema rękami i łagodnie przyciągnij je do klatki piersiowej. Rozciąganie ma być delikatne, nigdy ostre.
exercise-knee-to-chest-step-1 = Połóż się na plecach, oba kolana ugięte, stopy płasko.
exercise-knee-to-chest-step-2 = Unieś jedno kolano i przytrzymaj je obiema rękami za udem lub na goleni.
exercise-knee-to-chest-step-3 = Łagodnie przyciągaj je do klatki piersiowej, aż poczujesz delikatne rozciąganie w dolnej części pleców.
exercise-knee-to-chest-step-4 = Druga stopa spoczywa swobodnie na łóżku lub podłodze.
exercise-knee-to-chest-step-5 = Przed zmianą strony powoli opuść nogę.
exercise-knee-to-chest-breathing = Oddychaj powoli i z każdym wydechem pozwól plecom się rozluźnić.
exercise-knee-to-chest-pace-draw-in = przyciągnij
exercise-knee-to-chest-pace-hold = przytrzymaj

## Getting up safely

exercise-log-roll-name = Bezpieczne wstawanie
exercise-log-roll-summary = Obróć się na bok, odepchnij się rękami, opuść nogi i powoli wstań. Wieczorem zrób to w odwrotnej kolejności.
exercise-log-roll-spoken = Obróć się na bok całym ciałem naraz, odepchnij się rękami i pozwól nogom zsunąć się w dół. Posiedź chwilę, potem powoli wstań.
exercise-log-roll-step-1 = Ugnij kolana i obróć się na bok całym ciałem naraz, bez skręcania.
exercise-log-roll-step-2 = Odepchnij się rękami do siadu.
exercise-log-roll-step-3 = Unosząc się, pozwól nogom zsunąć się poza krawędź łóżka.
exercise-log-roll-step-4 = Posiedź chwilę, potem powoli wstań.
exercise-log-roll-step-5 = Aby położyć się wieczorem, zrób to odwrotnie: usiądź, opuść się na bok, potem obróć się na plecy.
exercise-log-roll-breathing = Zrób wydech, gdy się odpychasz.
exercise-log-roll-pace-roll = obróć się
exercise-log-roll-pace-push-up = odepchnij się
exercise-log-roll-pace-swing-legs = nogi w dół
exercise-log-roll-pace-stand = wstań

## Open book

exercise-open-book-name = Otwarta książka
exercise-open-book-summary = Leżąc na boku, otwórz górną rękę jak książkę, potem ją zamknij.
exercise-open-book-spoken = Połóż się na boku, kolana razem, ręce wyciągnięte przed sobą. Przy wdechu otwórz górną rękę w górę i na drugą stronę, a przy wydechu ją zamknij.
exercise-open-book-step-1 = Połóż się na boku z ugiętymi kolanami, ręce wyprostowane przed sobą, dłonie złączone.
exercise-open-book-step-2 = Kolana pozostają razem i spoczywają na podłodze.
exercise-open-book-step-3 = Unieś górną rękę i otwórz ją w górę i na drugą stronę, obracając klatkę piersiową w stronę sufitu.
exercise-open-book-step-4 = Wodź wzrokiem za dłonią i zostań tak na jeden powolny oddech.
exercise-open-book-step-5 = Powoli przenieś rękę z powrotem, żeby zamknąć książkę.
exercise-open-book-breathing = Wdech przy otwieraniu. Zostań tak na jeden spokojny oddech, wydech i wdech, potem wydech przy zamykaniu. Nigdy nie wstrzymuj oddechu.
exercise-open-book-pace-open = otwórz
exercise-open-book-pace-hold = przytrzymaj
exercise-open-book-pace-close = zamknij

## Knee plank

exercise-plank-knees-name = Deska na kolanach
exercise-plank-knees-summary = Łatwiejsza deska: na przedramionach utrzymaj prostą linię od głowy do kolan.
exercise-plank-knees-spoken = Oprzyj się na przedramionach i kolanach i unieś biodra, tak żeby ciało tworzyło prostą linię od głowy do kolan. Oddychaj spokojnie i równo.
exercise-plank-knees-step-1 = Połóż się na brzuchu i oprzyj na przedramionach, łokcie pod barkami.
exercise-plank-knees-step-2 = Kolana zostają na podłodze, unieś biodra.
exercise-plank-knees-step-3 = Utwórz prostą linię od głowy do kolan.
exercise-plank-knees-step-4 = Gdy czas minie, ostrożnie opuść się na podłogę.
exercise-plank-knees-breathing = Przez cały czas oddychaj równo.

## Plank

exercise-plank-name = Deska
exercise-plank-summary = Utrzymaj ciało w prostej linii, opierając się na przedramionach i palcach stóp.
exercise-plank-spoken = Oprzyj się na przedramionach i palcach stóp i utrzymaj ciało w prostej linii, biodra ani nie opadają, ani się nie unoszą. Oddychaj spokojnie i równo.
exercise-plank-step-1 = Połóż się na brzuchu i oprzyj na przedramionach, łokcie pod barkami.
exercise-plank-step-2 = Unieś biodra tak, żeby ciało tworzyło prostą linię od głowy do pięt.
exercise-plank-step-3 = Brzuch lekko napięty; nie pozwól biodrom opadać ani się unosić.
exercise-plank-step-4 = Gdy czas minie, ostrożnie opuść się na podłogę.
exercise-plank-breathing = Przez cały czas oddychaj równo.

## Progressive muscle relaxation

exercise-progressive-muscle-relaxation-name = Progresywna relaksacja mięśni
exercise-progressive-muscle-relaxation-summary = Łagodnie napnij jedną część ciała, potem ją rozluźnij, od stóp aż do twarzy.
exercise-progressive-muscle-relaxation-spoken = Przy wdechu łagodnie napnij jedną część ciała, a przy wydechu ją rozluźnij. Zacznij od stóp i przesuwaj się w górę, aż do twarzy.
exercise-progressive-muscle-relaxation-step-1 = Połóż się wygodnie i, jeśli chcesz, zamknij oczy.
exercise-progressive-muscle-relaxation-step-2 = Zacznij od stóp: łagodnie napnij je na około pięć sekund.
exercise-progressive-muscle-relaxation-step-3 = Puść wszystko naraz i poczuj, jak mięśnie miękną.
exercise-progressive-muscle-relaxation-step-4 = Przejdź wyżej: nogi, biodra, brzuch, dłonie i barki, twarz, po kolei.
exercise-progressive-muscle-relaxation-breathing = Wdech przy napinaniu, powolny wydech przy rozluźnianiu.
exercise-progressive-muscle-relaxation-pace-tense = napnij
exercise-progressive-muscle-relaxation-pace-release = rozluźnij

## Scapular clocks

exercise-scapular-clocks-name = Zegar łopatkowy
exercise-scapular-clocks-summary = Powoli prowadź jedną łopatkę po tarczy zegara: w górę, do tyłu, w dół i do przodu.
exercise-scapular-clocks-spoken = Usiądź lub stań prosto i powoli prowadź jedną łopatkę po okręgu: w górę, do tyłu, w dół i do przodu. Okrąg ma być mały i swobodny.
exercise-scapular-clocks-step-1 = Stań lub usiądź prosto, ręce zwisają luźno.
exercise-scapular-clocks-step-2 = Unieś jeden bark w stronę ucha.
exercise-scapular-clocks-step-3 = Przesuń go do tyłu, potem w dół, potem do przodu, jakby rysując okrąg.
exercise-scapular-clocks-step-4 = Reszta ciała pozostaje nieruchoma, a ruch powolny.
exercise-scapular-clocks-breathing = Oddychaj równo; nie wstrzymuj oddechu.
exercise-scapular-clocks-pace-up = w górę
exercise-scapular-clocks-pace-back = do tyłu
exercise-scapular-clocks-pace-down = w dół
exercise-scapular-clocks-pace-forward = do przodu

## Shoulder rows

exercise-shoulder-rows-name = Wiosłowanie barkami
exercise-shoulder-rows-summary = Cofnij łokcie i ściągnij łopatki do siebie, potem rozluźnij.
exercise-shoulder-rows-spoken = Usiądź lub stań prosto i przy wydechu cofnij łokcie, ściągając łopatki do siebie. Przy wdechu powoli rozluźnij.
exercise-shoulder-rows-step-1 = Usiądź lub stań prosto, ręce ugięte przy bokach.
exercise-shoulder-rows-step-2 = Cofnij łokcie, jakby wiosłując łodzią.
exercise-shoulder-rows-step-3 = Ściągnij łopatki do siebie i w dół.
exercise-shoulder-rows-step-4 = Powoli wróć do pozycji wyjściowej.
exercise-shoulder-rows-breathing = Wydech przy cofaniu łokci, wdech przy rozluźnianiu.
exercise-shoulder-rows-pace-pull = cofnij
exercise-shoulder-rows-pace-hold = przytrzymaj
exercise-shoulder-rows-pace-release = rozluźnij

## Supine knee twist

exercise-supine-knee-twist-name = Skręt kolan w leżeniu
exercise-supine-knee-twist-summary = Leżąc na plecach z ugiętymi kolanami, opuść oba kolana na jedną stronę, potem na drugą.
exercise-supine-knee-twist-spoken = Leżąc na plecach z ugiętymi kolanami, przy wydechu powoli opuść oba kolana na jedną stronę. Przy wdechu wróć nimi do środka.
exercise-supine-knee-twist-step-1 = Połóż się na plecach, kolana ugięte, stopy płasko, ręce rozłożone na boki.
exercise-supine-knee-twist-step-2 = Trzymaj kolana razem i powoli opuść je na jedną stronę.
exercise-supine-knee-twist-step-3 = Oba barki spoczywają na podłożu; zostań tak na jeden oddech.
exercise-supine-knee-twist-step-4 = Wróć kolanami do środka, potem opuść je na drugą stronę.
exercise-supine-knee-twist-breathing = Wydech, gdy kolana opadają, jeden spokojny oddech w tej pozycji, wdech przy powrocie.
exercise-supine-knee-twist-pace-lower = opuść
exercise-supine-knee-twist-pace-hold = przytrzymaj
exercise-supine-knee-twist-pace-return = wróć
