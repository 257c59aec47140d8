# ChatWise: the words of the web page around the app (loading screen, browser problems).
# The browser build (web/build.sh) copies these into the page; keep each on one line.
# { $percent } is filled in by the page; keep it as it is.

web-loading = Loading the lessons…
web-loading-percent = { $percent }% downloaded
web-starting = Starting…
web-loading-slow = This connection is slow, so it may take a few minutes. Keep this page open. Help and Quick exit, at the top, already work.
web-unsupported-title = This browser can't show ChatWise
web-unsupported-text = ChatWise needs a browser with WebGL 2, such as a recent Chrome, Edge, Firefox or Safari. Try another browser or device, or ask your teacher for the printed lesson. If you need help now, talk to an adult you trust.
web-failed-title = ChatWise could not start
web-failed-text = Something went wrong. Reload the page to try again; if it keeps happening, try another browser. If you need help now, talk to an adult you trust.
web-download-failed-title = The download stopped
web-download-failed-text = ChatWise could not finish downloading. Check that you are connected to the internet, then try again. Help and Quick exit, at the top, still work. If you need help now, talk to an adult you trust.
web-try-again = Try again
web-pack-failed-title = This site's lessons could not be loaded
web-pack-failed-text = The lesson files on this site are missing, damaged or were made for another version of ChatWise. Please try again later. If you run this site, publish it again with chatwise site. If you need help now, talk to an adult you trust.
web-from = Brought to you by { $organisation }
