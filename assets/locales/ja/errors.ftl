error-not-found = { $what ->
        [exercise] 「{ $id }」という名前のエクササイズはありません。
        [session] 「{ $id }」という名前のセッションはありません。
        [own-routine] 「{ $id }」という名前の自作ルーティンはありません。
       *[routine] 「{ $id }」という名前のルーティンはありません。
    }
error-as-said = { $text }
error-library = 内蔵のエクササイズライブラリが正しくありません：{ $detail }
error-data-dir = データフォルダーが見つかりませんでした：{ $detail }
error-internal = Limberの内部で問題が発生しました：{ $detail }
