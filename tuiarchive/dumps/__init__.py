"""Reading dumps: bytes decoded, lines classified, pages parsed into Post records (pure)."""
