# Datums in woorden: "maandag 14 december", "maandag 11 januari 2027".
date-long = { $weekday } { $day } { $month }
date-long-year = { $weekday } { $day } { $month } { $year }
