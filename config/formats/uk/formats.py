# Ukrainian dates are written without a leading zero ("2 лютого 2026 р."); Django's defaults add one.
# Only what differs from django/conf/locale/uk/formats.py is here; the rest falls back to it.
DATE_FORMAT = "j E Y р."
DATETIME_FORMAT = "j E Y р. H:i"
MONTH_DAY_FORMAT = "j F"
