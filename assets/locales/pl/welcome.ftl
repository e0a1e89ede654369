# Pierwsze uruchomienie: kilka pytań, potem plan proponowany przez Limber. „Limber” to nazwa marki, bez odmiany.

welcome-step = Krok { $step } z { $steps }
welcome-skip = Pomiń konfigurację

## Each step's heading.

welcome-title-safety = Najpierw bezpieczeństwo
welcome-title-area = Gdzie boli?
welcome-title-health = Czy coś z tego Cię dotyczy?
welcome-title-sleep = Jak zwykle śpisz?
welcome-title-times = Kiedy zwykle śpisz?
welcome-title-plan = Twój plan

## The safety step (the signs that need a professional follow, from the safety guide).

welcome-safety-lead = Witaj. Po kilku krótkich pytaniach Limber zaproponuje plan wieczorny i poranny dla Twoich pleców. Zajmie to około minuty. Najpierw objawy, które wymagają specjalisty:

## Where it hurts.

welcome-area-lower-back = Dolna część pleców
welcome-area-lower-back-hint = Sztywność lub ból w okolicy talii i niżej.
welcome-area-upper-back-neck = Górna część pleców i kark
welcome-area-upper-back-neck-hint = Między łopatkami, barki lub kark.
welcome-area-both = Jedno i drugie
welcome-area-both-hint = Po trochu w obu miejscach.

## Conditions that rule moves out. Each hint says which moves Limber leaves out: keep its meaning exact.

welcome-health-lead = Nie każdy ruch jest dla każdego. Zaznacz, co Cię dotyczy, a Limber pominie te ruchy w Twoich rutynach.
welcome-condition-osteoporosis = Osteoporoza lub kości, które łatwo się łamią
welcome-condition-osteoporosis-hint = Ruchy, które zginają kręgosłup do przodu lub go skręcają, są pomijane.
welcome-condition-surgery = Operacja pleców lub szyi albo złamanie kręgosłupa, po których wciąż dochodzę do siebie
welcome-condition-surgery-hint = Zostają tylko oddychanie, relaksacja i bezpieczne wstawanie, dopóki chirurg lub fizjoterapeuta nie uzna, że można więcej.
welcome-condition-pregnancy = Jestem w ciąży
welcome-condition-pregnancy-hint = Ruchy wykonywane w leżeniu płasko na plecach są pomijane.
welcome-condition-bending = Ból pleców nasila się, gdy pochylam się do przodu
welcome-condition-bending-hint = Ćwiczenie „Kolano do klatki piersiowej” jest pomijane.
welcome-condition-none = Nic z tych rzeczy
welcome-health-hint = Nie masz pewności? Zapytaj lekarza lub fizjoterapeutę. Odpowiedzi możesz później zmienić w Ustawieniach.

## How they sleep (the positions' names are settings.ftl's sleep-position messages).

welcome-sleep-lead = Większość ludzi w nocy zmienia pozycję. Wybierz tę, w której zasypiasz.

## The usual times.

welcome-bedtime = Zwykła pora snu
welcome-wake-time = Zwykła pora wstawania
welcome-days = W które dni?
welcome-morning-cue = Przypominaj mi o porannej rutynie
welcome-cue-after-waking = 15 minut po przebudzeniu
welcome-cue-first-computer-use = Przy pierwszym użyciu komputera

## What is still missing before the person can go on.

welcome-missing-area = Wybierz, gdzie boli.
welcome-missing-health = Zaznacz, co Cię dotyczy, albo „{ welcome-condition-none }”.
welcome-missing-sleep = Wybierz, jak zwykle śpisz.
welcome-missing-bedtime = Wpisz zwykłą porę snu, np. 23:00.
welcome-missing-wake-time = Wpisz zwykłą porę wstawania, np. 07:00.
welcome-missing-days = Wybierz co najmniej jeden dzień.

## The plan.

welcome-plan-lead = Na podstawie Twoich odpowiedzi. Wszystko możesz później zmienić w Ustawieniach.
welcome-plan-routines = Rutyny
welcome-plan-no-reminder = Bez przypomnienia: wykonuj ją zawsze, gdy górna część pleców lub kark są sztywne, na przykład w przerwie.
welcome-plan-sleep = Twoje warunki snu
welcome-plan-sleep-hint = Lista kontrolna na dzisiejszą noc pojawi się przed wieczorną rutyną. Więcej w zakładce Warunki snu.
welcome-start-at-login = Uruchamiaj Limber po zalogowaniu
welcome-start-at-login-hint = Przypomnienia pojawiają się tylko wtedy, gdy Limber działa. Czeka po cichu w zasobniku systemowym.
welcome-preparing = Przygotowywanie planu…

## The buttons.

welcome-accept = Przyjmij ten plan
welcome-change = Zmień odpowiedzi
welcome-understand = Rozumiem
welcome-continue = Dalej
welcome-back = Wstecz
