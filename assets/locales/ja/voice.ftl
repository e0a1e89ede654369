# 音声コーチ：表示中の言語をコーチが話せないときに「設定」の「サウンド」に出る案内と、scripts/voice.py が
# 音声にするコーチの決まったフレーズ（エクササイズの名前と読み上げ文は content-exercises.ftl にあります）。
# 数字は読み間違いのないよう、ひらがなで書きます。

sound-voice-not-in-language = 音声コーチはまだ日本語を話せません。ここで何を選んでも、ルーティンでは合図の音だけが鳴ります。

voice-number-1 = いち
voice-number-2 = に
voice-number-3 = さん
voice-number-4 = よん
voice-number-5 = ご
voice-number-6 = ろく
voice-number-7 = なな
voice-number-8 = はち
voice-number-9 = きゅう
voice-number-10 = じゅう
voice-number-11 = じゅういち
voice-number-12 = じゅうに
voice-number-13 = じゅうさん
voice-number-14 = じゅうよん
voice-number-15 = じゅうご
voice-number-16 = じゅうろく
voice-number-17 = じゅうなな
voice-number-18 = じゅうはち
voice-number-19 = じゅうきゅう
voice-number-20 = にじゅう

voice-switch-sides = 反対側に替えます。
voice-rest = 休憩です。
voice-halfway = 半分まで来ました。
voice-last-one = 最後の一回です。
voice-well-done = よくできました。
voice-breathe-in = 息を吸って。
voice-breathe-out = 息を吐いて。
voice-sample = こんにちは。この声が、ルーティンをご案内します。
