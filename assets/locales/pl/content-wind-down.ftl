# Przetłumaczone z assets/locales/en/content-wind-down.ftl. Pola wyboru w pierwszej osobie, bez form
# zależnych od rodzaju (bez czasu przeszłego).

wind-down-title = Zanim zaczniesz
wind-down-intro = Spokojny wieczór pomaga plecom się rozluźnić. Zaznacz, co jest prawdą dziś wieczorem; to nie jest test.
wind-down-usual-bedtime-label = To mniej więcej moja zwykła pora snu
wind-down-usual-bedtime-detail = Ta sama pora każdej nocy, także w weekendy, pomaga ciału wiedzieć, kiedy spać.
wind-down-ready-for-bed-label = Budzik nastawiony, zęby umyte, piżama na sobie
wind-down-ready-for-bed-detail = Te same drobne czynności każdego wieczoru mówią ciału, że dzień się skończył.
wind-down-screens-down-label = Ekrany są przyciemnione lub odłożone
wind-down-screens-down-detail = Mniej jasnego światła z ekranów przed snem ułatwia zasypianie.
wind-down-bed-for-sleep-label = Dziś w łóżku bez telewizji, pracy i czytania
wind-down-bed-for-sleep-detail = Łóżko zostaw do spania: te rzeczy rób gdzie indziej, żeby leżenie oznaczało odpoczynek.
wind-down-no-late-caffeine-label = Dziś wieczorem bez kawy, herbaty i coli
wind-down-no-late-caffeine-detail = Kofeina tuż przed snem nie pozwala zasnąć.
wind-down-light-evening-label = W ostatnich kilku godzinach bez obfitego posiłku i alkoholu
wind-down-light-evening-detail = Ciężkie jedzenie i alkohol późnym wieczorem zaburzają sen.
wind-down-no-hard-exercise-label = W ostatnich kilku godzinach bez forsownego wysiłku
wind-down-no-hard-exercise-detail = Ciężkie treningi zostaw na wcześniejszą porę dnia; łagodne rozciąganie, takie jak to, jest w porządku.
wind-down-cool-dark-room-label = W sypialni jest chłodno, ciemno i cicho
wind-down-cool-dark-room-detail = W zbyt ciepłym lub zbyt jasnym pokoju śpi się gorzej.
wind-down-warm-shower-label = Dziś wieczorem ciepła kąpiel lub prysznic
wind-down-warm-shower-detail = Ciepła woda przed snem może pomóc rozluźnić napięte mięśnie.
