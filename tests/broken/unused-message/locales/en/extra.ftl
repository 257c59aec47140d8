mini-leftover = Nobody shows this.
