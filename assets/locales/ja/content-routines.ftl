# 組み込みルーティンの名前と説明。en/content-routines.ftl（assets/routines/*.json から生成）から訳しています。

routine-bedtime-wind-down-name = 就寝前のリラックス
routine-bedtime-wind-down-copy-name = 就寝前のリラックス（自分用）
routine-bedtime-wind-down-description = ゆっくりした呼吸、やさしいストレッチ、リラックスを約10分。眠る前に腰を落ち着かせます。画面を暗くして、床の上かベッドの中で行いましょう。
routine-morning-mobility-name = 朝の体ほぐし
routine-morning-mobility-copy-name = 朝の体ほぐし（自分用）
routine-morning-mobility-description = ベッドの中でのやさしい動きで朝のこわばりを和らげ、安全に起き上がってから、床の上か硬めのベッドでキャット＆カウとオープンブックを行います。あわてずに。じっとしていた夜のあとは、関節がこわばっていることがよくあります。
routine-two-minute-reset-name = 2分間リセット
routine-two-minute-reset-copy-name = 2分間リセット（自分用）
routine-two-minute-reset-description = 腰のための短い休憩です。長くじっとしていたときに、ゆっくりした呼吸と楽な動きをいくつか行います。
routine-upper-back-neck-name = 背中の上部と首のほぐし
routine-upper-back-neck-copy-name = 背中の上部と首のほぐし（自分用）
routine-upper-back-neck-description = 家でも休憩中でもできるゆっくりした動きで、こわばった背中の上部と首をほぐします。
