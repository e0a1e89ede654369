# What is wrong with a routine, shown in the routine editor beside the field at fault, and when a routine file
# is imported (Rust: limber_app::wire::library::rule_words). Nothing is saved until it is fixed. Short and plain.
# $field is name or description (the routine's); $max and $got are numbers.

# The routine's id, only ever wrong in a file made by hand; $id is what the file has.
rule-id-not-kebab = The routine's id “{ $id }” must be lowercase words joined by hyphens.
rule-id-too-long = The routine's id can be at most { $max } characters.
rule-empty = { $field ->
        [name] Give the routine a name.
       *[description] Write a short description.
    }
rule-too-long = { $field ->
        [name] The name can be at most { $max } characters; it has { $got }.
       *[description] The description can be at most { $max } characters; it has { $got }.
    }
rule-control-characters = { $field ->
        [name] The name cannot contain tabs or line breaks.
       *[description] The description cannot contain tabs or line breaks.
    }
rule-direction-marks = { $field ->
        [name] The name cannot contain invisible text-direction marks.
       *[description] The description cannot contain invisible text-direction marks.
    }
rule-angle-brackets = { $field ->
        [name] The name cannot contain < or >.
       *[description] The description cannot contain < or >.
    }
rule-no-exercises = Add at least one exercise.
rule-too-many-exercises = A routine can have at most { $max } exercises; this one has { $got }.
# $id is an exercise id that Limber does not know (a file from a newer Limber, or made by hand).
rule-unknown-exercise = Limber has no exercise “{ $id }”.
# A dose outside its range. $field is holdSecs, reps, rounds, paceSecs (seconds for each movement) or
# restAfterSecs (the rest after the exercise).
rule-dose-range = { $field ->
        [holdSecs] A hold must be { $min }–{ $max } s.
        [reps] Reps must be { $min }–{ $max }.
        [rounds] Rounds must be { $min }–{ $max }.
        [paceSecs] Each movement must take { $min }–{ $max } s.
       *[restAfterSecs] The rest after an exercise must be { $min }–{ $max } s.
    }
rule-no-hold = { $exercise } has no hold to change.
rule-no-pace = { $exercise } has no timed movement to pace.
# $minutes is how long the routine would take.
rule-too-long-to-do = This routine would take { $minutes } min; the longest allowed is { $max } min.
