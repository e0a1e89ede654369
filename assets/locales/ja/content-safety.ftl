# 安全にかかわるテキストの日本語訳。en/content-safety.ftl（assets/content/safety.json と各エクササイズの注意から
# 生成）から訳しています。ここのすべてのメッセージには、back/content-safety.ftl に英語への逆翻訳があります。
# 変更したら、逆翻訳も書き直して比べてください（README の "Languages"）。

## エクササイズの注意

exercise-abdominal-bracing-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-abdominal-bracing-caution-2 = 力は軽く入れ、全力よりずっと弱くしてください。
exercise-abdominal-bracing-caution-3 = 妊娠中の場合は、このエクササイズは行わないでください。このエクササイズは仰向けに寝て行いますが、仰向けの姿勢は、特に妊娠16週以降は短くするのが望ましいためです。
exercise-abdominal-bracing-caution-4 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-cat-cow-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-cat-cow-caution-2 = ひざをつくと痛む場合は、たたんだタオルをひざの下に敷いてください。
exercise-cat-cow-caution-3 = 前かがみになると痛みが悪化する場合は、背中を丸める動きを小さくしてください。
exercise-cat-cow-caution-4 = 骨粗しょう症がある場合は、このエクササイズは行わないでください。背中を丸めると、背骨が前に曲がるためです。
exercise-cat-cow-caution-5 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-diaphragmatic-breathing-caution-1 = 痛みが悪化したら、中止してください。
exercise-diaphragmatic-breathing-caution-2 = 頭がふわっとしたら、少しの間ふつうに呼吸してください。
exercise-diaphragmatic-breathing-caution-3 = 妊娠中の場合は、仰向けではなく横向きに寝て行ってください。
exercise-head-tilt-caution-1 = 痛みが強くなったとき、めまいがするとき、または腕にしびれ、感覚の鈍さ、力の入りにくさが走るときは、中止してください。
exercise-head-tilt-caution-2 = 心地よい範囲でだけ傾けてください。手で頭を引っぱらないでください。
exercise-head-tilt-caution-3 = 最近、首や背中の手術を受けたか、首や背中の骨を折った場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-knee-to-chest-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-knee-to-chest-caution-2 = やさしく引き寄せてください。伸びる感じは軽い程度にとどめ、鋭い感じがしてはいけません。
exercise-knee-to-chest-caution-3 = 骨粗しょう症がある場合は、このエクササイズは行わないでください。ひざを抱えると背骨が前に曲がり、背骨を骨折するリスクが高まることがあります。
exercise-knee-to-chest-caution-4 = 前かがみになると腰の痛みが悪化する場合は、このエクササイズは行わないでください。
exercise-knee-to-chest-caution-5 = 妊娠中の場合は、このエクササイズは行わないでください。仰向けに寝て行うためです。
exercise-knee-to-chest-caution-6 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-log-roll-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-log-roll-caution-2 = 立ち上がる前にめまいがする場合は、もう少し長く座っていてください。
exercise-log-roll-caution-3 = ベッドに入るときや出るときは、腰から前にかがんだり、急に動いたりしないでください。
exercise-open-book-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、または腕にしびれが走ったら、中止してください。
exercise-open-book-caution-2 = 肩が無理なく動く範囲でだけ開いてください。腕が床に着く必要はありません。
exercise-open-book-caution-3 = 骨粗しょう症がある場合は、このエクササイズは行わないでください。背骨をねじるためです。
exercise-open-book-caution-4 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-plank-knees-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-plank-knees-caution-2 = ひざが痛む場合は、たたんだタオルをひざの下に敷いてください。
exercise-plank-knees-caution-3 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-plank-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-plank-caution-2 = 短いキープから始めて、少しずつ長くしてください。きつすぎる場合は、ひざをつくやり方にしてください。
exercise-plank-caution-3 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-progressive-muscle-relaxation-caution-1 = 痛みが悪化したら、中止してください。
exercise-progressive-muscle-relaxation-caution-2 = 力はやさしく入れてください。痛む部位は飛ばしてください。
exercise-progressive-muscle-relaxation-caution-3 = 妊娠中の場合は、仰向けではなく横向きに寝て行ってください。
exercise-scapular-clocks-caution-1 = 痛みが強くなったら、または腕にしびれ、感覚の鈍さ、力の入りにくさが走ったら、中止してください。
exercise-scapular-clocks-caution-2 = 肩が鳴ったり、うずいたりする場合は、円を小さくしてください。
exercise-scapular-clocks-caution-3 = 最近、首や背中の手術を受けたか、首や背中の骨を折った場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-shoulder-rows-caution-1 = 痛みが強くなったら、または腕にしびれ、感覚の鈍さ、力の入りにくさが走ったら、中止してください。
exercise-shoulder-rows-caution-2 = 首の力を抜き、肩を耳から離しておいてください。
exercise-shoulder-rows-caution-3 = 最近、首や背中の手術を受けたか、首や背中の骨を折った場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。
exercise-supine-knee-twist-caution-1 = 痛みが強くなったり、脚のほうへ広がったりしたら、中止してください。
exercise-supine-knee-twist-caution-2 = ひざは心地よい範囲でだけ倒してください。床に着く必要はありません。
exercise-supine-knee-twist-caution-3 = 骨粗しょう症がある場合は、このエクササイズは行わないでください。背骨をねじるためです。
exercise-supine-knee-twist-caution-4 = 妊娠中の場合は、このエクササイズは行わないでください。仰向けに寝て行うためです。
exercise-supine-knee-twist-caution-5 = 最近、腰や背中の手術を受けたか、背骨を骨折した場合は、執刀医または理学療法士が問題ないと言うまで、このエクササイズは行わないでください。

