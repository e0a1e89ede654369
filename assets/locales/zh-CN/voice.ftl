# 语音教练：当教练不会说当前语言时“设置 > 声音”里的提示，以及由 scripts/voice.py 合成的教练固定用语
# （练习的名称和朗读句子在 content-exercises.ftl 中）。简短、平静、适合听。

sound-voice-not-in-language = 语音教练还不会说中文，因此无论你在这里选择什么，练习时都只播放提示音。

voice-number-1 = 一
voice-number-2 = 二
voice-number-3 = 三
voice-number-4 = 四
voice-number-5 = 五
voice-number-6 = 六
voice-number-7 = 七
voice-number-8 = 八
voice-number-9 = 九
voice-number-10 = 十
voice-number-11 = 十一
voice-number-12 = 十二
voice-number-13 = 十三
voice-number-14 = 十四
voice-number-15 = 十五
voice-number-16 = 十六
voice-number-17 = 十七
voice-number-18 = 十八
voice-number-19 = 十九
voice-number-20 = 二十

voice-switch-sides = 换另一侧。
voice-rest = 休息。
voice-halfway = 已经一半了。
voice-last-one = 最后一次。
voice-well-done = 做得好。
voice-breathe-in = 吸气。
voice-breathe-out = 呼气。
voice-sample = 你好。这个声音会带你完成整套练习。
