# Dates en toutes lettres, dans des phrases écrites par Rust. $weekday et $month sont des noms (status-weekday,
# status-month) : « lundi 14 décembre », « vendredi 1er janvier 2027 ».
date-long = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month }
date-long-year = { $weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
