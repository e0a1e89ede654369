# Daty słownie w zdaniach z Rusta. $weekday to mianownik (status-weekday), $month dopełniacz (status-month).
# Dzień tygodnia stoi w nawiasie na końcu, bo nie da się go odmienić, a data stoi np. po „od”, „przed”, „z dnia”:
# „od 14 grudnia (poniedziałek)”, „z dnia 11 stycznia 2027 (poniedziałek)”.
date-long = { $day } { $month } ({ $weekday })
date-long-year = { $day } { $month } { $year } ({ $weekday })
