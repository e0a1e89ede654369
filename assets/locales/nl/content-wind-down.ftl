# De checklist voor de avond, vóór de avondroutine. Vertaald uit en/content-wind-down.ftl. De vakjes zijn in de
# ik-vorm; de regel eronder zegt waarom.

wind-down-title = Voordat je begint
wind-down-intro = Een rustige avond helpt je rug te ontspannen. Vink aan wat vanavond klopt; dit is geen test.
wind-down-usual-bedtime-label = Het is ongeveer mijn gewone bedtijd
wind-down-usual-bedtime-detail = Elke avond op dezelfde tijd, ook in het weekend, helpt je lichaam te weten wanneer het tijd is om te slapen.
wind-down-ready-for-bed-label = Wekker gezet, tanden gepoetst, pyjama aan
wind-down-ready-for-bed-detail = Elke avond dezelfde kleine stappen vertellen je lichaam dat de dag voorbij is.
wind-down-screens-down-label = Schermen zijn gedimd of weggelegd
wind-down-screens-down-detail = Minder fel schermlicht voor het slapen maakt inslapen makkelijker.
wind-down-bed-for-sleep-label = Vanavond geen tv, werk of lezen in bed
wind-down-bed-for-sleep-detail = Houd je bed voor slapen: doe die dingen ergens anders, zodat gaan liggen rust betekent.
wind-down-no-late-caffeine-label = Vanavond geen koffie, thee of cola
wind-down-no-late-caffeine-detail = Cafeïne vlak voor bedtijd houdt je wakker.
wind-down-light-evening-label = Geen grote maaltijd of alcohol in de laatste paar uur
wind-down-light-evening-detail = Zwaar eten en alcohol laat op de avond verstoren allebei je slaap.
wind-down-no-hard-exercise-label = Geen zware inspanning in de laatste paar uur
wind-down-no-hard-exercise-detail = Bewaar zware trainingen voor eerder op de dag; zachte rekoefeningen zoals deze zijn prima.
wind-down-cool-dark-room-label = Mijn slaapkamer is koel, donker en stil
wind-down-cool-dark-room-detail = Een kamer die te warm of te licht is, zorgt voor slechtere slaap.
wind-down-warm-shower-label = Vanavond een warm bad of een warme douche
wind-down-warm-shower-detail = Warm water voor het slapen kan gespannen spieren helpen loslaten.