## 安全ガイド

safety-title = まず安全について
safety-intro = Limberは、やさしい動きをガイドします。痛みの原因を見分けることはできません。腰や背中の痛みのほとんどは深刻なものではありませんが、専門家に診てもらう必要があるサインもあり、中には待ってはいけないものもあります。
safety-level-get-help-now-heading = すぐに助けを求めてください
# 緊急通報の番号は日本の119を最初に置き、原文の番号もすべて残しています。
safety-level-get-help-now-action = 腰や背中に痛みがあり、次のいずれかがある場合は、救急の番号に電話するか（日本は119、英国は999、ヨーロッパは112、米国とカナダは911）、今日中に急患を診てくれる医療機関か、かかりつけの医師に診てもらってください。治まるかどうか様子を見たりせず、ルーティンも続けないでください。
safety-sign-bladder-bowel = 排尿に新たな問題が出てきた、または尿や便のコントロールができない。
safety-sign-numb-saddle = 性器、おしり、太ももの内側のあたりに、感覚の鈍さ、しびれ、またはチクチクする感じがある。
safety-sign-both-legs = 両脚に力が入りにくい、感覚が鈍い、またはしびれる。あるいは、脚の力がどんどん弱くなっている。
safety-sign-after-fall = 転んだ、背中を打った、または事故にあったあとで痛みが始まった。
safety-sign-chest-pain = 腰や背中の痛みと一緒に、胸の痛みがある。
safety-sign-fever-unwell = 高い熱がある、または体が熱い、ぞくぞくする、とても具合が悪いと感じる。
safety-sign-belly-throbbing = お腹にズキズキする、または脈打つような痛みがある。
safety-level-see-someone-soon-heading = 早めに医師か理学療法士に診てもらってください
safety-level-see-someone-soon-action = 次のいずれかに当てはまる場合は、数日以内に予約を取ってください。それまでは、やさしく体を動かし続け、痛みが悪化するようなことはやめてください。
safety-sign-lasts-weeks = 自宅でケアしているのに、痛みが数週間を超えて続いている。
safety-sign-severe-or-worsening = 痛みが激しい、または悪化し続けている。
safety-sign-night-pain = 夜や横になったときに痛みが強くなる、または痛みで目が覚める。
safety-sign-legs-numb-tingling-weak = 片脚に感覚の鈍さ、しびれ、または力の入りにくさがある。あるいは、ひざより下まで広がる痛みがある。
safety-sign-weight-loss = 理由がわからないまま、体重が減っている。
safety-sign-swelling = 背中に腫れや赤みがある。
safety-sign-wraps-around = 痛みが脇腹へ回り込み、体に帯を巻いたように感じる。
safety-sign-nausea = 痛みと一緒に、吐き気がある、または吐いてしまう。
safety-sign-daily-life = 痛みのせいで、ふだんの一日を過ごすのがつらい。
safety-stop-if-worse = 痛みが悪化するエクササイズは中止してください。ゆっくり動き、反動をつけず、ふつうに呼吸を続けてください。
safety-not-medical-advice = Limberは医学的な助言ではなく、医療の専門家の代わりにはなりません。一般的でやさしいルーティンと睡眠のヒントを提供します。
safety-stiff-mornings-ease = 朝起きてすぐのこわばりはよくあることで、動き始めると和らぐことが多いです。
safety-keep-a-journal = 痛みと睡眠を毎日記録すると、何が違いを生むのかを、ご自身や治療にあたる人が知る助けになります。
