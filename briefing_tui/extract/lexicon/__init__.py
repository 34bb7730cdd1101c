"""Hand-compiled word lists the extraction stages look words up in (pure data, stdlib only)."""
