mini-intro-alt = A phone showing a chat.
