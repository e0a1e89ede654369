sync-heading = 在你的多台电脑之间同步
sync-off-hint = 在多台电脑上使用 Limber？选择一个你已经在用 Syncthing、Nextcloud、Dropbox、OneDrive 或 iCloud Drive 同步的文件夹，或者 U 盘上的文件夹。Limber 会在其中为这台电脑写入一个文件，并读取你其他电脑的文件，这样在一台电脑上完成的练习在所有电脑上都算数。Limber 本身从不使用网络。
sync-choose = 选择同步文件夹…
sync-folder = 文件夹
sync-last-synced = 上次同步
sync-not-yet = 尚未同步
sync-this-computer = 这台电脑
sync-now = 立即同步
sync-choose-another = 选择其他文件夹…
sync-stop = 停止同步
sync-devices-heading = 你的其他电脑
sync-no-devices = 还没有。在另一台电脑的 Limber 中选择同一个文件夹；它的文件到达后就会显示在这里。
sync-device-activity = { $changes }，最近更改：{ $when }
sync-confirm-remove = 停止读取“{ $name }”的文件？已经同步过来的内容会保留。
sync-yes-remove = 是，移除“{ $name }”
sync-keep = 保留“{ $name }”
sync-remove = 移除“{ $name }”
sync-skipped-heading = 上次同步时跳过的内容
sync-contents = 文件包含哪些内容
sync-contents-what = 你的练习记录、状态记录（日记）、休息日、你自己的练习，以及提醒时间、练习计划和目标。不包括声音设置和窗口大小。
sync-contents-plain = 这些文件是可读的 JSON，没有加密，所以请选择你信任的文件夹：任何能打开该文件夹的人都能读取它们。

sync-chosen = Limber 现在通过 { $folder } 同步。
sync-synced = 已同步。
sync-stopped = 已停止同步。Limber 的文件仍保留在 { $folder } 中；再次选择该文件夹即可重新开始。
sync-removed = 已移除“{ $name }”：Limber 不再读取它的文件。已经同步过来的内容会保留。

sync-just-now = 刚刚
sync-when = { $ago }（{ $time }）
sync-changes = { $count ->
        [0] 没有更改
       *[other] { $count } 项更改
    }
sync-written-none = 这台电脑尚未写入任何内容
sync-written = 这台电脑已写入 { $changes }
sync-unnamed = 未命名的电脑

sync-error-no-folder = 尚未选择同步文件夹：请在“设置”中选择，或运行 `limber sync --folder 路径`。
sync-error-folder = Limber 无法将 { $folder } 用作同步文件夹：{ $why }。
sync-why-not-found = 它不存在
sync-why-denied = Limber 没有在那里写入的权限
sync-why-read-only = 它位于只读磁盘上
sync-why-full = 磁盘已满
sync-why-not-folder = 它不是文件夹
sync-why-system = 系统提示：{ $detail }

sync-skip-unreadable-folder = 无法读取该文件夹：{ $why }
sync-skip-conflict-copy = 这是同步工具在两个版本冲突时创建的副本；Limber 会读取原始文件
sync-skip-unknown-name = 它的文件名不是 Limber 会写入的名称
sync-skip-not-file = 它不是普通文件
sync-skip-too-large = 它大于 { $megabytes } MB，远超 Limber 写入的文件大小
sync-skip-no-header = 它的开头不像 Limber 同步文件
sync-skip-newer = 它由更新版本的 Limber 写入（格式 { $version }）；请更新这台电脑上的 Limber 以读取它
sync-skip-other-device = 它的第一行写的是另一台电脑（{ $device }）
sync-skip-torn = 第 { $line } 行尚未完整到达；同步工具传送完成后就会读取
sync-skip-bad-line = 第 { $line } 行：{ $reason }
sync-skip-not-taken = 未采纳：{ $why }

sync-cli-synced = 已于 { $time } 与 { $folder } 同步。
sync-cli-this-computer = 这台电脑（{ $name }，{ $id }…）：写入了 { $written } 项新更改，共 { $total } 项。
sync-cli-read = 从 { $computers } 台其他电脑读取了 { $read } 项新更改。
sync-cli-device = { $name }（{ $id }…）：{ $changes } 项更改
sync-cli-device-last = { $name }（{ $id }…）：{ $changes } 项更改，最近更改：{ $last }
sync-cli-skipped = 跳过了 { $files } 个文件：
sync-picker-title = 选择用于同步的文件夹
