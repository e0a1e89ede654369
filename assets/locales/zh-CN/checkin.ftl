checkin-heading = 晨间状态记录
checkin-meta-again = { $day } · 你今天已经记录过了；可以修改后再次保存。
checkin-meta-new = { $day } · 今天早上腰背感觉怎么样？
# Safety text; back-translation into English: "Back (lower and upper) pain at this moment"
checkin-pain-legend = 此刻的腰背疼痛
checkin-pain-value = 疼痛 { $value }
# Safety text; back-translation into English: "0 no pain"
checkin-pain-low = 0 无痛
# Safety text; back-translation into English: "10 the most severe pain imaginable"
checkin-pain-high = 10 能想象到的最剧烈疼痛
checkin-stiffness-legend = 此刻的僵硬程度
checkin-stiffness-value = 僵硬 { $value }
# Safety text; back-translation into English: "0 not stiff"
checkin-stiffness-low = 0 不僵硬
# Safety text; back-translation into English: "10 almost cannot move"
checkin-stiffness-high = 10 几乎动不了
checkin-sleep-legend = 你睡得怎么样？
checkin-sleep-value = 睡眠：{ $quality }
checkin-sleep-very-poor = 很差
checkin-sleep-poor = 较差
checkin-sleep-ok = 一般
checkin-sleep-good = 较好
checkin-sleep-very-good = 很好
checkin-position-legend = 昨晚的睡姿
checkin-position-side = 侧睡
checkin-position-back = 仰睡
checkin-position-stomach = 趴睡
checkin-position-varies = 不固定
checkin-note = 备注（可选）
checkin-save = 保存记录
checkin-see-progress = 查看进展
checkin-not-saved = 尚未保存
checkin-saved-for = 已保存为 { $day } 的记录。
checkin-missing = 请回答：{ $questions }。
checkin-missing-pain = 腰背疼痛
checkin-missing-stiffness = 僵硬程度
checkin-missing-sleep = 睡眠质量
checkin-missing-position = 睡姿

checkin-card-not-saved = 今天的回答还没有保存：Limber 会保留它们并再次尝试。
checkin-card-see = 查看记录
checkin-card-done = 今天已记录：疼痛 { $pain }，僵硬 { $stiffness }，睡眠 { $sleep }/5。
checkin-card-edit = 编辑记录
checkin-card-invite = 今天早上腰背感觉怎么样？点四下，不到十秒。
checkin-card-now = 立即记录

recovery-heading = 你的数据已从备份中恢复
recovery-restored = { $records ->
        [0] Limber 发现数据库已损坏，已恢复 { $day } 的备份。在那次备份之后更改的设置已回到当时的状态。
       *[other] Limber 发现数据库已损坏，已恢复 { $day } 的备份，以及此后保存的 { $records } 条记录。在那次备份之后更改的设置已回到当时的状态。
    }
recovery-fresh-with-log = Limber 发现数据库已损坏，且没有可用的备份，因此用记录日志中的 { $records } 条记录重新开始。
recovery-fresh = Limber 发现数据库已损坏，且没有可用的备份，因此已重新开始。
recovery-kept = 损坏的文件已保留，没有删除：
recovery-told = { $what }{ $kept }{ $path }
recovery-details = 详细信息
recovery-ok = 确定
