welcome-step = Passo { $step } di { $steps }
welcome-skip = Salta la configurazione

## Il titolo di ogni passo.

welcome-title-safety = Prima di tutto, la sicurezza
welcome-title-area = Dove ti fa male?
welcome-title-health = Qualcosa di questo ti riguarda?
welcome-title-sleep = Come dormi di solito?
welcome-title-times = Quando dormi di solito?
welcome-title-plan = Il tuo piano

## La sicurezza.

welcome-safety-lead = Ti diamo il benvenuto. Poche domande brevi e Limber ti propone un piano per la sera e la mattina per la tua schiena. Ci vuole circa un minuto. Prima di tutto, i segnali che richiedono un professionista:

## Dove fa male.

welcome-area-lower-back = Zona lombare
welcome-area-lower-back-hint = Rigida o dolorante all'altezza della vita e più in basso.
welcome-area-upper-back-neck = Parte alta della schiena e collo
welcome-area-upper-back-neck-hint = Tra le scapole, alle spalle o al collo.
welcome-area-both = Entrambe
welcome-area-both-hint = Un po' di tutte e due.

## Condizioni che escludono movimenti: il senso di ogni suggerimento deve restare esatto.

welcome-health-lead = Alcuni movimenti non vanno bene per tutti. Spunta quello che vale per te e Limber toglierà quei movimenti dalle tue routine.
welcome-condition-osteoporosis = Osteoporosi, o ossa che si rompono facilmente
welcome-condition-osteoporosis-hint = Sono esclusi i movimenti che piegano la colonna in avanti o la ruotano.
welcome-condition-surgery = Un intervento alla schiena o al collo, o una frattura della colonna, da cui mi sto ancora riprendendo
welcome-condition-surgery-hint = Restano solo la respirazione, il rilassamento e alzarsi in sicurezza, finché il tuo chirurgo o fisioterapista non dice che puoi fare di più.
welcome-condition-pregnancy = Sono incinta
welcome-condition-pregnancy-hint = Sono esclusi i movimenti da fare sdraiata sulla schiena.
welcome-condition-bending = Il mal di schiena peggiora quando mi piego in avanti
welcome-condition-bending-hint = È escluso l'allungamento con le ginocchia al petto.
welcome-condition-none = Nessuna di queste
welcome-health-hint = Hai dubbi? Chiedi al tuo medico o fisioterapista. Puoi cambiare le risposte più tardi nelle Impostazioni.

## Come dorme.

welcome-sleep-lead = Quasi tutti si muovono durante la notte. Scegli la posizione in cui ti addormenti.

## Gli orari abituali.

welcome-bedtime = Ora abituale in cui vai a letto
welcome-wake-time = Ora abituale in cui ti svegli
welcome-days = In quali giorni?
welcome-morning-cue = Ricordami la routine del mattino
welcome-cue-after-waking = 15 minuti dopo il risveglio
welcome-cue-first-computer-use = Al primo uso del computer

## Cosa manca ancora.

welcome-missing-area = Scegli dove ti fa male.
welcome-missing-health = Spunta quello che vale per te, oppure «{ welcome-condition-none }».
welcome-missing-sleep = Scegli come dormi di solito.
welcome-missing-bedtime = Inserisci l'ora in cui vai a letto di solito, per esempio 23:00.
welcome-missing-wake-time = Inserisci l'ora in cui ti svegli di solito, per esempio 07:00.
welcome-missing-days = Scegli almeno un giorno.

## Il piano.

welcome-plan-lead = In base alle tue risposte. Puoi cambiare tutto più tardi nelle Impostazioni.
welcome-plan-routines = Routine
welcome-plan-no-reminder = Nessun promemoria: falla quando senti rigidi la parte alta della schiena o il collo, per esempio durante una pausa.
welcome-plan-sleep = Il tuo sonno
welcome-plan-sleep-hint = La lista per preparare il letto compare prima della routine serale. Altro in «Dormire bene».
welcome-start-at-login = Avvia Limber all'accesso
welcome-start-at-login-hint = I promemoria arrivano solo mentre Limber è in esecuzione. Aspetta in silenzio nell'area di notifica.
welcome-preparing = Preparazione del tuo piano…

## I pulsanti.

welcome-accept = Accetta questo piano
welcome-change = Cambia le mie risposte
welcome-understand = Ho capito
welcome-continue = Continua
welcome-back = Indietro
