# 連続記録の設定と休息日で受け付けない値（何も変更しません）。$got は入力された値、$latest は 06:00 のような24時間制の時刻。
streak-refused-boundary-time = 新しい日が始まる時刻は、04:00のように書いてください（入力：「{ $got }」）。
streak-refused-boundary-late = 新しい日が始まる時刻は、00:00〜{ $latest }にしてください（入力：{ $got }）。
streak-refused-rest-days = 1か月の休息日は0〜{ $max }日にしてください（入力：{ $got }）。
# $routine は設定ファイルにあるルーティンのID。
streak-refused-unknown-routine = 「{ $routine }」というルーティンはないため、目標を設定できません。
streak-refused-goal = 週ごとの目標は{ $min }〜{ $max }日にしてください（入力：{ $got }）。
rest-day-refused-already = 今日はすでに休息日です。
# $limit は1か月に取れる休息日の数。
rest-day-refused-limit = { $limit ->
        [0] このルーティンでは、1か月の休息日が0日に設定されています。
       *[other] このルーティンの今月の休息日（{ $limit }日）は、すでにすべて使いました。
    }

# ルーティンを始められないとき。$routine はルーティン名。
session-refused-running = 「{ $routine }」がまだ実行中です。別のルーティンを始める前に停止してください。
session-refused-unsuitable = 初回セットアップの質問への回答により、「{ $routine }」の動きはすべて除外されています。回答は設定の「{ guide-run-again }」で変更できます。
session-refused-none = 実行中のルーティンはありません。
# セッション後の「今、腰の調子はどうですか？」への回答が範囲外のとき。
session-refused-feel = 回答は{ $min }〜{ $max }にしてください（入力：{ $got }）。
# ルーティンエディターの保存と削除を受け付けないとき（何も変更しません）。
routine-refused-built-in = 組み込みのルーティンは変更できません。複製して、自分用のルーティンを作ってください。
routine-refused-built-in-delete = 組み込みのルーティンは削除できません。
routine-refused-not-a-copy = このルーティンは組み込みのルーティンのコピーではないため、戻す元のルーティンがありません。
routine-refused-problems = ルーティンは保存されていません。先に、表示されている{ $count }件の問題を直してください。
# 初回のプランで曜日が1つも選ばれていないとき。
plan-refused-no-days = ルーティンを行う曜日を1つ以上選んでください。

session-refused-command = { $state ->
        [not-started] ルーティンはまだ始まっていません。
        [started] ルーティンはすでに始まっています。
        [paused] ルーティンはすでに一時停止しています。
        [not-paused] ルーティンは一時停止していません。
        [over] ルーティンは終了しました。
       *[nothing-to-extend] このステップには、延ばせるキープや休憩がありません。
    }
routine-refused-edit = この変更は、もうこのルーティンに合いません。何も変更されていません。
language-refused-unknown = Limberは「{ $tag }」に対応していません。
