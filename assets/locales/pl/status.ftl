status-weekday = { $day ->
    [mon] poniedziałek
    [tue] wtorek
    [wed] środa
    [thu] czwartek
    [fri] piątek
    [sat] sobota
   *[sun] niedziela
}
# Dopełniacz: nazwa miesiąca zawsze stoi tu po liczbie dnia („28 listopada”, „7 grudnia 2026”).
status-month = { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}
status-date = { $day } { $month }
status-today = dzisiaj
status-tomorrow = jutro
status-yesterday = wczoraj
# Noc po danym dniu („poniedziałek w nocy, 00:30”); $weekday jest w mianowniku, więc bez „z … na …”.
status-night = { $weekday } w nocy
status-at = { $day } o { $time }
status-after-midnight = { $day }, { $time }
status-first-use = { $day }, przy pierwszym użyciu po { $time }
status-snoozed = drzemka do { $time }
status-now = teraz
status-quiet-hours-end = gdy godziny ciszy skończą się o { $time }
status-minutes = { $minutes } min
status-days = { $days ->
    [one] { $days } dzień
   *[other] { $days } dni
}
status-rule-at = o { $time }
status-rule-bedtime = { $minutes } min przed porą snu o { $time }
status-rule-first-use = pierwsze użycie po { $time }

status-tray-paused = Przypomnienia wstrzymane na dziś
status-tray-next = Następne: { $routine }, { $when }
status-tray-none = Brak ustawionych przypomnień
status-tray-no-streak = Jeszcze nie ma serii
status-tray-streak = Seria: { $streaks }
status-tray-streak-item = { $routine } { $days }

status-cli-now = Limber, { $weekday }, { $day } { $month } { $year }, { $time } ({ $zone })
status-cli-paused = Przypomnienia są wstrzymane na dziś.
status-cli-next = Następne przypomnienie: { $routine }, { $when }
status-cli-next-none = Następne przypomnienie: brak
status-cli-no-reminder = brak przypomnienia
status-cli-reminder-off = przypomnienie wyłączone
status-cli-reminder-next = następne przypomnienie: { $when }
status-cli-reminder-next-rule = następne przypomnienie: { $when } ({ $rule })
status-cli-reminder-none-upcoming = brak nadchodzącego przypomnienia ({ $rule })
status-cli-today = dzisiaj: { $done ->
    [yes] wykonano
   *[no] jeszcze nie wykonano
}{ $reminder ->
    [sent] ; przypomnienie wysłane
    [missed] ; przypomnienie przegapione
   *[none] {""}
}
status-cli-streak = seria: { $days } (najlepsza: { $best })
status-cli-folder = Folder: { $folder }
status-cli-details = (Szczegóły: { $detail }.)
status-tray-streak-separator = { ", " }
status-cli-routine = { $routine } ({ $minutes })
