# The navigation beside every screen but the player and the first run.

# The accessible name of the navigation landmark.
nav-label = Main
nav-today = Today
nav-progress = Progress
nav-checkin = Check-in
nav-exercises = Exercises
nav-sleep = Sleep setup
nav-settings = Settings
nav-help = Help
