# Datas por extenso, em frases escritas pelo Rust. $weekday e $month são nomes (status-weekday, status-month):
# "segunda-feira, 14 de dezembro", "sexta-feira, 1º de janeiro de 2027".
date-long = { $weekday }, { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month }
date-long-year = { $weekday }, { $day ->
        [1] 1º
       *[other] { $day }
    } de { $month } de { $year }
