"""Multilingual search over quotes: every quote has one row in QuoteSearch, its document and the facets a
search filters by, so that a search reads one table.

- documents: what a quote's document holds (lemmas and name keys) and its tsvector literal;
- indexing: the one path that writes entries, from the services, on every change;
- generations: the published token that versions what is kept of published results;
- queries: parsing, matching, counting, ranking, paging;
- highlight: the snippets.
"""
