# ルーティンの問題点。エディターでは該当する欄の横に、ルーティンファイルのインポート時にも表示されます。
# 直すまで保存されません。短く、わかりやすく。$field は name（名前）または description（目的）。

# ルーティンのID。手作業で作ったファイルでだけ問題になります。$id はファイルにある値。
rule-id-not-kebab = ルーティンのID「{ $id }」は、小文字の単語をハイフンでつないだ形にしてください。
rule-id-too-long = ルーティンのIDは{ $max }文字以内にしてください。
rule-empty = { $field ->
        [name] ルーティンに名前を付けてください。
       *[description] 目的を短く書いてください。
    }
rule-too-long = { $field ->
        [name] 名前は{ $max }文字以内にしてください（現在{ $got }文字）。
       *[description] 目的は{ $max }文字以内にしてください（現在{ $got }文字）。
    }
rule-control-characters = { $field ->
        [name] 名前にタブや改行は使えません。
       *[description] 目的にタブや改行は使えません。
    }
rule-direction-marks = { $field ->
        [name] 名前に、目に見えない文字方向の記号は使えません。
       *[description] 目的に、目に見えない文字方向の記号は使えません。
    }
rule-angle-brackets = { $field ->
        [name] 名前に < や > は使えません。
       *[description] 目的に < や > は使えません。
    }
rule-no-exercises = エクササイズを1つ以上追加してください。
rule-too-many-exercises = 1つのルーティンに入れられるエクササイズは{ $max }種目までです（このルーティンは{ $got }種目）。
# $id はLimberが知らないエクササイズのID。
rule-unknown-exercise = Limberには「{ $id }」というエクササイズはありません。
# 範囲外の運動量。
rule-dose-range = { $field ->
        [holdSecs] キープは{ $min }〜{ $max }秒にしてください。
        [reps] 回数は{ $min }〜{ $max }回にしてください。
        [rounds] セット数は{ $min }〜{ $max }セットにしてください。
        [paceSecs] 1動作の秒数は{ $min }〜{ $max }秒にしてください。
       *[restAfterSecs] エクササイズ後の休憩は{ $min }〜{ $max }秒にしてください。
    }
rule-no-hold = { $exercise }には、変更できるキープがありません。
rule-no-pace = { $exercise }には、ペースを設定できる時間付きの動きがありません。
# $minutes はルーティンにかかる時間。
rule-too-long-to-do = このルーティンは{ $minutes }分かかります。最長で{ $max }分までです。
