# Errors a command returns to the window.

# $what is the kind of thing that was asked for; $id its name or id as the person or the file gave it.
error-not-found = { $what ->
        [exercise] No exercise called "{ $id }".
        [session] No session called "{ $id }".
        [own-routine] No routine of yours called "{ $id }".
       *[routine] No routine called "{ $id }".
    }
# A sentence that is not in the catalogue yet, shown as Limber wrote it ($text).
error-as-said = { $text }
# $detail is the technical reason, in English.
error-library = The built-in exercise library is invalid: { $detail }
error-data-dir = The data folder could not be found: { $detail }
error-internal = Something went wrong inside Limber: { $detail }
