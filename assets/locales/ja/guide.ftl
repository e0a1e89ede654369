# エクササイズの画面、睡眠環境の画面、ヘルプ、ガイド共通の部品（注意、チェックリスト、受診が必要なサイン）。

library-heading = エクササイズ
library-intro = Limberで使うすべての動きです。開くと、やり方、呼吸のしかた、気をつけることがわかります。
library-area = 体の部位
library-area-all = すべての部位
library-position = 姿勢
library-position-all = すべての姿勢
library-count = { $total }種目中{ $shown }種目を表示
library-no-match = 両方の条件に合うエクササイズはありません。「すべての部位」か「すべての姿勢」を選んでみてください。
library-list = エクササイズ
library-meta = { $area } · { $position } · { $dose } · 約{ $duration }
library-show = 手順と注意
library-show-label = { $name }の手順と注意
library-hide = 手順を隠す
library-hide-label = { $name }の手順を隠す
library-how = やり方
library-breathing = 呼吸
library-used-in = 含まれるルーティン：{ $routines }

area-lower-back = 腰
area-upper-back = 背中の上部
area-neck = 首
area-core = 体幹
position-in-bed = ベッドの中で
position-floor = 床の上で
position-standing = 立って
position-seated = 座って

exercise-dose-breaths = ゆっくりした呼吸{ $count }回{ $rounds ->
        [1] {""}
       *[other] 、{ $rounds }セット
    }
exercise-dose-once = { $rounds ->
        [1] 1回
       *[other] 1回、{ $rounds }セット
    }
exercise-dose-hold = { $sides ->
        [each] 左右それぞれ
        [alternate] 左右交互にそれぞれ
       *[none] {""}
    }{ $hold }秒キープ{ $rounds ->
        [1] {""}
       *[other] 、{ $rounds }セット
    }
exercise-dose-reps = { $sides ->
        [each] 左右それぞれ
        [alternate] 左右交互にそれぞれ
       *[none] {""}
    }{ $count }回{ $hold ->
        [none] {""}
       *[other] 、{ $hold }秒キープ
    }{ $rounds ->
        [1] {""}
       *[other] 、{ $rounds }セット
    }

condition-osteoporosis = 骨粗しょう症
condition-spinal-surgery = 最近の背骨の手術または骨折
condition-pregnancy = 妊娠
condition-bending-forward = 前かがみになったときの痛み
guide-left-out-item = { $exercise }（{ $conditions }）
guide-left-out = 除外した動き：{ $items }。
guide-unsuitable = { $name }はプランに含まれていません。動きがすべて除外されるためです。
guide-unsuitable-because = { $name }はプランに含まれていません。{ $conditions }のため、動きがすべて除外されます。
# Safety text; back-translation into English: "The surgeon or physiotherapist can tell you which moves suit you, and from when."
guide-ask-surgeon = どの動きが合っているか、いつから行ってよいかは、執刀医や理学療法士に聞くことができます。
guide-ask-physio = 理学療法士に、合った動きを提案してもらえます。

guide-take-care = 注意
guide-take-care-for = 注意：{ $name }
guide-tonight = 今夜の寝床の準備
guide-this-evening = 今晩
guide-start-routine = ルーティンを開始
guide-skip-checklist = チェックリストをスキップ
guide-setup-label = 置くものと置き場所：{ $position }
guide-safety-loading = 安全ガイドを読み込み中…
guide-safety-problem = 安全ガイドを表示できませんでした：{ $problem }

sleep-show-for = 表示する姿勢
sleep-yours = （ふだんの姿勢）
sleep-tips = 試してみる価値のあること

help-heading = ヘルプ
help-when = 助けを求めるべきとき
help-use-heading = Limberの使い方
help-use-start-title = ルーティンを開始する。
help-use-start = 「今日」の画面から始めます。就寝前のリラックスは夜に、床の上かベッドの中で行います。朝のルーティンは、起き上がる前にベッドの中で始めます。
help-use-follow-title = タイマーと声に合わせる。
help-use-follow = 設定の「サウンド」で音声コーチをオンにしてください。「合図のみ」では、各エクササイズの始めに名前を読み上げ、反対側に替えるときとキープが終わるときを伝えます。「フルコーチ」では、さらに各動きのやり方を説明し、回数を数え、呼吸のペースを伝えるので、目を閉じたままでも続けられます。ウィンドウを閉じても続きます。
help-use-before-title = 就寝前のルーティンの前に。
help-use-before = Limberが、今晩と今夜の枕についての短いチェックリストを表示します。当てはまるものにチェックを入れるか、スキップしてください。
help-use-reminders-title = リマインダー。
help-use-reminders = 就寝時刻の少し前と、起きた後に届きます。設定で変更でき、初回セットアップをもう一度行うこともできます。
help-use-checkin-title = 体調チェック。
help-use-checkin = 毎日、腰と睡眠の調子を記録します。「経過」で、時間とともに何が役立っているかがわかります。
help-use-gently-title = やさしく始める。
help-use-gently = 朝も夜も、少ない回数から始めて、少しずつ増やしてください。ゆっくり動き、反動をつけず、ふつうに呼吸を続けてください。
help-use-bed-title = ベッドへの出入り。
help-use-bed = 起き上がるときは、横向きに転がり、腕で体を押し上げ、脚をベッドの外に下ろします。夜に横になるときは、その逆の順に行います。
help-use-answers-title = 回答が反映されます。
help-use-answers = 骨粗しょう症、最近の背骨の手術、妊娠、前かがみになったときの痛みについてLimberに伝えた場合、合わない動きはルーティンから除外されます。回答は設定で変更できます。
help-keys-heading = ルーティン中のキーボードショートカット
help-keys-key = キー
help-keys-does = 動作
help-key-space = スペース
help-key-right = 右矢印
help-key-left = 左矢印
help-key-esc = Esc
help-key-space-does = 一時停止、または再開
help-key-right-does = 次のエクササイズへスキップ
help-key-left-does = 前のエクササイズに戻る
help-key-esc-does = ルーティンを中止
help-routines-heading = 各ルーティンの目的
help-find-exercises = すべてのエクササイズの手順と注意は{ $exercises }にあります。
help-find-sleep = 枕とマットレスについては{ $sleep }にあります。
# Safety text; back-translation into English: "Limber is not medical advice"
help-advice-heading = Limberは医学的な助言ではありません
# Safety text; back-translation into English: "Limber offers general, gentle routines and sleep tips based on public health information. It does not know each person's body or medical history, cannot diagnose anything, and does not replace a doctor or physiotherapist. If you are not sure whether an exercise suits you, ask one of them."
help-advice = Limberは、公的な保健情報に基づいた、一般的でやさしいルーティンと睡眠のヒントを提供します。Limberは一人ひとりの体や病歴を知らず、何も診断できず、医師や理学療法士の代わりにはなりません。エクササイズが自分に合っているかわからない場合は、医師や理学療法士に相談してください。
