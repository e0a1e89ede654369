problem-disk-full-title = 存放 Limber 数据的磁盘已满。
problem-disk-full-advice = { $readable ->
        [yes] 没有丢失任何数据。
       *[no] 没有丢失任何数据：你的数据仍在该文件夹中，一旦有了空间，Limber 就会打开它。
    }只要 Limber 保持打开，你新做的一切都会保留，Limber 每隔几秒会尝试保存一次。请在该磁盘上腾出一些空间（清空回收站，或删除不再需要的大文件），Limber 就会自动保存。
problem-read-only-title = Limber 无法保存：它的数据文件夹是只读的。
problem-read-only-advice = { $readable ->
        [yes] 没有丢失任何数据：你的数据仍在那里。
       *[no] 没有丢失任何数据：你的数据仍在该文件夹中，一旦可以，Limber 就会打开它。
    }只要 Limber 保持打开，你新做的一切都会保留，Limber 每隔几秒会尝试保存一次。请让该文件夹恢复可写（检查它所在的磁盘是否以只读方式挂载，以及该文件夹是否属于你的用户），Limber 就会自动保存。
problem-busy-title = 另一个程序正在使用 Limber 的数据文件。
problem-busy-advice = 没有丢失任何数据。只要 Limber 保持打开，你新做的一切都会保留，Limber 每隔几秒会尝试保存一次。另一个程序一释放该文件，就会自动保存；如果迟迟没有释放，请关闭可能打开了该文件的程序（备份或同步工具、数据库查看器、另一个 Limber）。
problem-unavailable-title = Limber 现在无法使用它的数据。
problem-unavailable-advice = { $readable ->
        [yes] 没有删除任何内容。
       *[no] 没有删除任何内容：你的数据仍在该文件夹中。
    }只要 Limber 保持打开，你新做的一切都会保留，Limber 每隔几秒会尝试保存一次。
problem-sentence = { $title }文件夹：{ $folder }。{ $advice }（详细信息：{ $detail }。）

problem-disk-full-waiting = 存放 Limber 数据的磁盘已满。Limber 会保留这项内容并每隔几秒重试：在该磁盘上腾出一些空间，它就会自动保存。在此之前请保持 Limber 打开。
problem-read-only-waiting = Limber 的数据文件夹是只读的。Limber 会保留这项内容并每隔几秒重试：让该文件夹恢复可写，它就会自动保存。在此之前请保持 Limber 打开。
problem-busy-waiting = 另一个程序正在使用 Limber 的数据文件。Limber 会保留这项内容并每隔几秒重试：另一个程序一释放该文件，它就会自动保存。在此之前请保持 Limber 打开。
problem-unavailable-waiting = Limber 现在无法使用它的数据。它会保留这项内容并每隔几秒重试。在保存之前请保持 Limber 打开。

problem-disk-full-refused = 未保存：存放 Limber 数据的磁盘已满。请在该磁盘上腾出一些空间后重试。
problem-read-only-refused = 未保存：Limber 的数据文件夹是只读的。请让它恢复可写后重试。

session-not-saved = 无法保存这次练习：{ $detail }。
