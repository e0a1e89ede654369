# 句子中的日期。$weekday 和 $month 是 status-weekday、status-month 的名称（“星期一”“12月”）。
# “12月14日星期一”
date-long = { $month }{ $day }日{ $weekday }
# “2027年1月11日星期一”
date-long-year = { $year }年{ $month }{ $day }日{ $weekday }
