"""Reference shapes in French, German, Italian and Spanish practice, humanities notes and
newspapers, written part by part (see ``parser_shapes``).
"""

from __future__ import annotations

import random
from typing import Any

from parser_records import CITIES, PLACES, en_title, publisher
from parser_shape_parts import MONTHS, Part, names, page_text, year_text
from parser_vocab import foreign_title

_FR_REVUE = ["Revue de {x}", "Revue française de {x}", "Cahiers de {x}", "Annales de {x}",
             "Bulletin de {x}", "Études de {x}", "Le Journal de {x}", "Les Cahiers de {x}", "{X} et société",
             "Revue internationale de {x}", "Recherches en {x}", "Pratiques en {x}"]
_FR_FIELD = ["sociologie", "droit social", "l'éducation", "psychologie clinique", "géographie",
             "linguistique", "santé publique", "science politique", "l'histoire moderne", "gestion",
             "philosophie", "soins infirmiers", "l'économie rurale", "littérature comparée"]
_FR_PUB = ["Gallimard", "Seuil", "PUF", "Armand Colin", "Dunod", "La Découverte", "Flammarion",
           "Odile Jacob", "Hachette", "Fayard", "Masson", "L'Harmattan", "Belin", "Éditions du Cerf",
           "Presses de Sciences Po", "Karthala", "Érès"]
_FR_PLACE = ["Paris", "Lyon", "Rennes", "Toulouse", "Bordeaux", "Lille", "Grenoble", "Nancy",
             "Genève", "Bruxelles", "Montréal", "Québec", "Aix-en-Provence", "Saint-Étienne",
             "Villeneuve-d'Ascq", "Clermont-Ferrand", "Louvain-la-Neuve"]
_FR_COLL = ["Que sais-je ?", "Repères", "Points Histoire", "Folio essais", "Quadrige",
            "Bibliothèque des sciences humaines", "Champs", "Collection U", "Savoirs", "Manuels"]
_DE_ZS = ["Zeitschrift für {x}", "{X}", "Archiv für {x}", "Jahrbuch für {x}", "{X} heute",
          "Blätter für {x}", "Neue Zeitschrift für {x}", "Beiträge zur {x}"]
_DE_FIELD = ["Soziologie", "Pädagogik", "Wirtschaftspolitik", "Rechtsgeschichte", "Sozialpolitik",
             "Sprachwissenschaft", "Kulturgeschichte", "Heilpädagogik", "Arbeitsrecht", "Geographie"]
_DE_PUB = ["Suhrkamp", "Beck", "Springer VS", "Kohlhammer", "Nomos", "Campus", "Beltz", "Mohr Siebeck",
           "Vandenhoeck & Ruprecht", "Klett-Cotta", "Westdeutscher Verlag", "Juventa", "Lit Verlag"]
_DE_PLACE = ["Berlin", "München", "Frankfurt am Main", "Stuttgart", "Tübingen", "Göttingen", "Köln",
             "Hamburg", "Wiesbaden", "Weinheim", "Baden-Baden", "Bad Heilbrunn", "Wien", "Zürich"]
_IT_ES_PUB = ["Il Mulino", "Laterza", "Einaudi", "Franco Angeli", "Carocci", "Giuffrè", "Alianza",
              "Cátedra", "Siglo XXI", "Tecnos", "Paidós", "Ariel", "Editorial Trotta", "Marcial Pons"]
_IT_ES_PLACE = ["Bologna", "Roma", "Torino", "Milano", "Firenze", "Napoli", "Madrid", "Barcelona",
                "Valencia", "Sevilla", "Salamanca", "Buenos Aires", "México", "Bogotá", "Santiago"]
_PAPER = ["The {c} Times", "{c} Herald", "The {c} Post", "{c} Tribune", "The {c} Chronicle",
          "{c} Gazette", "{c} Daily News", "{c} Shimbun", "The {c} Courier", "{c} Evening Standard",
          "Le Quotidien de {c}", "{c} Zeitung", "Il Giornale di {c}", "La Voz de {c}"]


def _fr_title(rng: random.Random) -> str:
    return foreign_title(rng) if rng.random() < 0.7 else en_title(rng)


def _date_words(rng: random.Random, lang: str, year: str) -> str:
    month = rng.choice(MONTHS[lang])
    return (f"{rng.randint(1, 28)} " if rng.random() < 0.3 else "") + f"{month} {year}"


