mini-pack-title = Ð
