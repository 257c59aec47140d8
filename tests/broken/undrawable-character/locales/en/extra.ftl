# A character no shipped font draws would show as ?.
mini-smile = Hi 🙂
