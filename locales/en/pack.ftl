# ChatWise core pack: the pack's own title and description, shown in the lesson library.

pack-title = ChatWise lessons
pack-description = Short, interactive lessons about staying safe online: spotting grooming, saying no to pressure, and knowing where to get help.
