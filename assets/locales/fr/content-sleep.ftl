# Traduit à la main de en/content-sleep.ftl (généré à partir du contenu JSON) : le guide « Bien dormir ».
# Les cases de « votre lit ce soir » sont à la première personne (« mes genoux »).

sleep-title = Bien dormir
sleep-intro = La façon dont vous êtes couché la nuit peut vous laisser le dos raide le matin. Quelques oreillers bien placés aident souvent.
sleep-neutral-spine-title = Le but : une colonne neutre
sleep-neutral-spine-text = Votre nuque et votre dos devraient reposer sans forte flexion ni torsion, pour que la pression se répartisse bien. Cela compte plus que de trouver une position parfaite. Dormir sur le côté est souvent le moyen le plus simple d'y arriver.

## Sur le côté

sleep-position-side-name = Sur le côté
sleep-position-side-figure-label = Une personne couchée sur le côté, un oreiller entre les genoux, les genoux un peu pliés, serrant un oreiller dans ses bras
sleep-position-side-summary = Souvent la position la plus simple pour une colonne neutre.
sleep-setup-side-knee-pillow-what = Un oreiller entre les genoux
sleep-setup-side-knee-pillow-why = Il garde vos hanches à niveau, pour que le bas du dos ne se torde pas.
sleep-setup-side-knees-bent-what = Les genoux un peu remontés vers la poitrine
sleep-setup-side-knees-bent-why = Une légère flexion soulage le bas du dos.
sleep-setup-side-hug-pillow-what = Un oreiller à serrer dans vos bras, devant vous
sleep-setup-side-hug-pillow-why = Il empêche l'épaule et la poitrine du dessus de basculer vers l'avant et de tordre le haut du dos.
sleep-setup-side-back-pillow-what = Facultatif : un long coussin derrière le dos
sleep-setup-side-back-pillow-why = Si vous avez tendance à rouler sur le dos pendant la nuit, il vous rappelle en douceur de rester sur le côté.
sleep-setup-side-head-pillow-what = Un oreiller plus épais pour la tête
sleep-setup-side-head-pillow-why = Il devrait combler l'espace entre votre oreille et votre épaule, pour que la tête reste dans l'axe de la colonne.
sleep-note-side-hip-shoulder = Des problèmes de hanche ou d'épaule peuvent rendre la position sur le côté inconfortable. Si elle fait mal, essayez plutôt sur le dos.
sleep-tonight-side-knee-pillow = Un oreiller entre mes genoux
sleep-tonight-side-hug-pillow = Un oreiller à serrer dans mes bras
sleep-tonight-side-head-pillow = Mon oreiller comble l'espace jusqu'à l'épaule

## Sur le dos

sleep-position-back-name = Sur le dos
sleep-position-back-figure-label = Une personne couchée sur le dos, un oreiller sous les genoux et une serviette roulée sous le bas du dos
sleep-position-back-summary = Une bonne position quand les genoux et le bas du dos sont soutenus.
sleep-setup-back-knee-pillow-what = Un oreiller (ou deux) sous les genoux
sleep-setup-back-knee-pillow-why = Les genoux pliés soulagent la pression sur le bas du dos.
sleep-setup-back-towel-roll-what = Un petit coussin ou une serviette roulée sous le creux du dos
sleep-setup-back-towel-roll-why = S'il y a un espace sous le bas du dos, le combler soutient sa courbe naturelle.
sleep-setup-back-head-pillow-what = Un oreiller d'épaisseur moyenne pour la tête
sleep-setup-back-head-pillow-why = Il devrait soutenir la courbe de votre nuque. Trop d'oreillers poussent le menton vers la poitrine.
sleep-note-back-try-side = Si dormir sur le dos fait encore mal, essayez sur le côté avec un oreiller entre les genoux.
sleep-tonight-back-knee-pillow = Un oreiller sous mes genoux
sleep-tonight-back-towel-roll = Une serviette roulée sous le bas de mon dos, s'il y a un espace
sleep-tonight-back-head-pillow = Un seul oreiller moyen pour la tête

## Sur le ventre

