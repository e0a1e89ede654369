# The reminder notification (Rust: limber_app::notice). Read at bedtime or in bed: short and calm.

# The title: the routine's name and its length in whole minutes.
notice-title = { $routine }: { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
notice-body-bedtime = Time to wind down. Your back will thank you.
notice-body-morning = Start gently, right there in bed. Your back will thank you.
notice-body-anytime = A short break for your back. It will thank you.
# The notification's buttons (a click on the notification itself opens Limber).
notice-open = Open Limber
notice-start = Start now
notice-snooze = Snooze { $minutes } min
