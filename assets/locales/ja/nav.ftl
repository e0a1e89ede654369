nav-label = メイン
nav-today = 今日
nav-progress = 経過
nav-checkin = 体調チェック
nav-exercises = エクササイズ
nav-sleep = 睡眠環境
nav-settings = 設定
nav-help = ヘルプ
