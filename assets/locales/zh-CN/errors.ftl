error-not-found = { $what ->
        [exercise] 没有名为“{ $id }”的动作。
        [session] 没有名为“{ $id }”的练习记录。
        [own-routine] 你没有名为“{ $id }”的练习。
       *[routine] 没有名为“{ $id }”的练习。
    }
error-as-said = { $text }
error-library = 内置动作库无效：{ $detail }
error-data-dir = 找不到数据文件夹：{ $detail }
error-internal = Limber 内部出错了：{ $detail }
