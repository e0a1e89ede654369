# 睡眠环境指南，译自 en/content-sleep.ftl（由 assets/content/sleep-setup.json 生成）。
# sleep-tonight-* 是今晚布置的勾选框，用第一人称（“我的膝盖”）。

sleep-title = 睡眠环境
sleep-intro = 夜里怎么躺，可能会让你早上起来腰背僵硬。在合适的位置放几个枕头，常常会有帮助。
sleep-neutral-spine-title = 目标：脊柱保持中立
sleep-neutral-spine-text = 颈部和腰背休息时不应有大的弯曲或扭转，这样压力才能均匀分散。这比找到一个完美的睡姿更重要。侧睡往往是最容易做到这一点的方式。

## 侧睡

sleep-position-side-name = 侧睡
sleep-position-side-figure-label = 一个人侧躺着，两膝之间夹着枕头，膝盖微微弯曲，怀里抱着一个枕头
sleep-position-side-summary = 往往是最容易让脊柱保持中立的姿势。
sleep-setup-side-knee-pillow-what = 两膝之间放一个枕头
sleep-setup-side-knee-pillow-why = 它让髋部保持水平，下背部就不会扭转。
sleep-setup-side-knees-bent-what = 膝盖稍微向胸口收起
sleep-setup-side-knees-bent-why = 微微弯曲可以减轻下背部的负担。
sleep-setup-side-hug-pillow-what = 身前抱一个枕头
sleep-setup-side-hug-pillow-why = 它能防止上方的肩膀和胸口向前倾，带着上背部扭转。
sleep-setup-side-back-pillow-what = 可选：背后放一个长枕
sleep-setup-side-back-pillow-why = 如果你夜里容易翻成仰卧，它会轻轻提醒你保持侧睡。
sleep-setup-side-head-pillow-what = 较厚的枕头
sleep-setup-side-head-pillow-why = 它应该填满耳朵和肩膀之间的空隙，让头部和脊柱保持在一条线上。
sleep-note-side-hip-shoulder = 髋部或肩膀有问题时，侧睡可能会不舒服。如果会痛，可以改成仰睡试试。
sleep-tonight-side-knee-pillow = 两膝之间放了枕头
sleep-tonight-side-hug-pillow = 有一个可以抱的枕头
sleep-tonight-side-head-pillow = 枕头填满了到肩膀的空隙

## 仰睡

sleep-position-back-name = 仰睡
sleep-position-back-figure-label = 一个人仰躺着，膝盖下垫着枕头，下背部下面垫着卷起的毛巾
sleep-position-back-summary = 膝盖和下背部有支撑时，这是一个好姿势。
sleep-setup-back-knee-pillow-what = 膝盖下垫一个（或两个）枕头
sleep-setup-back-knee-pillow-why = 膝盖弯曲可以减轻下背部的压力。
sleep-setup-back-towel-roll-what = 腰窝下面垫一个小枕头或卷起的毛巾
sleep-setup-back-towel-roll-why = 如果下背部下面有空隙，把它填上可以支撑腰部的自然弧度。
sleep-setup-back-head-pillow-what = 中等厚度的枕头
sleep-setup-back-head-pillow-why = 它应该支撑住颈部的弧度。枕头太多会把下巴推向胸口。
sleep-note-back-try-side = 如果仰睡还是会痛，试试侧睡，两膝之间夹一个枕头。
sleep-tonight-back-knee-pillow = 膝盖下垫了枕头
sleep-tonight-back-towel-roll = 下背部下面有空隙的话，垫了卷起的毛巾
sleep-tonight-back-head-pillow = 一个中等厚度的枕头

## 趴睡

sleep-position-stomach-name = 趴睡
sleep-position-stomach-figure-label = 一个人趴着，髋部下面垫着薄枕头，头下是一个薄枕头
sleep-position-stomach-summary = 对腰背负担最大的姿势。如果只有这样你才能睡着，就让它温和一些。
sleep-setup-stomach-pelvis-pillow-what = 髋部和下腹部下面垫一个薄枕头
sleep-setup-stomach-pelvis-pillow-why = 它能减小下背部的弯曲。
sleep-setup-stomach-head-pillow-what = 薄枕头，或者不用枕头
sleep-setup-stomach-head-pillow-why = 厚枕头会让颈部向后弯。如果你用两个枕头，拿走一个。
sleep-note-stomach-change-habit = 想改掉这个习惯：入睡时先侧躺，抱着一个长抱枕；或者穿一件前面有口袋的睡衣，在口袋里放一个网球，这样翻成趴睡时会感到不舒服。
sleep-tonight-stomach-pelvis-pillow = 髋部下面垫了薄枕头
sleep-tonight-stomach-head-pillow = 薄枕头，或者不用枕头
sleep-tonight-stomach-body-pillow = 有长抱枕，先侧躺入睡

## 睡姿不固定时

sleep-varies-name = 不固定
sleep-varies-text = 夜里换姿势是正常的，也可能有帮助。按你入睡时的姿势布置好，再在手边放一个备用枕头，翻身时就可以把它放在两膝之间或膝盖下面。
sleep-tonight-varies-knee-pillow = 手边有给膝盖用的备用枕头
sleep-tonight-varies-head-pillow = 枕头让我的头和脊柱保持在一条线上

## 小建议

sleep-tip-try-pillow-heights = 试试不同的枕头：稍高一点或稍低一点，对颈部可能会有明显的不同。
sleep-tip-change-positions = 夜里变换姿势没有问题，还能减轻疲劳肌肉受到的压力。

## 床垫

sleep-mattress-title = 你的床垫
sleep-mattress-signs-worn-title = 床垫磨损的迹象
sleep-mattress-signs-worn-text = 躺的地方下陷或凹下去，或者变得凹凸不平。磨损的床垫会让脊柱弯曲，偏离正常的线条。
sleep-mattress-check-6-8-years-title = 每 6 到 8 年检查一次
sleep-mattress-check-6-8-years-text = 至少每隔这么久检查一次它的状况；它可能已经不能像以前那样支撑你了。
sleep-mattress-firmness-title = 不太软，也不太硬
sleep-mattress-firmness-text = 床垫太软或太硬，都可能带来疼痛。许多腰背痛的人偏爱中等偏硬的床垫，但最好的床垫是能让你在脊柱保持中立时感到舒适的那一张。
sleep-mattress-test-title = 怎样试床垫
sleep-mattress-test-text = 脱掉鞋子，用你平时的睡姿躺几分钟。脊柱应该像你站得端正时一样直。朋友家或酒店的床也是免费的试躺机会。
sleep-mattress-rotate-topper-title = 如果床垫下陷
sleep-mattress-rotate-topper-text = 定期把它调个头，或者加一层床褥。想知道更硬的床是否有帮助，可以把床垫放在地板上睡几晚试试。
sleep-mattress-new-system-title = 新床可能有帮助
sleep-mattress-new-system-text = 在一项研究中，近 63% 的人在换了新床垫和床架之后，下背痛减轻了。
sleep-mattress-not-only-cause-title = 很少是唯一的原因
sleep-mattress-not-only-cause-text = 在买新床垫之前，也看看你白天的情况：久坐、压力大和活动太少，往往比床垫更重要。
