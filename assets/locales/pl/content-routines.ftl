# Przetłumaczone z assets/locales/en/content-routines.ftl (generowanego z JSON-a treści).

## Bedtime wind-down

routine-bedtime-wind-down-name = Wieczorne wyciszenie
routine-bedtime-wind-down-copy-name = Moje wieczorne wyciszenie
routine-bedtime-wind-down-description = Około dziesięciu minut powolnego oddychania, łagodnego rozciągania i relaksacji, żeby uspokoić plecy przed snem. Przyciemnij ekran i ćwicz na podłodze lub w łóżku.

## Morning mobility

routine-morning-mobility-name = Poranna rutyna ruchowa
routine-morning-mobility-copy-name = Moja poranna rutyna ruchowa
routine-morning-mobility-description = Kilka łagodnych ruchów w łóżku na poranną sztywność, bezpieczny sposób wstawania, a potem koci grzbiet i otwarta książka na podłodze lub na twardym łóżku. Nie spiesz się: po nocy bez ruchu stawy są często sztywne.

## 2-minute reset

routine-two-minute-reset-name = Dwuminutowy reset
routine-two-minute-reset-copy-name = Mój dwuminutowy reset
routine-two-minute-reset-description = Szybka przerwa dla pleców: kilka powolnych oddechów i łatwych ruchów, gdy zbyt długo trwasz w bezruchu.

## Upper back and neck release

routine-upper-back-neck-name = Rozluźnienie górnej części pleców i karku
routine-upper-back-neck-copy-name = Rozluźnienie górnej części pleców i karku (moja wersja)
routine-upper-back-neck-description = Rozluźnij sztywną górną część pleców i kark powolnymi ruchami, które możesz wykonać w domu lub w przerwie.
