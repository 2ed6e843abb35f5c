"""The claims app's pages, one module an area: claim pages, reports, review, search (speakers: claims.speakers)."""
