# エクササイズの日本語訳。en/content-exercises.ftl（assets/exercises/*.json から生成）から訳しています。
# -spoken は音声コーチが読み上げる文なので、記号や数字を使わず、耳で聞いてわかる言葉にしています。

## お腹の引き締め

exercise-abdominal-bracing-name = お腹の引き締め
exercise-abdominal-bracing-summary = 仰向けで、お腹の筋肉をやさしく引き締め、呼吸を続けながらキープし、力を抜きます。
exercise-abdominal-bracing-spoken = 仰向けに寝て、ひざを曲げ、お腹をやさしく引き締めます。キープしている間も呼吸を続け、それから力を抜きます。
exercise-abdominal-bracing-step-1 = 仰向けに寝て、ひざを曲げ、足の裏を床につけます。
exercise-abdominal-bracing-step-2 = 軽くつつかれるのに備えるように、お腹のまわりの筋肉をやさしく引き締めます。
exercise-abdominal-bracing-step-3 = 背中と腰は動かさないでください。押しつけたり、持ち上げたりする必要はありません。
exercise-abdominal-bracing-step-4 = 呼吸を続けながらキープし、それから力をすっかり抜きます。
exercise-abdominal-bracing-breathing = キープしている間もふつうに呼吸を続けてください。息を止めないでください。
exercise-abdominal-bracing-pace-brace = 引き締める
exercise-abdominal-bracing-pace-relax = 力を抜く

## キャット＆カウ

exercise-cat-cow-name = キャット＆カウ
exercise-cat-cow-summary = 呼吸に合わせて、ゆっくり背中を反らせたり丸めたりします。
exercise-cat-cow-spoken = 四つんばいになり、息を吸いながらお腹を沈め、息を吐きながら背中を丸めます。心地よい範囲でだけ動かしましょう。
exercise-cat-cow-step-1 = 四つんばいになり、手は肩の下、ひざは股関節の下に置きます。
exercise-cat-cow-step-2 = 息を吸いながら、胸と尾骨を持ち上げ、お腹を沈めます。
exercise-cat-cow-step-3 = 息を吐きながら、あごを引き、背中を天井に向けて丸めます。
exercise-cat-cow-step-4 = 反動をつけず、ゆっくりなめらかに動かします。
exercise-cat-cow-step-5 = 心地よいと感じる範囲でだけ動かします。
exercise-cat-cow-breathing = 背中を反らせるときに息を吸い、丸めるときに息を吐きます。
exercise-cat-cow-pace-cow = カウ
exercise-cat-cow-pace-cat = キャット

## ゆっくり腹式呼吸

exercise-diaphragmatic-breathing-name = ゆっくり腹式呼吸
exercise-diaphragmatic-breathing-summary = お腹にゆっくり息を入れます。5秒で吸って、5秒で吐きます。
exercise-diaphragmatic-breathing-spoken = 片手をお腹に置き、お腹がふくらむように鼻から息を吸います。ゆっくり息を吐いて、お腹をしぼませます。
exercise-diaphragmatic-breathing-step-1 = 仰向けに寝てひざを曲げます。そのほうが楽なら、横向きでもかまいません。
exercise-diaphragmatic-breathing-step-2 = 片手を胸に、もう片方の手をお腹に置きます。
exercise-diaphragmatic-breathing-step-3 = 鼻から息を吸い、お腹をふくらませます。胸は動かさないようにします。
exercise-diaphragmatic-breathing-step-4 = ゆっくり息を吐き、お腹をしぼませます。
exercise-diaphragmatic-breathing-breathing = 鼻から5秒ほどかけて吸い、5秒ほどかけて吐きます。途中で止めたり、息をこらえたりしないでください。
exercise-diaphragmatic-breathing-pace-breathe-in = 吸う
exercise-diaphragmatic-breathing-pace-breathe-out = 吐く

## 首の横倒し

exercise-head-tilt-name = 首の横倒し
exercise-head-tilt-summary = 背すじを伸ばして座り、片方の耳を肩のほうへ傾けてキープします。
exercise-head-tilt-spoken = 背すじを伸ばして座り、片方の耳をゆっくり肩のほうへ傾けます。軽く伸びるところまでで十分です。それから頭をまん中に戻します。
exercise-head-tilt-step-1 = 背すじを伸ばして座り、肩の力を抜いて下ろします。
exercise-head-tilt-step-2 = 片方の耳が同じ側の肩に近づくように、ゆっくり頭を傾けます。
exercise-head-tilt-step-3 = 首の横が軽く伸びるところで止めます。
exercise-head-tilt-step-4 = キープしてから、頭をまん中に戻します。
exercise-head-tilt-breathing = ゆっくり呼吸し、息を吐くたびに肩の力を抜いて下ろします。
exercise-head-tilt-pace-tilt = 傾ける
exercise-head-tilt-pace-hold = キープ
exercise-head-tilt-pace-return = 戻す

## ひざ抱えストレッチ

