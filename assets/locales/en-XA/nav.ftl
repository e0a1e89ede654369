# Generated from en/nav.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

nav-label = [Ṁááîîñ]
nav-today = [Ţööðááý]
nav-progress = [Þŕööĝŕééšš~]
nav-checkin = [Çĥééçķ-îîñ~]
nav-exercises = [ÉÉẋééŕçîîšééš]
nav-sleep = [Šļééééþ šééţûûþ]
nav-settings = [Šééţţîîñĝš~]
nav-help = [Ĥééļþ~]
