# The routine editor (ui/src/screens/Editor.svelte, ui/src/lib/editor/). $name and $exercise are routine and
# exercise names (content, or what the person typed) and come in as they are. The words of the problems the
# editor shows next to a field come from Limber's core.

editor-title-loading = Routine
editor-title-new = New routine
editor-title-edit = Edit routine
editor-back = Back
editor-loading = Loading…
editor-about = About this routine
# Two screen parts: the copy's original is shown in bold where $name stands.
editor-copy-of = A copy of { $name }; the original never changes.
editor-reset = Reset to { $name }
editor-name = Name
editor-description = What it is for
editor-when = When
editor-when-bedtime = At bedtime
editor-when-morning = In the morning
editor-when-anytime = Any time

## The routine's exercises.

editor-exercises = Exercises
editor-empty = { $count ->
        [0] No exercises yet. Add some from the list.
       *[other] No exercises yet. Add some from the list of { $count }.
    }
editor-order-hint = Drag an exercise by its handle, or use Move up and Move down. Empty fields use the exercise's default.
editor-drag = Drag to reorder
# How long one exercise of the routine takes: "about 45 s".
editor-about-length = about { $duration }
editor-move-up = Move up
editor-move-up-label = Move up { $exercise }
editor-move-down = Move down
editor-move-down-label = Move down { $exercise }
editor-remove = Remove
editor-remove-label = Remove { $exercise }
editor-hold = Hold (s)
editor-reps = Reps
editor-rounds = Rounds
editor-pace = Pace (s per move)
editor-sides = Sides
editor-rest-after = Rest after (s)
editor-sides-none = No sides
editor-sides-each = Each side in turn
editor-sides-alternate = Alternating sides
# The sides menu's first choice: the exercise's own default.
editor-sides-default = { $sides ->
        [none] Default (no sides)
        [each] Default (each side in turn)
       *[alternate] Default (alternating sides)
    }
# An empty dose field's placeholder: the exercise's default value.
editor-default = default { $value }
editor-not-a-number = Type a whole number, or leave it empty for the default.

## The exercise picker.

editor-add-heading = Add exercises
editor-search = Search exercises
editor-area = Body area
editor-all-areas = All areas
editor-where = Where
editor-anywhere = Anywhere
# An exercise in the picker: its body area, where it is done, and how long it takes by default.
editor-choice-meta = { $area } · { $position } · about { $duration }
editor-add = Add
editor-add-label = Add { $exercise }
editor-shown-all = { $total ->
        [one] { $total } exercise
       *[other] { $total } exercises
    }
editor-shown-none = No exercise matches; clear the search or a filter.
editor-shown-some = { $total ->
        [one] { $shown } of { $total } exercise
       *[other] { $shown } of { $total } exercises
    }

## The routine as a file.

editor-file-heading = This routine
editor-file-hint = Share it or keep a copy as a file, or delete it. Deleting keeps its past sessions in your history.
editor-save-to-export = Save your changes to export them.
editor-export = Export to file…
editor-delete = Delete routine
editor-delete-question = Delete “{ $name }”? Its past sessions stay in your history.
editor-delete-yes = Yes, delete it
editor-delete-keep = Keep it
editor-leave-question = Leave without saving? Your changes will be lost.
editor-leave-yes = Leave without saving
editor-leave-keep = Keep editing

## The bar at the bottom.

# The routine's total length and how many exercises it has, as the core computed them.
editor-total = { $count ->
        [one] About { $duration } · { $count } exercise
       *[other] About { $duration } · { $count } exercises
    }
editor-problems = { $count ->
        [one] { $count } thing to fix before saving.
       *[other] { $count } things to fix before saving.
    }
editor-not-saved = Not saved yet.
editor-saved = Saved.
editor-save = Save routine
editor-start = Start

## What a screen reader hears after an edit.

# $total is editor-total's line.
editor-added = Added { $exercise }. { $total }.
editor-removed = Removed { $exercise }.
editor-moved = { $exercise } is now { $position } of { $count }.
# When a dragged exercise has no name.
editor-the-exercise = The exercise
editor-reset-done = The exercises of { $name } are back. Save to keep them.
editor-reset-done-unnamed = The exercises of the original are back. Save to keep them.
editor-saved-as = Saved “{ $name }”. It is on the Today screen with the other routines.

# After a routine was saved to a file: its name and the file's path.
routine-exported = Saved “{ $name }” to { $path }.
# A routine file that was refused: the file's name and how many problems it has (listed below the sentence).
routine-import-refused = Nothing was imported: { $file } has { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    }.
# After a routine file was imported; $name is the routine's name.
routine-imported = Imported “{ $name }”.
routine-imported-restored = Imported “{ $name }”; its earlier sessions are back in its history.
routine-imported-copy = Imported “{ $name }” as a new routine, because one with the same id is already here.
# The file type in the system's save and open dialogs.
editor-filter-routine = Limber routine

# What a new routine and a copy of the person's own routine start as; they can rename them. Up to 60 characters.
routine-new-name = My routine
routine-new-description = A routine I put together.
# $name is the name of the person's routine that was copied.
routine-copy-of-own = { $name } (copy)
