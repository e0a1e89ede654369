# 就寝前のルーティンの前の、夜のチェックリスト。en/content-wind-down.ftl（assets/content/wind-down.json から生成）から
# 訳しています。チェック項目は本人の言葉（一人称）で書いています。

wind-down-title = 始める前に
wind-down-intro = 落ち着いた夜は、腰がリラックスする助けになります。今夜当てはまるものにチェックを入れてください。テストではありません。
wind-down-usual-bedtime-label = ふだんの就寝時刻に近い
wind-down-usual-bedtime-detail = 週末も含めて毎晩同じ時刻に寝ると、体がいつ眠ればよいかわかるようになります。
wind-down-ready-for-bed-label = アラームをセットし、歯をみがき、パジャマに着替えた
wind-down-ready-for-bed-detail = 毎晩同じ小さな手順をくり返すと、一日が終わったことが体に伝わります。
wind-down-screens-down-label = 画面を暗くした、または片づけた
wind-down-screens-down-detail = 寝る前に画面の明るい光を減らすと、寝つきやすくなります。
wind-down-bed-for-sleep-label = 今夜はベッドでテレビ、仕事、読書をしない
wind-down-bed-for-sleep-detail = ベッドは眠るためだけに使い、それ以外のことは別の場所でしましょう。そうすれば、横になることが休むことにつながります。
wind-down-no-late-caffeine-label = 今晩はコーヒー、お茶、コーラを飲んでいない
wind-down-no-late-caffeine-detail = 就寝時刻に近いカフェインは、目をさえさせます。
wind-down-light-evening-label = この数時間、たくさん食べたりお酒を飲んだりしていない
wind-down-light-evening-detail = 夜遅くの重い食事とお酒は、どちらも睡眠を妨げます。
wind-down-no-hard-exercise-label = この数時間、激しい運動をしていない
wind-down-no-hard-exercise-detail = 激しい運動は一日の早い時間にしましょう。このようなやさしいストレッチなら大丈夫です。
wind-down-cool-dark-room-label = 寝室が涼しく、暗く、静か
wind-down-cool-dark-room-detail = 暑すぎたり明るすぎたりする部屋では、睡眠の質が下がります。
wind-down-warm-shower-label = 今晩、温かいお風呂かシャワーに入った
wind-down-warm-shower-detail = 寝る前の温かいお湯は、こわばった筋肉をゆるめる助けになることがあります。
