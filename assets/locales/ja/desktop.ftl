# メニュー項目とソフトウェアセンターの説明。scripts/desktop-l10n.mjs がこれらのテキストから両方を書き出します。

desktop-generic-name = 腰と背中のケア
desktop-comment = 就寝前と朝の、腰にやさしいルーティン
desktop-keywords = 腰;腰痛;背中;痛み;こわばり;ストレッチ;体ほぐし;就寝前;リラックス;朝;睡眠;ルーティン;エクササイズ;
desktop-action-bedtime = 就寝前のリラックスを開始
desktop-action-morning = 朝の体ほぐしを開始

appstream-summary = こわばった腰のための、就寝前と朝のやさしいルーティン
appstream-intro =
    Limberは、眠る前の落ち着いたリラックスと、目覚めたときの短い体ほぐしをガイドします。こわばったり痛んだり
    する腰のためのアプリです。各エクササイズにはタイマー、シンプルなイラスト、やわらかな音の合図があるので、
    画面を暗くしたままでも続けられます。
appstream-feature-bedtime = ゆっくりした呼吸とやさしいストレッチで行う就寝前のリラックス。床の上でもベッドの中でもできます
# Safety text; back-translation into English: "A few minutes of morning loosening-up that starts in bed, and a safe way to get up"
appstream-feature-morning = ベッドの中から始める数分間の朝の体ほぐしと、安全な起き上がり方
appstream-feature-reminders = タイムゾーンが変わっても、夏時間の切り替えがあっても、時間どおりに届くリマインダー
appstream-feature-journal = 痛みと睡眠の日誌、連続記録、週ごとの目標で、何が効いているかがわかります
appstream-feature-advice = 寝る姿勢、枕、マットレスについてのアドバイス
# Safety text; back-translation into English: "Limber protects your privacy. It works offline and your data is kept on the computer you use. It is not medical advice. It lets you know when you should consult a professional."
appstream-privacy =
    Limberはプライバシーを守ります。オフラインで動作し、データはお使いのパソコンに保存されます。医学的な助言
    ではありません。専門家に相談すべきときはお知らせします。
appstream-keywords = 腰痛;ストレッチ;体ほぐし;就寝前;睡眠;ルーティン
