# A broken entry, then a good one that must still load.
mini-broken = { $unclosed
mini-fine = Fine
