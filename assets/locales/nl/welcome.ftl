# De eerste keer starten: een paar vragen, daarna het plan dat Limber voorstelt. "Limber" blijft "Limber".

welcome-step = Stap { $step } van { $steps }
welcome-skip = Instellen overslaan

## De kop van elke stap.

welcome-title-safety = Veiligheid eerst
welcome-title-area = Waar doet het pijn?
welcome-title-health = Geldt iets hiervan voor jou?
welcome-title-sleep = Hoe slaap je meestal?
welcome-title-times = Wanneer slaap je meestal?
welcome-title-plan = Je plan

## De stap over veiligheid (daarna volgen de signalen uit de veiligheidsgids).

# Safety text; back-translation into English: "Welcome. After a few short questions Limber proposes an evening and morning plan for your back. That takes about a minute. First the signs for which you need expert help:"
welcome-safety-lead = Welkom. Na een paar korte vragen stelt Limber een avond- en ochtendplan voor je rug voor. Dat duurt ongeveer een minuut. Eerst de signalen waarvoor je deskundige hulp nodig hebt:

## Waar het pijn doet.

welcome-area-lower-back = Onderrug
welcome-area-lower-back-hint = Stijf of pijnlijk rond de taille en lager.
welcome-area-upper-back-neck = Bovenrug en nek
welcome-area-upper-back-neck-hint = Tussen de schouderbladen, in de schouders of de nek.
welcome-area-both = Allebei
welcome-area-both-hint = Van allebei een beetje.

## Aandoeningen waardoor bewegingen wegvallen. Elke hint zegt precies welke bewegingen Limber weglaat.

# Safety text; back-translation into English: "Not every movement suits everyone. Tick what applies to you, then Limber leaves those movements out of your routines."
welcome-health-lead = Niet elke beweging past bij iedereen. Vink aan wat voor jou geldt, dan laat Limber die bewegingen weg uit je routines.
# Safety text; back-translation into English: "Osteoporosis, or bones that break easily"
welcome-condition-osteoporosis = Osteoporose, of botten die makkelijk breken
# Safety text; back-translation into English: "Movements that bend the spine forward or twist it are left out."
welcome-condition-osteoporosis-hint = Bewegingen die de wervelkolom naar voren buigen of draaien, worden weggelaten.
# Safety text; back-translation into English: "An operation on my back or neck, or a broken vertebra, from which I am still recovering"
welcome-condition-surgery = Een operatie aan mijn rug of nek, of een gebroken wervel, waarvan ik nog herstel
# Safety text; back-translation into English: "Only breathing, relaxation and getting up safely remain, until your surgeon or physiotherapist says that more is allowed."
welcome-condition-surgery-hint = Alleen ademhaling, ontspanning en veilig opstaan blijven over, tot je chirurg of fysiotherapeut zegt dat meer mag.
# Safety text; back-translation into English: "I am pregnant"
welcome-condition-pregnancy = Ik ben zwanger
# Safety text; back-translation into English: "Movements that you do lying flat on your back are left out."
welcome-condition-pregnancy-hint = Bewegingen die je plat op je rug liggend doet, worden weggelaten.
# Safety text; back-translation into English: "My back pain gets worse when I bend forward"
welcome-condition-bending = Mijn rugpijn wordt erger als ik voorover buig
# Safety text; back-translation into English: "The stretch knee to chest is left out."
welcome-condition-bending-hint = De rekoefening knie naar borst wordt weggelaten.
welcome-condition-none = Geen van deze
# Safety text; back-translation into English: "In doubt? Ask your doctor or physiotherapist. You can change your answers later in Settings."
welcome-health-hint = Twijfel je? Vraag het je arts of fysiotherapeut. Je kunt je antwoorden later wijzigen in Instellingen.

## Hoe je slaapt (de namen van de houdingen staan in settings.ftl).

welcome-sleep-lead = De meeste mensen draaien 's nachts vaak. Kies de houding waarin je in slaap valt.

## De gebruikelijke tijden.

welcome-bedtime = Gebruikelijke bedtijd
welcome-wake-time = Gebruikelijke wektijd
welcome-days = Op welke dagen?
welcome-morning-cue = Herinner me aan de ochtendroutine
welcome-cue-after-waking = 15 minuten nadat ik wakker word
welcome-cue-first-computer-use = Als ik de computer voor het eerst gebruik

## Wat nog ontbreekt voordat je verder kunt.

welcome-missing-area = Kies waar het pijn doet.
welcome-missing-health = Vink aan wat voor jou geldt, of “{ welcome-condition-none }”.
welcome-missing-sleep = Kies hoe je meestal slaapt.
welcome-missing-bedtime = Vul je gebruikelijke bedtijd in, bijvoorbeeld 23:00.
welcome-missing-wake-time = Vul je gebruikelijke wektijd in, bijvoorbeeld 07:00.
welcome-missing-days = Kies minstens één dag.

## Het plan.

welcome-plan-lead = Op basis van je antwoorden. Je kunt alles later wijzigen in Instellingen.
welcome-plan-routines = Routines
welcome-plan-no-reminder = Geen herinnering: doe deze routine als je bovenrug of nek stijf aanvoelt, bijvoorbeeld in een pauze.
welcome-plan-sleep = Je slaapomgeving
welcome-plan-sleep-hint = De checklist voor je slaapomgeving van vannacht verschijnt vóór de avondroutine. Meer onder Slaapomgeving.
welcome-start-at-login = Limber starten als ik inlog
welcome-start-at-login-hint = Herinneringen komen alleen als Limber draait. Het wacht rustig in het systeemvak.
welcome-preparing = Je plan wordt voorbereid…

## De knoppen.

welcome-accept = Dit plan overnemen
welcome-change = Mijn antwoorden wijzigen
welcome-understand = Ik begrijp het
welcome-continue = Verder
welcome-back = Terug
