# 初回セットアップ：いくつかの質問のあと、Limberがプランを提案します。「Limber」はブランド名なのでそのままです。

welcome-step = ステップ{ $step }/{ $steps }
welcome-skip = セットアップをスキップ

## 各ステップの見出し。

welcome-title-safety = まず安全について
welcome-title-area = どこが痛みますか？
welcome-title-health = 当てはまるものはありますか？
welcome-title-sleep = ふだんはどんな姿勢で寝ますか？
welcome-title-times = ふだんはいつ寝て、いつ起きますか？
welcome-title-plan = おすすめのプラン

## 安全のステップ（専門家が必要なサインが続きます）。

# Safety text; back-translation into English: "Welcome. Answer a few short questions and Limber proposes a bedtime and morning plan for the lower back. It takes about one minute. First, the signs that need a professional:"
welcome-safety-lead = ようこそ。いくつかの短い質問に答えると、Limberが腰のための就寝前と朝のプランを提案します。1分ほどで終わります。まず、専門家に診てもらう必要があるサインです：

## 痛む場所。

welcome-area-lower-back = 腰
welcome-area-lower-back-hint = ウエストのあたりやその下が、こわばる、または痛む。
welcome-area-upper-back-neck = 背中の上部と首
welcome-area-upper-back-neck-hint = 肩甲骨の間、肩、または首。
welcome-area-both = 両方
welcome-area-both-hint = どちらも少しずつ。

## 動きを除外する状態。各ヒントの意味は正確に保っています。

# Safety text; back-translation into English: "Some moves do not suit everyone. Check what applies to you, and Limber leaves those moves out of the routines."
welcome-health-lead = 動きによっては、合わない人もいます。当てはまるものにチェックを入れると、Limberはそれらの動きをルーティンから除外します。
# Safety text; back-translation into English: "Osteoporosis, or bones that break easily"
welcome-condition-osteoporosis = 骨粗しょう症、または骨が折れやすい
# Safety text; back-translation into English: "Moves that bend the spine forward or twist it are left out."
welcome-condition-osteoporosis-hint = 背骨を前に曲げる動きや、ねじる動きは除外されます。
# Safety text; back-translation into English: "Surgery on the back or neck, or a broken bone of the spine, that I am still recovering from"
welcome-condition-surgery = 腰・背中や首の手術、または背骨の骨折から、まだ回復している途中
# Safety text; back-translation into English: "Until the surgeon or physiotherapist says more is fine, only breathing, relaxation and getting up safely remain."
welcome-condition-surgery-hint = 執刀医または理学療法士がそれ以上の運動をしてよいと言うまでは、呼吸、リラックス、安全な起き上がり方だけが残ります。
# Safety text; back-translation into English: "I am pregnant"
welcome-condition-pregnancy = 妊娠中
# Safety text; back-translation into English: "Moves done lying flat on the back are left out."
welcome-condition-pregnancy-hint = 仰向けに寝て行う動きは除外されます。
# Safety text; back-translation into English: "My back pain gets worse when I bend forward"
welcome-condition-bending = 前かがみになると腰の痛みが悪化する
# Safety text; back-translation into English: "The 'knee-hug stretch' is left out."
welcome-condition-bending-hint = 「ひざ抱えストレッチ」は除外されます。
welcome-condition-none = どれも当てはまらない
welcome-health-hint = よくわからない場合は、医師または理学療法士に相談してください。回答は後から設定で変更できます。

## 寝る姿勢（姿勢の名前は settings.ftl の sleep-position です）。

welcome-sleep-lead = 夜の間に姿勢が変わる人がほとんどです。寝入るときの姿勢を選んでください。

## ふだんの時刻。

welcome-bedtime = ふだんの就寝時刻
welcome-wake-time = ふだんの起床時刻
welcome-days = どの曜日ですか？
welcome-morning-cue = 朝のルーティンの通知タイミング
welcome-cue-after-waking = 起きてから15分後
welcome-cue-first-computer-use = 最初にパソコンを使ったとき

## 先に進む前に足りないもの。

welcome-missing-area = 痛む場所を選んでください。
welcome-missing-health = 当てはまるものにチェックを入れるか、「{ welcome-condition-none }」を選んでください。
welcome-missing-sleep = ふだんの寝る姿勢を選んでください。
welcome-missing-bedtime = ふだんの就寝時刻を23:00のように入力してください。
welcome-missing-wake-time = ふだんの起床時刻を07:00のように入力してください。
welcome-missing-days = 曜日を1つ以上選んでください。

## プラン。

welcome-plan-lead = 回答に基づいたプランです。どれも後から設定で変更できます。
welcome-plan-routines = ルーティン
welcome-plan-no-reminder = リマインダーなし：背中の上部や首がこわばったときに、休憩中などに行ってください。
welcome-plan-sleep = 寝床の準備
welcome-plan-sleep-hint = 就寝前のルーティンの前に、今夜の寝床の準備チェックリストが表示されます。詳しくは「睡眠環境」で。
welcome-start-at-login = ログイン時にLimberを起動する
welcome-start-at-login-hint = リマインダーはLimberの起動中にだけ届きます。Limberはトレイで静かに待機します。
welcome-preparing = プランを準備しています…

## ボタン。

welcome-accept = このプランにする
welcome-change = 回答を変更
welcome-understand = わかりました
welcome-continue = 続ける
welcome-back = 戻る
