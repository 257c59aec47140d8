mini-intro-alt = { "" }
