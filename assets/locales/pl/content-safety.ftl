# Przetłumaczone z assets/locales/en/content-safety.ftl (generowanego z JSON-a treści). Każdy komunikat to tekst
# bezpieczeństwa: to samo znaczenie, nie mocniej i nie słabiej. Tłumaczenie zwrotne: back/content-safety.ftl.

## Cautions of Abdominal bracing

exercise-abdominal-bracing-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-abdominal-bracing-caution-2 = Napinaj łagodnie, dużo słabiej niż z pełną siłą.
exercise-abdominal-bracing-caution-3 = Jeśli jesteś w ciąży, pomiń to ćwiczenie: wykonuje się je w leżeniu płasko na plecach, a w tej pozycji najlepiej przebywać krótko, zwłaszcza po 16. tygodniu.
exercise-abdominal-bracing-caution-4 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Cat-cow

exercise-cat-cow-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-cat-cow-caution-2 = Jeśli klęczenie boli, podłóż pod kolana złożony ręcznik.
exercise-cat-cow-caution-3 = Jeśli pochylanie się do przodu nasila ból, zaokrąglaj plecy tylko trochę.
exercise-cat-cow-caution-4 = Pomiń to ćwiczenie, jeśli masz osteoporozę: zaokrąglanie pleców zgina kręgosłup do przodu.
exercise-cat-cow-caution-5 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Slow belly breathing

exercise-diaphragmatic-breathing-caution-1 = Przerwij, jeśli ból się nasila.
exercise-diaphragmatic-breathing-caution-2 = Jeśli czujesz lekkie zawroty głowy, przez chwilę oddychaj normalnie.
exercise-diaphragmatic-breathing-caution-3 = Jeśli jesteś w ciąży, połóż się na boku zamiast płasko na plecach.

## Cautions of Head tilt

exercise-head-tilt-caution-1 = Przerwij, jeśli ból się nasila, jeśli masz zawroty głowy albo jeśli mrowienie, drętwienie lub osłabienie schodzi wzdłuż ręki.
exercise-head-tilt-caution-2 = Przechylaj głowę tylko na tyle, na ile jest to wygodne; nie ciągnij jej ręką.
exercise-head-tilt-caution-3 = Po niedawnej operacji lub złamaniu w obrębie szyi lub pleców pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Knee-to-chest

exercise-knee-to-chest-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-knee-to-chest-caution-2 = Przyciągaj łagodnie; rozciąganie powinno być delikatne, nigdy ostre.
exercise-knee-to-chest-caution-3 = Pomiń to ćwiczenie, jeśli masz osteoporozę: obejmowanie kolana zgina kręgosłup do przodu, co może zwiększać ryzyko złamania kręgosłupa.
exercise-knee-to-chest-caution-4 = Pomiń to ćwiczenie, jeśli pochylanie się do przodu nasila ból pleców.
exercise-knee-to-chest-caution-5 = Jeśli jesteś w ciąży, pomiń to ćwiczenie: wykonuje się je w leżeniu płasko na plecach.
exercise-knee-to-chest-caution-6 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Getting up safely

exercise-log-roll-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-log-roll-caution-2 = Jeśli przed wstaniem masz zawroty głowy, posiedź jeszcze chwilę.
exercise-log-roll-caution-3 = Kładąc się do łóżka lub wstając z niego, nie zginaj się w pasie do przodu i nie ruszaj się gwałtownie.

## Cautions of Open book

exercise-open-book-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi albo jeśli mrowienie schodzi wzdłuż ręki.
exercise-open-book-caution-2 = Otwieraj się tylko na tyle, na ile pozwala bark; ręka nie musi dotykać podłogi.
exercise-open-book-caution-3 = Pomiń to ćwiczenie, jeśli masz osteoporozę: skręca ono kręgosłup.
exercise-open-book-caution-4 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Knee plank

exercise-plank-knees-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-plank-knees-caution-2 = Jeśli kolana bolą, podłóż pod nie złożony ręcznik.
exercise-plank-knees-caution-3 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Plank

exercise-plank-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-plank-caution-2 = Zacznij od krótkich przytrzymań i stopniowo je wydłużaj; jeśli to za dużo, wykonuj wersję na kolanach.
exercise-plank-caution-3 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Progressive muscle relaxation

exercise-progressive-muscle-relaxation-caution-1 = Przerwij, jeśli ból się nasila.
exercise-progressive-muscle-relaxation-caution-2 = Napinaj łagodnie; pomiń każdą część ciała, która boli.
exercise-progressive-muscle-relaxation-caution-3 = Jeśli jesteś w ciąży, połóż się na boku zamiast płasko na plecach.

## Cautions of Scapular clocks

exercise-scapular-clocks-caution-1 = Przerwij, jeśli ból się nasila albo jeśli mrowienie, drętwienie lub osłabienie schodzi wzdłuż ręki.
exercise-scapular-clocks-caution-2 = Jeśli w barku coś klika lub bark pobolewa, zataczaj małe koła.
exercise-scapular-clocks-caution-3 = Po niedawnej operacji lub złamaniu w obrębie szyi lub pleców pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Shoulder rows

