"""Research features over the store and the query: facets, trends, concordance, related posts, quality, saved searches, citation and export."""
