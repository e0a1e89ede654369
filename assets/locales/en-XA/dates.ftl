# Generated from en/dates.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

date-long = [{ $weekday } { $day } { $month }]
date-long-year = [{ $weekday } { $day } { $month } { $year }]
