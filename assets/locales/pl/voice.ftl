# Trener głosowy: uwaga w Ustawieniach, Dźwięk, gdy trener nie mówi w wybranym języku, oraz stałe zwroty
# trenera, które scripts/voice.py zamienia na nagrania (nazwy i zdania ćwiczeń są w content-exercises.ftl).
# Krótkie, spokojne, do słuchania.

sound-voice-not-in-language = Trener głosowy nie mówi jeszcze po polsku, więc ćwiczeniom towarzyszą tylko dźwięki, niezależnie od tego, co tu wybierzesz.

voice-number-1 = Jeden
voice-number-2 = Dwa
voice-number-3 = Trzy
voice-number-4 = Cztery
voice-number-5 = Pięć
voice-number-6 = Sześć
voice-number-7 = Siedem
voice-number-8 = Osiem
voice-number-9 = Dziewięć
voice-number-10 = Dziesięć
voice-number-11 = Jedenaście
voice-number-12 = Dwanaście
voice-number-13 = Trzynaście
voice-number-14 = Czternaście
voice-number-15 = Piętnaście
voice-number-16 = Szesnaście
voice-number-17 = Siedemnaście
voice-number-18 = Osiemnaście
voice-number-19 = Dziewiętnaście
voice-number-20 = Dwadzieścia

voice-switch-sides = Zmień stronę.
voice-rest = Odpoczynek.
voice-halfway = Jesteś w połowie.
voice-last-one = Ostatnie powtórzenie.
voice-well-done = Dobra robota.
voice-breathe-in = Wdech.
voice-breathe-out = Wydech.
voice-sample = Cześć. To jest głos, który poprowadzi cię przez ćwiczenia.
