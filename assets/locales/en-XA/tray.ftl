# Generated from en/tray.ftl by scripts/pseudo-locale.mjs: do not edit (run it again instead).

tray-start-bedtime = [Šţááŕţ ƀééðţîîɱéé ŕööûûţîîñé]
tray-start-morning = [Šţááŕţ ɱööŕñîîñĝ ŕööûûţîîñéé]
tray-pause-today = [Þááûûšéé ŕééɱîîñðééŕš ƒööŕ ţööðáý]
tray-open = [ÖÖþééñ Ļîîɱƀééŕ]
tray-quit = [Ǫûûîîţ]
tray-next-unknown = [Ñééẋţ ŕééɱîîñðééŕ: ñööţ ķñööŵñ ýééţ~~]
tray-streak-unknown = [Šţŕééááķ: ñööţ ķñööŵñ ýééţ~]
launch-not-answered = [Ļîîɱƀééŕ îîš ááļŕééááðý ŕûûññîîñĝ ƀûûţ ðîîð ñööţ ááñšŵééŕ. Ţŕý ááĝááîîñ îîñ áá ɱööɱééñţ; îîƒ îîţš ŵîîñðööŵ šţîîļļ ðööééš ñööţ ööþééñ, çĥööööšéé “Ǫûûîîţ” îîñ îîţš ţŕááý ɱééñûû ááñð šţááŕţ Ļîîɱƀééŕ áĝáîñ.]
