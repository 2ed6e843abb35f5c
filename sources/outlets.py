"""The outlets the tracker knows from the start, with their display names in English and Ukrainian.

The data migration stores them; capture also names a new outlet from here when its domain is one of these
(a database emptied by tests or a restore has none of them)."""

# The curated outlets: (name, English name, Ukrainian name, domains, country, kind, ownership). Editors edit
# them afterwards like any outlet; an outlet already stored under one of these domains or names is completed.
CURATED_OUTLETS = [  # fmt: skip
    ("Sputnik", "Sputnik", "Sputnik", ["sputnikglobe.com", "sputniknews.com", "sputnik.by"], "RU", "agency", "state"),
    ("UNIAN", "UNIAN", "УНІАН", ["unian.ua", "unian.net", "unian.info"], "UA", "agency", "private"),
    ("Ukrinform", "Ukrinform", "Укрінформ", ["ukrinform.ua", "ukrinform.net"], "UA", "agency", "state"),
    ("Interfax-Ukraine", "Interfax-Ukraine", "Інтерфакс-Україна", ["interfax.com.ua"], "UA", "agency", "private"),
    ("Ukrainska Pravda", "Ukrainska Pravda", "Українська правда", ["pravda.com.ua"], "UA", "newspaper", "private"),
    ("Gordon", "Gordon", "Гордон", ["gordonua.com"], "UA", "newspaper", "private"),
    ("RBC-Ukraine", "RBC-Ukraine", "РБК-Україна", ["rbc.ua"], "UA", "newspaper", "private"),
    ("NV", "NV", "НВ", ["nv.ua"], "UA", "newspaper", "private"),
    ("Suspilne", "Suspilne", "Суспільне", ["suspilne.media"], "UA", "broadcaster", "state"),
    ("LIGA.net", "LIGA.net", "LIGA.net", ["liga.net"], "UA", "newspaper", "private"),
    (
        "The Kyiv Independent",
        "The Kyiv Independent",
        "The Kyiv Independent",
        ["kyivindependent.com"],
        "UA",
        "newspaper",
        "private",
    ),
    ("TASS", "TASS", "ТАСС", ["tass.ru", "tass.com"], "RU", "agency", "state"),
    ("RIA Novosti", "RIA Novosti", "РИА Новости", ["ria.ru"], "RU", "agency", "state"),
    ("RT", "RT", "RT", ["rt.com"], "RU", "broadcaster", "state"),
    ("Kremlin", "Kremlin", "Кремль", ["kremlin.ru", "en.kremlin.ru"], "RU", "government", "state"),
    ("Reuters", "Reuters", "Reuters", ["reuters.com"], "GB", "agency", "private"),
    ("Bloomberg", "Bloomberg", "Bloomberg", ["bloomberg.com"], "US", "agency", "private"),
    ("BBC", "BBC", "BBC", ["bbc.com", "bbc.co.uk"], "GB", "broadcaster", "state"),
    (
        "ISW",
        "Institute for the Study of War",
        "Інститут вивчення війни",
        ["understandingwar.org"],
        "US",
        "think_tank",
        "private",
    ),
]


def curated_for_domain(domain: str) -> dict | None:
    """The curated outlet publishing at this registrable domain, as Outlet fields."""
    for name, name_en, name_uk, domains, country, kind, ownership in CURATED_OUTLETS:
        if domain in domains:
            return {
                "name": name, "name_en": name_en, "name_uk": name_uk, "domains": domains, "country": country,
                "kind": kind, "ownership": ownership,
            }  # fmt: skip
    return None