exercise-knee-to-chest-name = ひざ抱えストレッチ
exercise-knee-to-chest-summary = 仰向けで、片ひざを胸のほうへ抱え寄せてキープします。
exercise-knee-to-chest-spoken = 仰向けで、片ひざを両手で持ち、やさしく胸のほうへ引き寄せます。伸びる感じは軽い程度にし、鋭く感じるほどにはしないでください。
exercise-knee-to-chest-step-1 = 仰向けに寝て、両ひざを曲げ、足の裏を床につけます。
exercise-knee-to-chest-step-2 = 片ひざを持ち上げ、太ももの裏かすねを両手で持ちます。
exercise-knee-to-chest-step-3 = 腰が軽く伸びるのを感じるところまで、やさしく胸のほうへ引き寄せます。
exercise-knee-to-chest-step-4 = 反対の足は、力を抜いてベッドか床に置いておきます。
exercise-knee-to-chest-step-5 = 反対側に替える前に、脚をゆっくり下ろします。
exercise-knee-to-chest-breathing = ゆっくり呼吸し、息を吐くたびに腰をゆるめます。
exercise-knee-to-chest-pace-draw-in = 引き寄せる
exercise-knee-to-chest-pace-hold = キープ

## 安全な起き上がり方

exercise-log-roll-name = 安全な起き上がり方
exercise-log-roll-summary = 横向きに転がり、腕で体を押し上げ、脚を外に下ろして、ゆっくり立ちます。夜は逆の順に行います。
exercise-log-roll-spoken = 体をひとかたまりにしたまま横向きに転がり、腕で体を押し上げて、脚を下ろします。少し座ってから、ゆっくり立ち上がります。
exercise-log-roll-step-1 = ひざを曲げ、体をねじらずに、ひとかたまりのまま横向きに転がります。
exercise-log-roll-step-2 = 腕で体を押し上げて、座った姿勢になります。
exercise-log-roll-step-3 = 起き上がりながら、脚をベッドの端から下ろします。
exercise-log-roll-step-4 = 少し座ってから、ゆっくり立ち上がります。
exercise-log-roll-step-5 = 夜に横になるときは逆の順に行います。座り、横向きに体を下ろし、それから仰向けに転がります。
exercise-log-roll-breathing = 体を押し上げるときに息を吐きます。
exercise-log-roll-pace-roll = 転がる
exercise-log-roll-pace-push-up = 押し上げる
exercise-log-roll-pace-swing-legs = 脚を下ろす
exercise-log-roll-pace-stand = 立つ

## オープンブック

exercise-open-book-name = オープンブック
exercise-open-book-summary = 横向きに寝て、上の腕を本のように開き、また閉じます。
exercise-open-book-spoken = 横向きに寝て、ひざをそろえ、両腕を前に伸ばします。息を吸いながら上の腕を上へ、反対側へと開き、息を吐きながら閉じます。
exercise-open-book-step-1 = 横向きに寝てひざを曲げ、両腕をまっすぐ前に伸ばし、手のひらを合わせます。
exercise-open-book-step-2 = ひざはそろえたまま、床につけておきます。
exercise-open-book-step-3 = 上の腕を持ち上げて上へ、反対側へと開き、胸を天井に向けます。
exercise-open-book-step-4 = 目で手を追い、そのままゆっくり1呼吸休みます。
exercise-open-book-step-5 = 腕をゆっくり戻して、本を閉じます。
exercise-open-book-breathing = 開くときに息を吸います。そこで楽に1呼吸、吐いて吸って休み、閉じるときに息を吐きます。息は止めないでください。
exercise-open-book-pace-open = 開く
exercise-open-book-pace-hold = キープ
exercise-open-book-pace-close = 閉じる

## ひざつきプランク

exercise-plank-knees-name = ひざつきプランク
exercise-plank-knees-summary = やさしいプランクです。前腕をつき、頭からひざまでを一直線に保ちます。
exercise-plank-knees-spoken = 前腕とひざをつき、頭からひざまでが一直線になるように腰を持ち上げます。呼吸は一定に続けましょう。
exercise-plank-knees-step-1 = うつ伏せになり、ひじを肩の下にして前腕で体を支えます。
exercise-plank-knees-step-2 = ひざは床につけたまま、腰を持ち上げます。
exercise-plank-knees-step-3 = 頭からひざまでを一直線にします。
exercise-plank-knees-step-4 = 時間になったら、気をつけて体を下ろします。
exercise-plank-knees-breathing = 最後まで一定のリズムで呼吸を続けます。

## プランク

exercise-plank-name = プランク
exercise-plank-summary = 前腕とつま先で支え、体を一直線に保ちます。
exercise-plank-spoken = 前腕とつま先で支え、体を一直線に保ちます。腰が下がったり、上がったりしないようにします。呼吸は一定に続けましょう。
exercise-plank-step-1 = うつ伏せになり、ひじを肩の下にして前腕で体を支えます。
exercise-plank-step-2 = 頭からかかとまでが一直線になるように、腰を持ち上げます。
exercise-plank-step-3 = お腹を軽く引き締め、腰が下がったり上がったりしないようにします。
exercise-plank-step-4 = 時間になったら、気をつけて体を下ろします。
exercise-plank-breathing = 最後まで一定のリズムで呼吸を続けます。

