mini-intro-alt = Телефон із чатом.
