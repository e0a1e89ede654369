notice-title = { $routine }：{ $minutes }分
notice-body-bedtime = リラックスする時間です。腰がきっと喜びます。
notice-body-morning = ベッドの中で、ゆっくり始めましょう。腰がきっと喜びます。
notice-body-anytime = 腰のための短い休憩です。腰がきっと喜びます。
notice-open = Limberを開く
notice-start = 今すぐ開始
notice-snooze = { $minutes }分スヌーズ
