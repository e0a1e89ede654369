# Dates in words, said in sentences from Rust. $weekday and $month are names (status-weekday, status-month).
# "Monday 14 December".
date-long = { $weekday } { $day } { $month }
# "Monday 11 January 2027".
date-long-year = { $weekday } { $day } { $month } { $year }
