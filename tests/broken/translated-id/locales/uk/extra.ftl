# A machine translation translated the message id.
міні-підсумок = Короткий урок
