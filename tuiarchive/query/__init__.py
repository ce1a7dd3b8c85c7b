"""The filter language: parsing a filter into a Query and evaluating it (pure)."""