## 漸進的筋弛緩法

exercise-progressive-muscle-relaxation-name = 漸進的筋弛緩法
exercise-progressive-muscle-relaxation-summary = 体の一部にやさしく力を入れてから抜きます。足から顔へと順に進みます。
exercise-progressive-muscle-relaxation-spoken = 息を吸いながら体の一部にやさしく力を入れ、息を吐きながら力を抜きます。足から始めて、顔まで順に上がっていきます。
exercise-progressive-muscle-relaxation-step-1 = 楽な姿勢で横になり、よければ目を閉じます。
exercise-progressive-muscle-relaxation-step-2 = まず足から。5秒ほど、やさしく力を入れます。
exercise-progressive-muscle-relaxation-step-3 = 一気に力を抜き、筋肉がゆるむのを感じます。
exercise-progressive-muscle-relaxation-step-4 = 脚、腰、お腹、手と肩、顔へと、ひとつずつ上がっていきます。
exercise-progressive-muscle-relaxation-breathing = 力を入れるときに息を吸い、力を抜くときにゆっくり息を吐きます。
exercise-progressive-muscle-relaxation-pace-tense = 力を入れる
exercise-progressive-muscle-relaxation-pace-release = 力を抜く

## 肩甲骨の時計回し

exercise-scapular-clocks-name = 肩甲骨の時計回し
exercise-scapular-clocks-summary = 片方の肩甲骨を、時計の文字盤をなぞるようにゆっくり回します。上、後ろ、下、前の順です。
exercise-scapular-clocks-spoken = 背すじを伸ばして座るか立ち、片方の肩甲骨をゆっくり円を描くように回します。上、後ろ、下、前の順です。円は小さく、楽にしましょう。
exercise-scapular-clocks-step-1 = 背すじを伸ばして立つか座り、腕はだらりと下げます。
exercise-scapular-clocks-step-2 = 片方の肩を耳のほうへ持ち上げます。
exercise-scapular-clocks-step-3 = 円をなぞるように、後ろへ、下へ、前へと動かします。
exercise-scapular-clocks-step-4 = ほかの部分は動かさず、ゆっくり動かします。
exercise-scapular-clocks-breathing = 一定のリズムで呼吸します。息を止めないでください。
exercise-scapular-clocks-pace-up = 上
exercise-scapular-clocks-pace-back = 後ろ
exercise-scapular-clocks-pace-down = 下
exercise-scapular-clocks-pace-forward = 前

## 肩甲骨寄せ

exercise-shoulder-rows-name = 肩甲骨寄せ
exercise-shoulder-rows-summary = ひじを後ろに引いて肩甲骨を寄せ、それからゆるめます。
exercise-shoulder-rows-spoken = 背すじを伸ばして座るか立ち、息を吐きながらひじを後ろに引いて、肩甲骨を寄せます。息を吸いながら、ゆっくりゆるめます。
exercise-shoulder-rows-step-1 = 背すじを伸ばして座るか立ち、腕を曲げて体の横に置きます。
exercise-shoulder-rows-step-2 = ボートをこぐように、ひじを後ろに引きます。
exercise-shoulder-rows-step-3 = 肩甲骨を寄せながら、下げます。
exercise-shoulder-rows-step-4 = ゆっくりゆるめて、最初の姿勢に戻ります。
exercise-shoulder-rows-breathing = 引くときに息を吐き、ゆるめるときに息を吸います。
exercise-shoulder-rows-pace-pull = 引く
exercise-shoulder-rows-pace-hold = キープ
exercise-shoulder-rows-pace-release = ゆるめる

## 仰向けひざ倒し

exercise-supine-knee-twist-name = 仰向けひざ倒し
exercise-supine-knee-twist-summary = 仰向けでひざを曲げ、両ひざを片側へ倒し、次に反対側へ倒します。
exercise-supine-knee-twist-spoken = 仰向けでひざを曲げ、息を吐きながら両ひざをゆっくり片側へ倒します。息を吸いながら、まん中に戻します。
exercise-supine-knee-twist-step-1 = 仰向けに寝てひざを曲げ、足の裏を床につけ、両腕は横に広げて休めます。
exercise-supine-knee-twist-step-2 = ひざをそろえたまま、ゆっくり片側へ倒します。
exercise-supine-knee-twist-step-3 = 両肩は下につけたまま、そこで1呼吸とどまります。
exercise-supine-knee-twist-step-4 = ひざをまん中に戻し、次に反対側へ倒します。
exercise-supine-knee-twist-breathing = ひざを倒すときに息を吐き、そこで楽に1呼吸し、戻すときに息を吸います。
exercise-supine-knee-twist-pace-lower = 倒す
exercise-supine-knee-twist-pace-hold = キープ
exercise-supine-knee-twist-pace-return = 戻す
