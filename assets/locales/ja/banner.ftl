reminder-banner-dismiss = 閉じる
