tray-start-bedtime = 就寝前のルーティンを開始
tray-start-morning = 朝のルーティンを開始
tray-pause-today = 今日のリマインダーを一時停止
tray-open = Limberを開く
tray-quit = 終了
tray-next-unknown = 次のリマインダー：まだ不明
tray-streak-unknown = 連続記録：まだ不明
launch-not-answered = Limberはすでに起動していますが、応答がありません。少し待ってからもう一度お試しください。それでもウィンドウが開かない場合は、トレイメニューの「終了」を選び、Limberを起動し直してください。
