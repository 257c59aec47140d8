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
