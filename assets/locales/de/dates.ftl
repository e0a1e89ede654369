date-long = { $weekday }, { $day }. { $month }
date-long-year = { $weekday }, { $day }. { $month } { $year }
