# 文中の日付。$weekday と $month は status-weekday、status-month の名前（「月曜日」「12月」）。
# 「12月14日（月曜日）」
date-long = { $month }{ $day }日（{ $weekday }）
# 「2027年1月11日（月曜日）」
date-long-year = { $year }年{ $month }{ $day }日（{ $weekday }）
