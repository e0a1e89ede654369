# 経過画面の運動量の提案の文（Rust: limber_app::dose_words）。提案は週に1回、1つのエクササイズの運動量だけ。
# 命令ではなく提案として、落ち着いた言い方で。$exercise はエクササイズ名、$routine はルーティン名です。

# 運動量の履歴の1件。$sides は左右それぞれ行うとき "each"、それ以外は "none"。
dose-value-hold = { $exercise }：{ $value }秒キープ
dose-value-reps = { $exercise }：{ $sides ->
        [each] 左右それぞれ{ $value }回
       *[none] { $value }回
    }
dose-value-rounds = { $exercise }：{ $value }セット

# 変更後の運動量と、これまでの運動量。$to が新しい数、$from が変更前の数。
dose-change-hold = { $exercise }：{ $to }秒キープ（これまでは{ $from }秒）。
dose-change-reps = { $exercise }：{ $sides ->
        [each] 左右それぞれ{ $to }回
       *[none] { $to }回
    }（これまでは{ $from }回）。
dose-change-rounds = { $exercise }：{ $to }セット（これまでは{ $from }セット）。

# 提案の理由と、試すこと。$step は下の dose-step-* の文（文末まで含みます）。
dose-why = { $reason }。{ $step }
# $days は bedtime、morning、anytime（ルーティンの時間帯）。
dose-because-run = { $days ->
        [bedtime] 直近{ $planned }晩のうち{ $finished }晩
        [morning] 直近{ $planned }回の朝のうち{ $finished }回
       *[anytime] 直近の予定日{ $planned }日のうち{ $finished }日
    }、ルーティンを最後まで行い、腰の調子も変わらないか、良くなっています
# $before と $after は10段階の平均（小数1桁）。
dose-because-rising = { $measure ->
        [after-sessions] 最近、このルーティンのあとに腰の調子が悪くなっています
        [morning-pain] 最近、朝の腰の痛みが強くなっています
       *[morning-stiffness] 最近、朝の腰のこわばりが強くなっています
    }（10段階で平均{ $before }から{ $after }へ）
dose-because-skipped = 直近{ $of }回のセッションのうち{ $sessions }回で、{ $exercise }の一部を飛ばしています
# 試すこと。エクササイズ名は次の行に出るので、ここでは繰り返しません。
dose-step-hold-up = 次は、毎回のキープを{ $by }秒長くしてみてはどうでしょう。
dose-step-hold-down = 次は、毎回のキープを{ $by }秒短くしてみてはどうでしょう。
dose-step-reps-up = { $sides ->
        [each] 次は、回数を左右それぞれ{ $by }回増やしてみてはどうでしょう。
       *[none] 次は、回数を{ $by }回増やしてみてはどうでしょう。
    }
dose-step-reps-down = { $sides ->
        [each] 次は、回数を左右それぞれ{ $by }回減らしてみてはどうでしょう。
       *[none] 次は、回数を{ $by }回減らしてみてはどうでしょう。
    }
dose-step-rounds-up = 次は、セット数を{ $by }セット増やしてみてはどうでしょう。
dose-step-rounds-down = 次は、セット数を{ $by }セット減らしてみてはどうでしょう。

# 今は提案がない理由。$day は date-long。
dose-quiet-answered = 変更の提案は週に1回までです。次の提案は{ $day }以降になります。
dose-quiet-little-history = 変更を提案するには、セッションと朝の体調チェックの記録がまだ足りません。このまま続けて、セッションのたびに「今、腰の調子はどうですか？」に答えてください。
dose-quiet-building = 直近の予定日{ $planned }日のうち{ $finished }日を完了しました。{ $days }日のうち{ $needed }日を完了すると、Limberが少し増やすことを提案するかもしれません。
dose-quiet-not-settled = 運動量はこのままです。{ $measure ->
        [after-sessions] セッション後の腰の調子
        [morning-pain] 朝の腰の痛み
       *[morning-stiffness] 朝のこわばり
    }が平均{ $before }から{ $after }になったため、今は増やす時期ではありません。
dose-quiet-at-limit = 変えられる運動量はすべて安全な範囲の限界にあります。運動量はこのままです。

dose-copy-note = 「{ $routine }」は組み込みのルーティンです。試すと、新しい運動量で自分用のコピーが作られ、リマインダー、目標、履歴はそのコピーに引き継がれます。

# $doses は dose-change-* の文、$day は date-long、$copy は新しいコピーの名前。
dose-accepted = 次のセッションから：{ $doses }
dose-accepted-copy = 次のセッションから：{ $doses }Limberが新しい運動量で「{ $routine }」の自分用のコピーを作り、「{ $copy }」という名前を付けました。リマインダー、週ごとの目標、履歴はコピーに移り、元のルーティンはそのまま残ります。
dose-declined = 運動量はこのままです。Limberは{ $day }より前に、このルーティンへの別の変更を提案することはありません。
dose-undone = 元に戻しました。次のセッションから：{ $doses }

dose-refused-not-offered = この提案はもう有効ではありません。表示されたあとに、セッションか体調チェックの記録が変わりました。何も変更していません。
dose-refused-nothing-to-undo = このルーティンには、元に戻せる運動量の変更はありません。
dose-refused-stale = この提案は「{ $routine }」に合わなくなりました。提案のあとにルーティンが変更されています。何も変更していません。
dose-refused-range = この変更をすると、{ $exercise }が安全な範囲を超えてしまいます。何も変更していません。

# 運動量の履歴の各期間の始まり（dose-era-since で日付が続きます）。
dose-era-start = 最初の運動量
dose-era-step-up = 提案を受けて増やした運動量
dose-era-step-down = 提案を受けて減らした運動量
dose-era-undo = 変更を取り消した運動量
