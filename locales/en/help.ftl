# ChatWise: the Help screen's own words (help and reporting, by country).
# Facts here are traced to docs/help-sources.md: what happens after a report is §4.4.

help-country = Your country
help-country-change = Change country
help-country-not-listed = My country is not listed
help-country-question = Where do you live? We use this only to show the right help. It stays on this device.
help-report-title = Report an image or video
help-talk-title = Talk to someone
help-after-title = What happens after you report
help-after-analyst = A trained analyst looks at every report.
help-after-removed = If the image or video is illegal, they work to get it blocked and removed. A digital fingerprint helps stop copies being shared again.
help-after-police = Where needed, the police are told, so they can protect the child.
help-opens-browser = opens in your browser
help-check-locally = We could not confirm this yet. Please check with a local organisation.
help-languages = Languages: { $languages }
help-no-portal = There is no reporting portal listed for your country yet. You can still report using the services below, and you can always tell a trusted adult.
help-international-title = Help from anywhere
help-clear-history-title = Hiding that you visited
help-clear-history = Quick exit hides this screen at once, but a browser still remembers the pages you visited. To remove them, open the browser's history (often Ctrl+H, or in its menu) and delete them, or use a private window next time.
help-emergency = If someone is in danger right now, call your local emergency number.

## Kinds of help (content/portals.ron `kinds`). Crisis words follow help-sources.md 6.3: calm,
## non-graphic, no crisis number attached to an organisation that does not publish one.

help-crisis-title = If you feel panicked or like you can't cope
help-crisis = Talk to someone right now: a trusted adult, or a helpline on this screen. You are not alone and you are not to blame. This can be sorted out, and you won't feel like this forever.
help-person-title = Report a person who is grooming, threatening or blackmailing you
help-person-intro = If someone online asks you for nude photos, threatens you, or says they will share a photo unless you pay or send more, this is a crime. You can report them. Keep the messages as evidence.
help-person-none = We don't know a place to report a person online in your country yet. A trusted adult can help you go to the police.
help-image-intro = For a nude or sexual photo or video of someone under 18 that is online. These services deal with images, not with the person who sent the messages.
help-emergency-title = In an emergency
help-emergency-number = If someone is in danger right now, call { $number }.
help-anonymous-yes = You can do this without giving your name.
help-anonymous-no = You need to give your name: this goes to the police, so it can't be anonymous.
help-anonymous-unknown = Ask whether you have to give your name: we don't know yet.
