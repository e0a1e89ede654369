# 睡眠環境のガイド。en/content-sleep.ftl（assets/content/sleep-setup.json から生成）から訳しています。
# 今夜のチェック項目は本人の言葉（「自分のひざ」）で書いています。

sleep-title = 睡眠環境
sleep-intro = 夜の寝る姿勢によって、朝に腰がこわばることがあります。枕をいくつか適切な場所に置くと、楽になることがよくあります。
sleep-neutral-spine-title = 目標：背骨を自然な形に
sleep-neutral-spine-text = 首と背中は、大きく曲がったりねじれたりしない状態で休ませましょう。そうすると、圧力が均等に分散されます。完璧な姿勢を1つ見つけることより、そのほうが大切です。横向きに寝ると、そうしやすいことがよくあります。

## 横向きで寝る

sleep-position-side-name = 横向き
sleep-position-side-figure-label = ひざの間に枕をはさみ、ひざを軽く曲げ、枕を抱えて横向きに寝ている人
sleep-position-side-summary = 背骨を自然な形に保ちやすいことが多い姿勢です。
sleep-setup-side-knee-pillow-what = ひざの間に枕
sleep-setup-side-knee-pillow-why = 骨盤が水平に保たれるので、腰がねじれません。
sleep-setup-side-knees-bent-what = ひざを胸のほうへ少し引き寄せる
sleep-setup-side-knees-bent-why = ひざを軽く曲げると、腰の負担が減ります。
sleep-setup-side-hug-pillow-what = 体の前に抱える枕
sleep-setup-side-hug-pillow-why = 上側の肩と胸が前に倒れ込んで、背中の上部がねじれるのを防ぎます。
sleep-setup-side-back-pillow-what = 任意：背中の後ろに長い枕
sleep-setup-side-back-pillow-why = 夜中に仰向けに転がりがちな人は、横向きのままでいるよう、やさしく支えてくれます。
sleep-setup-side-head-pillow-what = 厚めの枕
sleep-setup-side-head-pillow-why = 耳と肩の間のすき間を埋め、頭が背骨と一直線になるようにします。
sleep-note-side-hip-shoulder = 股関節や肩に問題があると、横向きに寝るのがつらいことがあります。痛む場合は、仰向けを試してください。
sleep-tonight-side-knee-pillow = ひざの間に枕
sleep-tonight-side-hug-pillow = 抱える枕
sleep-tonight-side-head-pillow = 枕が肩までのすき間を埋めている

## 仰向けで寝る

sleep-position-back-name = 仰向け
sleep-position-back-figure-label = ひざの下に枕、腰の下に丸めたタオルを置いて仰向けに寝ている人
sleep-position-back-summary = ひざと腰が支えられていれば、よい姿勢です。
sleep-setup-back-knee-pillow-what = ひざの下に枕（1〜2個）
sleep-setup-back-knee-pillow-why = ひざを曲げると、腰への圧力が減ります。
sleep-setup-back-towel-roll-what = 腰のくびれの下に小さな枕か丸めたタオル
sleep-setup-back-towel-roll-why = 腰の下にすき間がある場合は、そこを埋めると腰の自然なカーブが支えられます。
sleep-setup-back-head-pillow-what = 中くらいの厚さの枕
sleep-setup-back-head-pillow-why = 首のカーブを支える枕にしましょう。枕が多すぎると、あごが胸のほうへ押されます。
sleep-note-back-try-side = 仰向けでもまだ痛む場合は、ひざの間に枕をはさんで横向きで寝てみてください。
sleep-tonight-back-knee-pillow = ひざの下に枕
sleep-tonight-back-towel-roll = すき間があれば、腰の下に丸めたタオル
sleep-tonight-back-head-pillow = 中くらいの枕を1つ

## うつ伏せで寝る

