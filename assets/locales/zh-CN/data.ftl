data-heading = 你的数据
data-hint = 所有数据都保存在这台电脑上（如果你在下方选择了同步文件夹，也会保存在那里）。你可以导出一份副本，用于保存、转移到另一台电脑，或在电子表格中打开。
data-export-json = 导出全部（JSON）…
data-export-sessions = 导出练习记录（CSV）…
data-export-journal = 导出日记（CSV）…
data-exported = 已将 { $size } 保存到 { $path }。
data-import-heading = 导入
data-import-hint = 导入 Limber 导出的文件（JSON）。文件会先经过检查；只要其中有任何错误，就不会做任何更改。你已有的练习记录和日记条目会保留，因此同一个文件导入两次也不会重复添加。
data-import = 导入 Limber 导出文件…
data-backups-heading = 每日备份
data-backups-hint = Limber 每天复制一次数据库，并保留最近的 { $kept } 份副本。如果数据库损坏，Limber 会在启动时恢复最近一份完好的副本。副本位于 { $folder }。
data-no-backup = 还没有备份；今天会创建第一份。
data-backups-label = 备份
data-backup-row = { $day } · { $size }
data-backup-old = 你最新的备份已是 { $days } 天前的了。如果现在数据损坏，Limber 只能将其恢复到 { $days } 天前的状态，此后记录的所有内容都会丢失。Limber 在每个运行的日子都会创建备份；如果这条警告一直存在，请检查磁盘是否还有剩余空间，以及备份文件夹是否可以写入。

size-bytes = { $bytes } 字节
size-kilobytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } KB
size-megabytes = { NUMBER($size, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB

import-done = 已导入：添加了 { $sessions } 条练习记录{ $skipped ->
        [0] {""}
       *[other] （{ $skipped } 条已存在）
    }，添加了 { $entries } 条日记{ $updated ->
        [0] {""}
       *[other] （{ $updated } 条已用较新的回答更新）
    }{ $restDays ->
        [0] {""}
       *[other] ，添加了 { $restDays } 个休息日
    }{ $routines ->
        [0] {""}
       *[other] ，添加或更新了 { $routines } 个自定义练习
    }{ $settings ->
        [0] {""}
       *[other] ，添加了 { $settings } 项设置
    }。
import-refused-invalid = 未导入任何内容：文件中有 { $total } 个问题。{ $shown ->
        [1] 问题如下
       *[other] 前 { $shown } 个问题如下
    }：{ $problems }{ $more ->
        [0] 。
       *[other] ；另有 { $more } 个。
    }
import-refused-not-export = 未导入任何内容：该文件不是 Limber 导出文件。
import-refused-not-text = 未导入任何内容：该文件不是 Limber 导出文件（它不是文本文件）。
import-refused-newer = 未导入任何内容：该文件由更新版本的 Limber 创建（导出版本 { $found }；此 Limber 最高只能读取版本 { $known }）；请更新 Limber 后再导入。
import-refused-too-large = 未导入任何内容：该文件太大，不可能是 Limber 导出文件（{ $bytes } 字节；上限为 { $limit } 字节）。
import-refused = 未导入任何内容：{ $reason }。
import-picked-up = 正在运行的 Limber 已读取此更改。
data-filter-json = Limber 导出文件（JSON）
data-filter-csv = CSV 电子表格
file-write-failed = 无法写入 { $path }：{ $detail }。
file-save-failed = 无法保存 { $path }：{ $detail }。
