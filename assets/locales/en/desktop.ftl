# The menu entry (src-tauri/linux/limber.desktop.hbs) and the software-centre listing
# (src-tauri/linux/app.limber.desktop.metainfo.xml). scripts/desktop-l10n.mjs writes both from these messages in
# every complete language; run it after changing one. Plain text only: no variables.

desktop-generic-name = Back care routines
desktop-comment = Gentle bedtime and morning back routines
# Words a menu search finds Limber by, each ended by a semicolon.
desktop-keywords = back;pain;stiff;stretch;mobility;bedtime;wind-down;morning;sleep;routine;exercise;
desktop-action-bedtime = Start the bedtime wind-down
desktop-action-morning = Start the morning mobility routine

appstream-summary = Gentle bedtime and morning routines for a stiff back
appstream-intro =
    Limber guides you through a calm wind-down before sleep and a short mobility routine when you wake,
    for a back that is stiff or sore. Each exercise has a timer, a simple illustration and soft audio cues,
    so you can follow along with the screen dimmed.
appstream-feature-bedtime = A bedtime wind-down of slow breathing and gentle stretches, done on the floor or in bed
appstream-feature-morning = A few minutes of morning mobility that start in bed, and a safe way to get up
appstream-feature-reminders = Reminders that keep time across time zones and daylight saving changes
appstream-feature-journal = A pain and sleep journal, streaks and weekly goals to see what helps
appstream-feature-advice = Advice on sleeping positions, pillows and mattresses
appstream-privacy =
    Limber is private: it works offline and keeps your data on your computer. It is not medical advice;
    it tells you when to see a professional.
# Words a software centre finds Limber by, separated by semicolons.
appstream-keywords = back pain;stretch;mobility;bedtime;sleep;routine
