# Co jest nie tak z rutyną: w edytorze obok pola i przy imporcie pliku. Krótko i prosto.

rule-id-not-kebab = Identyfikator rutyny („{ $id }”) musi się składać ze słów pisanych małymi literami, połączonych łącznikami.
rule-id-too-long = Identyfikator rutyny jest za długi (limit znaków: { $max }).
rule-empty = { $field ->
        [name] Nadaj rutynie nazwę.
       *[description] Napisz krótki opis.
    }
rule-too-long = { $field ->
        [name] Nazwa jest za długa (znaki: { $got }, limit: { $max }).
       *[description] Opis jest za długi (znaki: { $got }, limit: { $max }).
    }
rule-control-characters = { $field ->
        [name] Nazwa nie może zawierać tabulatorów ani podziałów wiersza.
       *[description] Opis nie może zawierać tabulatorów ani podziałów wiersza.
    }
rule-direction-marks = { $field ->
        [name] Nazwa nie może zawierać niewidocznych znaków kierunku tekstu.
       *[description] Opis nie może zawierać niewidocznych znaków kierunku tekstu.
    }
rule-angle-brackets = { $field ->
        [name] Nazwa nie może zawierać znaków < ani >.
       *[description] Opis nie może zawierać znaków < ani >.
    }
rule-no-exercises = Dodaj co najmniej jedno ćwiczenie.
rule-too-many-exercises = Rutyna ma za dużo ćwiczeń (ćwiczenia: { $got }, limit: { $max }).
rule-unknown-exercise = Limber nie zna ćwiczenia „{ $id }”.
rule-dose-range = { $field ->
        [holdSecs] Przytrzymanie musi trwać od { $min } do { $max } s.
        [reps] Liczba powtórzeń musi wynosić od { $min } do { $max }.
        [rounds] Liczba rund musi wynosić od { $min } do { $max }.
        [paceSecs] Każdy ruch musi trwać od { $min } do { $max } s.
       *[restAfterSecs] Odpoczynek po ćwiczeniu musi trwać od { $min } do { $max } s.
    }
rule-no-hold = Ćwiczenie { $exercise } nie ma przytrzymania, które można zmienić.
rule-no-pace = Ćwiczenie { $exercise } nie ma ruchu odmierzanego w czasie, którego tempo można ustawić.
rule-too-long-to-do = Ta rutyna trwałaby { $minutes } min; najdłużej może trwać { $max } min.
