# De ingebouwde routines: naam en waarvoor ze zijn. Vertaald uit en/content-routines.ftl.

routine-bedtime-wind-down-name = Avondontspanning
routine-bedtime-wind-down-copy-name = Mijn avondontspanning
routine-bedtime-wind-down-description = Ongeveer tien minuten langzaam ademen, zachte rekoefeningen en ontspanning, zodat je rug tot rust komt voor het slapen. Dim het scherm en doe het op de vloer of in bed.
routine-morning-mobility-name = Soepel de ochtend in
routine-morning-mobility-copy-name = Soepel de ochtend in (mijn versie)
routine-morning-mobility-description = Een paar zachte bewegingen in bed tegen ochtendstijfheid, een veilige manier om op te staan, en dan kat-koe en open boek op de vloer of een stevig bed. Neem je tijd: na een stille nacht zijn gewrichten vaak stijf.
routine-two-minute-reset-name = Pauze van 2 minuten
routine-two-minute-reset-copy-name = Mijn pauze van 2 minuten
routine-two-minute-reset-description = Een korte pauze voor je rug: een paar langzame ademhalingen en makkelijke bewegingen als je te lang stil hebt gezeten.
routine-upper-back-neck-name = Bovenrug en nek losmaken
routine-upper-back-neck-copy-name = Bovenrug en nek losmaken (mijn versie)
routine-upper-back-neck-description = Maak een stijve bovenrug en nek losser met langzame bewegingen die je thuis of in een pauze kunt doen.
