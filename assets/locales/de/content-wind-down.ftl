# Die Abend-Checkliste auf Deutsch, übersetzt aus en/content-wind-down.ftl (erzeugt aus assets/content/wind-down.json).

wind-down-title = Bevor du anfängst
wind-down-intro = Ein ruhiger Abend hilft deinem Rücken, sich zu entspannen. Hak ab, was heute Abend stimmt; das hier ist keine Prüfung.
wind-down-usual-bedtime-label = Es ist ungefähr meine übliche Schlafenszeit
wind-down-usual-bedtime-detail = Jeden Abend dieselbe Zeit, auch am Wochenende, hilft deinem Körper zu wissen, wann er schlafen soll.
wind-down-ready-for-bed-label = Wecker gestellt, Zähne geputzt, Schlafanzug an
wind-down-ready-for-bed-detail = Dieselben kleinen Schritte an jedem Abend sagen deinem Körper, dass der Tag vorbei ist.
wind-down-screens-down-label = Bildschirme sind gedimmt oder weggelegt
wind-down-screens-down-detail = Weniger helles Bildschirmlicht vor dem Schlafen macht das Einschlafen leichter.
wind-down-bed-for-sleep-label = Heute kein Fernsehen, keine Arbeit und kein Lesen im Bett
wind-down-bed-for-sleep-detail = Halte das Bett für den Schlaf frei: Mach das anderswo, damit Hinlegen Ruhe bedeutet.
wind-down-no-late-caffeine-label = Heute Abend kein Kaffee, Tee oder Cola
wind-down-no-late-caffeine-detail = Koffein kurz vor dem Schlafengehen hält dich wach.
wind-down-light-evening-label = Keine große Mahlzeit und kein Alkohol in den letzten Stunden
wind-down-light-evening-detail = Schweres Essen und Alkohol spät am Abend stören beide den Schlaf.
wind-down-no-hard-exercise-label = Kein anstrengender Sport in den letzten Stunden
wind-down-no-hard-exercise-detail = Heb dir anstrengendes Training für früher am Tag auf; sanftes Dehnen wie hier ist in Ordnung.
wind-down-cool-dark-room-label = Mein Schlafzimmer ist kühl, dunkel und ruhig
wind-down-cool-dark-room-detail = Ein zu warmes oder zu helles Zimmer sorgt für schlechteren Schlaf.
wind-down-warm-shower-label = Heute Abend ein warmes Bad oder eine warme Dusche
wind-down-warm-shower-detail = Warmes Wasser vor dem Schlafengehen kann verspannten Muskeln helfen, loszulassen.
