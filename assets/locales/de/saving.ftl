saving-folder = Ordner:
saving-not-saved-yet = Noch nicht gespeichert
saving-waiting = { $count ->
        [one] Eine Sache, die du gemacht hast, ist noch nicht gespeichert. Limber behält sie, solange es geöffnet bleibt.
       *[other] { $count } Dinge, die du gemacht hast, sind noch nicht gespeichert. Limber behält sie, solange es geöffnet bleibt.
    }
saving-quit-held = Limber wurde nicht beendet, weil sonst verloren ginge, was noch nicht gespeichert ist. Schaffe Platz (oder repariere den Ordner) und warte ein paar Sekunden – oder beende Limber trotzdem.
saving-quit-anyway = Trotzdem beenden und verwerfen
saving-clear = Gespeichert. Limber kann seine Daten wieder schreiben, und alles, was gewartet hat, ist jetzt auf der Festplatte.
saving-clear-label = Gespeichert
saving-clear-ok = OK

saving-record-saving = Wird gespeichert …
saving-record-counts = Gespeichert. Das zählt für heute.
saving-record-not-counted = Gespeichert. Zählt nicht für heute: Du hast weniger als den größten Teil der Routine gemacht.
saving-feel-saved = Mit dieser Routine gespeichert.
saving-feel-waiting = Noch nicht gespeichert: Limber behält deine Antwort und speichert sie mit der Routine.
saving-feel-refused = Nicht gespeichert: { $problem }
