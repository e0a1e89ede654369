status-weekday = { $day ->
    [mon] 月曜日
    [tue] 火曜日
    [wed] 水曜日
    [thu] 木曜日
    [fri] 金曜日
    [sat] 土曜日
   *[sun] 日曜日
}
status-month = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
# $month は「11月」のように「月」まで含みます。
status-date = { $month }{ $day }日
status-today = 今日
status-tomorrow = 明日
status-yesterday = 昨日
# 「月曜日の深夜」：月曜日の夜から火曜日の未明まで。
status-night = { $weekday }の深夜
status-at = { $day }の{ $time }
status-after-midnight = { $day } { $time }
status-first-use = { $day }、{ $time }以降の最初の使用時
status-snoozed = { $time }までスヌーズ中
status-now = 今すぐ
status-quiet-hours-end = 通知しない時間帯が終わる{ $time }
status-minutes = { $minutes }分
status-days = { $days }日
status-rule-at = { $time }
status-rule-bedtime = 就寝時刻{ $time }の{ $minutes }分前
status-rule-first-use = { $time }以降の最初の使用時

status-tray-paused = 今日のリマインダーは一時停止中
status-tray-next = 次回：{ $routine }、{ $when }
status-tray-none = リマインダーは未設定
status-tray-no-streak = 連続記録はまだありません
status-tray-streak = 連続記録：{ $streaks }
status-tray-streak-item = { $routine } { $days }

status-cli-now = Limber、{ $year }年{ $month }{ $day }日（{ $weekday }） { $time }（{ $zone }）
status-cli-paused = 今日のリマインダーは一時停止中です。
status-cli-next = 次のリマインダー：{ $routine }、{ $when }
status-cli-next-none = 次のリマインダー：未設定
status-cli-no-reminder = リマインダーなし
status-cli-reminder-off = リマインダーはオフ
status-cli-reminder-next = 次のリマインダー：{ $when }
status-cli-reminder-next-rule = 次のリマインダー：{ $when }（{ $rule }）
status-cli-reminder-none-upcoming = 予定されたリマインダーなし（{ $rule }）
status-cli-today = 今日：{ $done ->
    [yes] 完了
   *[no] 未完了
}{ $reminder ->
    [sent] 、リマインダー通知済み
    [missed] 、リマインダーは時間内に表示できず
   *[none] {""}
}
status-cli-streak = 連続記録：{ $days }（最長{ $best }日）
status-cli-folder = フォルダー：{ $folder }
status-cli-details = （詳細：{ $detail }）
status-tray-streak-separator = 、
status-cli-routine = { $routine }（{ $minutes }）
