# The reminder shown inside the window when the desktop notification could not be shown. Its title and text
# and its other buttons are the notification's (notice.ftl).

reminder-banner-dismiss = Dismiss