exercise-shoulder-rows-caution-1 = Przerwij, jeśli ból się nasila albo jeśli mrowienie, drętwienie lub osłabienie schodzi wzdłuż ręki.
exercise-shoulder-rows-caution-2 = Trzymaj kark rozluźniony, a barki z dala od uszu.
exercise-shoulder-rows-caution-3 = Po niedawnej operacji lub złamaniu w obrębie szyi lub pleców pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## Cautions of Supine knee twist

exercise-supine-knee-twist-caution-1 = Przerwij, jeśli ból się nasila lub promieniuje do nogi.
exercise-supine-knee-twist-caution-2 = Opuszczaj kolana tylko na tyle, na ile jest to wygodne; nie muszą dotykać podłoża.
exercise-supine-knee-twist-caution-3 = Pomiń to ćwiczenie, jeśli masz osteoporozę: skręca ono kręgosłup.
exercise-supine-knee-twist-caution-4 = Jeśli jesteś w ciąży, pomiń to ćwiczenie: wykonuje się je w leżeniu płasko na plecach.
exercise-supine-knee-twist-caution-5 = Po niedawnej operacji pleców lub złamaniu kręgosłupa pomiń to ćwiczenie, dopóki chirurg lub fizjoterapeuta nie powie, że można.

## The safety guide

safety-title = Najpierw bezpieczeństwo
safety-intro = Limber prowadzi przez łagodny ruch. Nie potrafi stwierdzić, co powoduje Twój ból. Większość bólów pleców nie jest niczym poważnym, ale niektóre objawy wymagają specjalisty, a kilka z nich nie może czekać.
safety-level-get-help-now-heading = Szukaj pomocy od razu
# 112 na pierwszym miejscu (numer alarmowy w Polsce i w całej UE); pozostałe numery jak w źródle.
safety-level-get-help-now-action = Jeśli bolą Cię plecy i występuje którykolwiek z tych objawów, zadzwoń pod numer alarmowy (112 w Europie, 999 w Wielkiej Brytanii, 911 w USA i Kanadzie) albo jeszcze dziś zgłoś się do placówki pilnej pomocy medycznej lub do swojego lekarza. Nie czekaj, aż przejdzie, i nie kontynuuj rutyny.
safety-sign-bladder-bowel = Nowe problemy z oddawaniem moczu albo brak kontroli nad pęcherzem lub jelitami.
safety-sign-numb-saddle = Drętwienie, mrowienie lub uczucie kłucia szpilkami w okolicy narządów płciowych, pośladków lub wewnętrznej strony ud.
safety-sign-both-legs = Osłabienie, drętwienie lub mrowienie w obu nogach albo nogi, które stają się coraz słabsze.
safety-sign-after-fall = Ból zaczął się po upadku, uderzeniu w plecy lub wypadku.
safety-sign-chest-pain = Ból w klatce piersiowej razem z bólem pleców.
safety-sign-fever-unwell = Wysoka temperatura albo uczucie gorąca, dreszcze lub bardzo złe samopoczucie.
safety-sign-belly-throbbing = Pulsujący lub tętniący ból brzucha.
safety-level-see-someone-soon-heading = Wkrótce zgłoś się do lekarza lub fizjoterapeuty
safety-level-see-someone-soon-action = Umów wizytę w ciągu najbliższych kilku dni, jeśli którykolwiek z tych objawów Cię dotyczy. Do tego czasu nadal ruszaj się łagodnie i przerwij wszystko, co nasila ból.
safety-sign-lasts-weeks = Ból trwa dłużej niż kilka tygodni, mimo że zajmujesz się nim w domu.
safety-sign-severe-or-worsening = Ból jest silny albo ciągle się nasila.
safety-sign-night-pain = Ból jest silniejszy w nocy lub w pozycji leżącej albo budzi Cię ze snu.
safety-sign-legs-numb-tingling-weak = Drętwienie, mrowienie lub osłabienie w jednej nodze albo ból, który promieniuje poniżej kolana.
safety-sign-weight-loss = Tracisz na wadze i nie potrafisz wyjaśnić dlaczego.
safety-sign-swelling = Obrzęk lub zaczerwienienie na plecach.
safety-sign-wraps-around = Ból obejmuje bok, jak opaska wokół ciała.
safety-sign-nausea = Bólowi towarzyszą nudności lub wymioty.
safety-sign-daily-life = Przez ból trudno przetrwać zwykły dzień.
safety-stop-if-worse = Przerwij każde ćwiczenie, które nasila ból. Poruszaj się powoli, bez sprężynowania, i cały czas oddychaj normalnie.
safety-not-medical-advice = Limber nie jest poradą medyczną i nie zastępuje pracownika ochrony zdrowia. Proponuje ogólne, łagodne rutyny i wskazówki dotyczące snu.
safety-stiff-mornings-ease = Sztywność tuż po przebudzeniu jest powszechna i często ustępuje, gdy zaczniesz się ruszać.
safety-keep-a-journal = Codzienne zapisywanie bólu i snu pomaga Tobie i każdemu, kto Cię leczy, zobaczyć, co ma wpływ.