sleep-position-stomach-name = うつ伏せ
sleep-position-stomach-figure-label = 骨盤の下に薄い枕を置き、薄い枕に頭をのせてうつ伏せに寝ている人
sleep-position-stomach-summary = 腰にいちばん負担がかかる姿勢です。この姿勢でしか寝つけない場合は、負担を軽くしましょう。
sleep-setup-stomach-pelvis-pillow-what = 骨盤と下腹の下に薄い枕
sleep-setup-stomach-pelvis-pillow-why = 腰の反りが小さくなります。
sleep-setup-stomach-head-pillow-what = 薄い枕、または枕なし
sleep-setup-stomach-head-pillow-why = 厚い枕は首を後ろに反らせます。枕を2つ使っている場合は、1つ外しましょう。
sleep-note-stomach-change-habit = 習慣を変えるには：長い抱き枕を抱えて横向きで寝始めるか、胸ポケットのついた寝間着を着てテニスボールを入れておくと、うつ伏せに転がったときに寝心地が悪く感じられます。
sleep-tonight-stomach-pelvis-pillow = 骨盤の下に薄い枕
sleep-tonight-stomach-head-pillow = 薄い枕、または枕なし
sleep-tonight-stomach-body-pillow = 横向きで寝始めるための抱き枕

## 姿勢が決まっていない場合

sleep-varies-name = 決まっていない
sleep-varies-text = 夜の間に姿勢が変わるのはふつうのことで、役に立つこともあります。寝始める姿勢に合わせて準備し、予備の枕を手の届くところに置いておけば、寝返りを打ったときにひざの間や下に入れられます。
sleep-tonight-varies-knee-pillow = ひざ用の予備の枕を手の届くところに
sleep-tonight-varies-head-pillow = 枕で頭が背骨と一直線になっている

## ヒント

sleep-tip-try-pillow-heights = 枕をいろいろ試してみましょう。少し高くしたり低くしたりするだけで、首の具合がかなり変わることがあります。
sleep-tip-change-positions = 夜の間に姿勢を変えてもかまいません。疲れた筋肉への圧力が和らぐこともあります。

## マットレス

sleep-mattress-title = マットレス
sleep-mattress-signs-worn-title = へたりのサイン
sleep-mattress-signs-worn-text = 寝ている場所がたわんだりへこんだりしている、またはでこぼこになっている。へたったマットレスでは、背骨が曲がってしまいます。
sleep-mattress-check-6-8-years-title = 6〜8年ごとに点検を
sleep-mattress-check-6-8-years-text = 少なくともそのくらいの間隔で状態を確かめましょう。以前のようには体を支えられなくなっているかもしれません。
sleep-mattress-firmness-title = やわらかすぎず、硬すぎず
sleep-mattress-firmness-text = やわらかすぎるマットレスも、硬すぎるマットレスも、痛みの原因になることがあります。腰痛のある人の多くは、やや硬めを好みますが、いちばんよいのは、背骨を自然な形に保ったまま快適に過ごせるものです。
sleep-mattress-test-title = 試し方
sleep-mattress-test-text = 靴を脱いで、ふだんの寝る姿勢で数分間横になってみましょう。背骨が、よい姿勢で立っているときと同じくらいまっすぐ保たれるのが理想です。友人の家やホテルのベッドも、無料で試せる機会です。
sleep-mattress-rotate-topper-title = たわんでいる場合
sleep-mattress-rotate-topper-text = 定期的に向きを変えるか、トッパーを重ねましょう。硬めのベッドが合うかどうかを知るには、マットレスを床に置いて数晩寝てみてください。
sleep-mattress-new-system-title = 新しいベッドが役立つことも
sleep-mattress-new-system-text = ある研究では、マットレスと土台を新しいものに替えたあと、63％近くの人で腰痛が軽くなりました。
sleep-mattress-not-only-cause-title = 唯一の原因であることはまれ
sleep-mattress-not-only-cause-text = 新しいものを買う前に、日中の過ごし方も見直しましょう。長時間座っていること、ストレス、運動不足のほうが、マットレスより影響が大きいことがよくあります。
