# «lunes 14 de diciembre», sin artículo: las frases ponen «el» o «del» delante.
date-long = { $weekday } { $day } de { $month }
date-long-year = { $weekday } { $day } de { $month } de { $year }
