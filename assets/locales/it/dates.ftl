# «lunedì 14 dicembre», senza articolo né virgola: le frasi mettono «da» o «prima di» davanti.
date-long = { $weekday } { $day } { $month }
date-long-year = { $weekday } { $day } { $month } { $year }
