saving-folder = 文件夹：
saving-not-saved-yet = 尚未保存
saving-waiting = 你有 { $count } 项操作尚未保存。只要 Limber 保持打开，就会保留它们。
saving-quit-held = Limber 没有退出，因为尚未保存的内容会丢失。请腾出空间（或修复该文件夹）并等待几秒，或者仍然退出。
saving-quit-anyway = 仍然退出并丢弃
saving-clear = 已保存。Limber 又可以写入数据了，之前等待保存的内容现在都已写入磁盘。
saving-clear-label = 已保存
saving-clear-ok = 确定

saving-record-saving = 正在保存…
saving-record-counts = 已保存。今天的练习算数。
saving-record-not-counted = 已保存。今天不计入：完成的部分不到练习的大部分。
saving-feel-saved = 已随本次练习一起保存。
saving-feel-waiting = 尚未保存：Limber 会保留你的回答，并与本次练习一起保存。
saving-feel-refused = 未保存：{ $problem }