def shape_french(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """French: ``NOM, Prénom. Titre. Ville : ÉDITEUR, 2012. 200 p. (Collection).`` and articles."""
    caps = rng.random() < 0.7
    form = rng.choice(["fullinv", "fullinv", "invsp", "paren"])
    parts = names(rec, rng, "author", [form], seps=rng.choice([(", ", " et "), (". ", ". "), (", ", ", ")]), caps=caps, most=4)
    year = year_text(rec, rng)
    title = _fr_title(rng)
    quoted = rng.random() < 0.4
    parts += [(rng.choice([". ", ", "]) if form != "paren" else ", ", None)]
    parts += [(f"« {title} »" if quoted else title, "title")]
    if rec["type"] == "article-journal" or rng.random() < 0.3:
        revue = rng.choice(_FR_REVUE).format(x=(f := rng.choice(_FR_FIELD)), X=f[:1].upper() + f[1:])
        parts += [(rng.choice([". ", ", ", ", in "]), None), (revue, "container"), (", ", None)]
        if rng.random() < 0.5:
            parts += [(_date_words(rng, "fr", year), "date")]
        else:
            parts += [(year, "date")]
        if rng.random() < 0.4:
            parts += [(", ", None), (rng.choice(["vol. ", "", "t. "]) + str(rng.randint(1, 80)), "volume")]
        parts += [(", ", None), (rng.choice(["n°", "n° ", "no ", "N°"]) + str(rng.randint(1, 300)), "issue")]
        parts += [(rng.choice([", ", ". "]), None), (rng.choice(["p. ", "pp. "]) + page_text(rec, rng), "pages"), (".", None)]
        return parts
    place, pub = rng.choice(_FR_PLACE), rng.choice(_FR_PUB)
    if rng.random() < 0.5:
        pub = pub.upper()
    if form == "paren" and rng.random() < 0.5:  # ALLEN (J.P.), Titre, Collection 2, Ville, 1984.
        parts += [(", ", None), (rng.choice(_FR_COLL) + f" {rng.randint(1, 60)}", "collection"), (", ", None), (place, "place"), (", ", None), (year, "date"), (".", None)]
        return parts
    parts += [(". ", None), (place, "place"), (rng.choice([" : ", ": "]), None), (pub, "publisher"), (", ", None), (year, "date"), (". ", None)]
    if rng.random() < 0.7:
        parts += [(f"{rng.randint(40, 900)} p", "pages"), (". ", None)]
    if rng.random() < 0.5:
        parts += [("(", None), (rng.choice(_FR_COLL), "collection"), (")", None), (rng.choice([".", ""]), None)]
    return [(t.rstrip() if i == len(parts) - 1 else t, lab) for i, (t, lab) in enumerate(parts)]


def shape_german(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """German: ``Vorname Name, Vorname Name: Titel. In: Zeitschrift. 2014, 4/5, 48-53``, ``(Hrsg.)``."""
    form = rng.choice(["full", "fullinv", "inv"])
    parts = names(rec, rng, "author", [form], seps=(rng.choice([", ", "; ", "/"]), rng.choice([" und ", ", ", "; "])), most=4)
    if rng.random() < 0.15:
        parts.append((rng.choice([" (Hrsg.)", " (Hg.)", " (Hrsg)"]), "author"))
    year = year_text(rec, rng)
    if rng.random() < 0.4:
        parts += [(" (", None), (year, "date"), (")", None)]
        year = ""
    parts += [(rng.choice([": ", ": ", ". "]), None), (foreign_title(rng) if rng.random() < 0.7 else en_title(rng), "title")]
    if rec["type"] == "article-journal" or rng.random() < 0.4:
        zs = rng.choice(_DE_ZS).format(x=(f := rng.choice(_DE_FIELD)), X=f)
        parts += [(rng.choice([". In: ", ". In: ", ", in: ", ". "]), None), (zs, "container")]
        if year:
            parts += [(rng.choice([". ", " ", ", "]), None), (year, "date")]
        n = rng.randint(1, 12)
        vol = rng.choice([str(n), f"{n}/{n + 1}", str(rng.randint(1, 90))])
        parts += [(rng.choice([", ", " "]), None), (vol, "volume")]
        if rng.random() < 0.3:
            parts += [(" (", None), (str(rng.randint(1, 6)), "issue"), (")", None)]
        parts += [(", ", None), (rng.choice(["", "S. ", "S. "]) + page_text(rec, rng), "pages")]
        parts.append((rng.choice(["", "."]), None))
        return parts
    place, pub = rng.choice(_DE_PLACE), rng.choice(_DE_PUB)
    if rng.random() < 0.5:
        parts += [(". ", None), (place, "place"), (": ", None), (pub, "publisher")]
    else:
        parts += [(". ", None), (pub, "publisher"), (", ", None), (place, "place")]
    if year:
        parts += [(rng.choice([" ", ", "]), None), (year, "date")]
    parts.append((rng.choice([".", ""]), None))
    return parts


def shape_note(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """Humanities notes: ``Given Family, Title (Place: Publisher, 1992).``, ``Family, Given, Title, Place, Year``."""
    form = rng.choice(["full", "fullinv", "inv", "invsp"])
    caps = form != "full" and rng.random() < 0.3
    parts = names(rec, rng, "author", [form], seps=(", ", rng.choice([" and ", " & ", ", "])), caps=caps, most=3)
    lang = rng.choice(["en", "en", "fr", "it", "es"])
    title = en_title(rng) if lang == "en" else foreign_title(rng)
    if rng.random() < 0.25:
        title = title + ", " + en_title(rng).lower() if lang == "en" else title
    year = year_text(rec, rng)
    if lang == "en":
        place, pub = rng.choice(PLACES + CITIES), publisher(rng, False)
    elif lang == "fr":
        place, pub = rng.choice(_FR_PLACE), rng.choice(_FR_PUB)
    else:
        place, pub = rng.choice(_IT_ES_PLACE), rng.choice(_IT_ES_PUB)
    parts += [(", ", None), (title, "title")]
    if rng.random() < 0.3:  # "(tr. Given Family)", ", trans. I. Family", ", ed. Given Family"
        role = rng.choice(["translator", "translator", "editor"])
        helper = {"author": [{"family": rng.choice(["Brandt", "Moreau", "Lindqvist", "Okafor", "Heaney", "Rossi"]),
                              "given": rng.choice(["Olav", "E. F. N.", "Columban", "Ada", "M.", "Giulia"])}]}
        who = names(helper, rng, "author", [rng.choice(["full", "dir"])])
        who = [(t, role) for t, _ in who]
        cue = rng.choice(["tr. ", "trans. ", "transl. ", "translated by "]) if role == "translator" else rng.choice(["ed. ", "edited by "])
        if rng.random() < 0.5:
            parts += [(" (", role), (cue, role), *who, (")", role)]
        else:
            parts += [(", ", None), (cue, role), *who]
    s = rng.random()
    if s < 0.35:
        parts += [(" (", None), (place, "place"), (": ", None), (pub, "publisher"), (", ", None), (year, "date"), (")", None)]
        if rng.random() < 0.4:
            parts += [(", ", None), (rng.choice(["p. ", "pp. ", ""]) + str(rng.randint(1, 400)), "pages")]
    elif s < 0.6:
        parts += [(", ", None), (place, "place"), (", ", None), (year, "date")]
    elif s < 0.8:
        parts += [(", ", None), (pub, "publisher"), (rng.choice([", ", " "]), None)]
        if rng.random() < 0.5:
            parts += [(place, "place"), (rng.choice([" ", ", "]), None)]
        parts.append((year, "date"))
    else:
        parts += [(", ", None), (pub, "publisher"), (", ", None), (year, "date")]
    parts.append((rng.choice([".", "", "."]), None))
    return parts


def shape_newspaper(rng: random.Random, rec: dict[str, Any]) -> list[Part]:
    """``Family, Given. (2015). Title. Newspaper 31 December.`` and ``"Title." Paper, 15 March 1985, p. 3.``"""
    paper = rng.choice(_PAPER).format(c=rng.choice(CITIES + ["Kobe", "Osaka", "Hokkaido", "Nagoya", "Kyushu", "Seoul", "Lagos", "Nairobi"]))
    parts = names(rec, rng, "author", [rng.choice(["fullinv", "inv"])], seps=(", ", " and "), most=2)
    year = year_text(rec, rng)
    day = f"{rng.randint(1, 28)} {rng.choice(MONTHS['en'])}" if rng.random() < 0.6 else f"{rng.choice(MONTHS['en'])} {rng.randint(1, 28)}"
    title = str(rec["title"])
    if rng.random() < 0.5:
        parts += [(". (", None), (year, "date"), ("). ", None), (title, "title"), (". ", None), (paper, "container"), (" ", None), (day, "date"), (".", None)]
        return parts
    parts += [('. "', None), (title, "title"), ('." ', None), (paper, "container"), (", ", None), (f"{day} {year}" if day[0].isdigit() else f"{day}, {year}", "date")]
    if rng.random() < 0.5:
        parts += [(", ", None), (rng.choice(["p. ", "sec. A, p. ", "A", "B"]) + str(rng.randint(1, 40)), "pages")]
    parts.append((".", None))
    return parts
