reminder-banner-dismiss = 关闭