sleep-position-stomach-name = Sur le ventre
sleep-position-stomach-figure-label = Une personne couchée sur le ventre, un oreiller fin sous les hanches et un oreiller fin sous la tête
sleep-position-stomach-summary = La position la plus dure pour le dos. Si c'est la seule façon dont vous arrivez à vous endormir, rendez-la plus douce.
sleep-setup-stomach-pelvis-pillow-what = Un oreiller fin sous les hanches et le bas du ventre
sleep-setup-stomach-pelvis-pillow-why = Il réduit la cambrure du bas du dos.
sleep-setup-stomach-head-pillow-what = Un oreiller fin pour la tête, ou aucun
sleep-setup-stomach-head-pillow-why = Un oreiller épais plie la nuque vers l'arrière. Si vous en utilisez deux, retirez-en un.
sleep-note-stomach-change-habit = Pour changer d'habitude : commencez la nuit sur le côté en serrant un long coussin dans vos bras, ou portez un haut de nuit avec une poche devant et mettez-y une balle de tennis, pour que rouler sur le ventre soit inconfortable.
sleep-tonight-stomach-pelvis-pillow = Un oreiller fin sous mes hanches
sleep-tonight-stomach-head-pillow = Un oreiller fin pour la tête, ou aucun
sleep-tonight-stomach-body-pillow = Un long coussin pour commencer sur le côté

## Quand la position varie

sleep-varies-name = Ça dépend
sleep-varies-text = Changer de position pendant la nuit est normal et peut aider. Installez-vous pour la position dans laquelle vous vous endormez, et gardez un oreiller de rechange à portée de main pour le glisser entre ou sous vos genoux quand vous vous tournez.
sleep-tonight-varies-knee-pillow = Un oreiller de rechange à portée de main pour mes genoux
sleep-tonight-varies-head-pillow = Mon oreiller garde ma tête dans l'axe de ma colonne

## Astuces

sleep-tip-try-pillow-heights = Essayez plusieurs hauteurs d'oreiller : un peu plus haut ou plus bas peut faire une vraie différence pour votre nuque.
sleep-tip-change-positions = Changer de position pendant la nuit, c'est bien, et cela peut soulager des muscles fatigués.

## Le matelas

sleep-mattress-title = Votre matelas
sleep-mattress-signs-worn-title = Signes d'usure
sleep-mattress-signs-worn-text = Il s'affaisse ou se creuse là où vous êtes couché, ou il est devenu bosselé. Un matelas usé laisse la colonne se plier hors de son axe.
sleep-mattress-check-6-8-years-title = Vérifiez-le tous les 6 à 8 ans
sleep-mattress-check-6-8-years-text = Regardez son état au moins aussi souvent ; il se peut qu'il ne vous soutienne plus comme avant.
sleep-mattress-firmness-title = Ni trop mou, ni trop dur
sleep-mattress-firmness-text = Un matelas trop mou comme un matelas trop dur peut faire mal. Beaucoup de personnes qui ont mal au dos préfèrent un matelas mi-ferme, mais le meilleur est celui sur lequel vous êtes bien, la colonne neutre.
sleep-mattress-test-title = Comment en essayer un
sleep-mattress-test-text = Enlevez vos chaussures et allongez-vous quelques minutes dans votre position de sommeil habituelle. Votre colonne devrait rester aussi droite que lorsque vous vous tenez bien debout. Les lits chez des amis ou à l'hôtel sont aussi des essais gratuits.
sleep-mattress-rotate-topper-title = S'il s'affaisse
sleep-mattress-rotate-topper-text = Retournez-le tête-pieds régulièrement, ou ajoutez un surmatelas. Pour voir si un lit plus ferme vous aiderait, essayez quelques nuits avec le matelas posé au sol.
sleep-mattress-new-system-title = Un nouveau lit peut aider
sleep-mattress-new-system-text = Dans une étude, près de 63 % des personnes avaient moins mal dans le bas du dos après être passées à un nouveau matelas et un nouveau sommier.
sleep-mattress-not-only-cause-title = Rarement la seule cause
sleep-mattress-not-only-cause-text = Avant d'en acheter un nouveau, regardez aussi vos journées : de longues heures assis, le stress et trop peu de mouvement comptent souvent plus que le matelas.
