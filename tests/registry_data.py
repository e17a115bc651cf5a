"""Registry records for the fake services, in the services' documented JSON shapes.

Crossref works follow the REST API ``work`` message (api.crossref.org/swagger-ui), DataCite
documents its JSON:API ``/dois/{id}`` answer, IEEE the Metadata API ``articles`` list.
Records exist for some seed works (``references/cas-bulletin-2018-patent-alliances``) plus
decoys: other works that share title words, authors or journals with a seed work.
"""

from __future__ import annotations

from typing import Any


def crossref_work(
    doi: str,
    title: str,
    authors: list[tuple[str, str]],
    container: str | None,
    year: int,
    *,
    volume: str | None = None,
    issue: str | None = None,
    page: str | None = None,
    kind: str = "journal-article",
    online_year: int | None = None,
    publisher: str = "Elsevier BV",
    short: str | None = None,
) -> dict[str, Any]:
    """One Crossref work message (the shape of ``/works/{doi}`` ``message``)."""
    item: dict[str, Any] = {
        "indexed": {"date-parts": [[2025, 11, 2]], "date-time": "2025-11-02T10:11:12Z", "timestamp": 1762078272000},
        "reference-count": 31,
        "publisher": publisher,
        "content-domain": {"domain": [], "crossmark-restriction": False},
        "DOI": doi,
        "type": kind,
        "created": {"date-parts": [[year, 1, 5]], "date-time": f"{year}-01-05T00:00:00Z", "timestamp": 0},
        "source": "Crossref",
        "is-referenced-by-count": 42,
        "title": [title],
        "prefix": doi.split("/")[0],
        "author": [
            {"given": given, "family": family, "sequence": "first" if i == 0 else "additional", "affiliation": []}
            for i, (given, family) in enumerate(authors)
        ],
        "member": "78",
        "container-title": [container] if container else [],
        "original-title": [],
        "link": [{"URL": f"https://api.elsevier.com/content/article/{doi}", "content-type": "text/xml"}],
        "deposited": {"date-parts": [[2019, 1, 1]], "date-time": "2019-01-01T00:00:00Z", "timestamp": 0},
        "score": 1,
        "resource": {"primary": {"URL": f"https://publisher.example/{doi}"}},
        "subtitle": [],
        "short-title": [],
        "issued": {"date-parts": [[online_year or year]]},
        "references-count": 31,
        "URL": f"https://doi.org/{doi}",
        "relation": {},
        "ISSN": ["0167-6245"] if kind == "journal-article" else [],
        "subject": [],
        "published": {"date-parts": [[online_year or year]]},
        "published-print": {"date-parts": [[year, 3]]},
    }
    if online_year:
        item["published-online"] = {"date-parts": [[online_year, 9, 1]]}
    for key, value in (("volume", volume), ("issue", issue), ("page", page)):
        if value is not None:
            item[key] = value
    if short:
        item["short-container-title"] = [short]
    return item


#: Seed works Crossref holds: seed id -> work.
SEED_WORKS: dict[str, dict[str, Any]] = {
    "ref02": crossref_work(
        "10.1016/j.infoecopol.2011.01.001", "Patent pool formation: Timing matters",
        [("François", "Lévêque"), ("Yann", "Ménière")], "Information Economics and Policy", 2011,
        volume="23", issue="3-4", page="243-251", online_year=2011, short="Information Economics and Policy",
    ),
    "ref03": crossref_work(
        "10.1016/j.ijindorg.2010.08.006",
        "To join or not to join: Examining patent pool participation and rent sharing rules",
        [("Anne", "Layne-Farrar"), ("Josh", "Lerner")], "International Journal of Industrial Organization",
        2011, volume="29", issue="2", page="294-303", online_year=2010,
        short="International Journal of Industrial Organization",
    ),
    "ref05": crossref_work(
        "10.1111/j.1465-7295.2010.00327.x", "PATENT POOL FORMATION AND SCOPE OF PATENTS",
        [("Corinne", "Langinier")], "Economic Inquiry", 2011, volume="49", issue="4", page="1070-1082",
        online_year=2010, publisher="Wiley", short="Economic Inquiry",
    ),
    "ref13": crossref_work(
        "10.1111/jems.12042", "Ex Ante Agreements in Standard Setting and Patent-Pool Formation",
        [("Gastón", "Llanes"), ("Joaquín", "Poblete")], "Journal of Economics &amp; Management Strategy",
        2014, volume="23", issue="1", page="50-67", online_year=2013, publisher="Wiley",
    ),
    "ref14": crossref_work(
        "10.1517/13543776.2015.1083977", "Medicine patent pool – pharma philanthropy or PR?",
        [("Carmela", "De Luca")], "Expert Opinion on Therapeutic Patents", 2015, volume="25",
        issue="11", page="1223-1227", publisher="Informa UK Limited",
    ),
    "ref18": crossref_work(
        "10.1017/s0022050710000719",
        "Do Patent Pools Encourage Innovation? Evidence from the Nineteenth-Century Sewing Machine Industry",
        [("Ryan", "Lampe"), ("Petra", "Moser")], "The Journal of Economic History", 2010, volume="70",
        issue="04", page="898-920", publisher="Cambridge University Press (CUP)",
    ),
    "ref19": crossref_work(
        "10.1016/j.irle.2004.08.008", "Patent pool enhances market competition", [("Atsuo", "Kato")],
        "International Review of Law and Economics", 2004, volume="24", issue="2", page="255-268",
    ),
    # IEEE Xplore conference papers cited by link only.
    "ref06": crossref_work(
        "10.1109/icmss.2009.5076744", "Patent Pool: A Solution to the Problem of TD-SCDMA's Commercialization",
        [("Dazhi", "Wang")], "2009 International Conference on Management and Service Science", 2009,
        page="1-4", kind="proceedings-article", publisher="IEEE",
    ),
    "ref08": crossref_work(
        "10.1109/icmss.2011.6070086", "Analysis of patent pool investment based on option game theory",
        [("Zhiping", "Tang"), ("Yalin", "Zhang")], "2011 International Conference on Management and Service Science",
        2011, page="1-5", kind="proceedings-article", publisher="IEEE",
    ),
    "ref09": crossref_work(
        "10.1109/icmss.2009.5368459",
        "Stability analysis of patent pool via a novel growth-absorption model of knowledge stocks",
        [("Yao", "Yao"), ("Wei", "Song"), ("Liying", "Fang")],
        "2009 International Conference on Management Science and Engineering", 2009, page="1689-1694",
        kind="proceedings-article", publisher="IEEE",
    ),
    "ref12": crossref_work(
        "10.1109/siit.2013.6774569",
        "Extensive grantback agreements: The effects of partial termination clauses in patent pool "
        "contracts on innovation incentives and participation rates",
        [("Henri", "de Belsunce")],
        "2013 8th International Conference on Standardization and Innovation in Information Technology (SIIT)",
        2013, page="1-12", kind="proceedings-article", publisher="IEEE",
    ),
}

#: Other works that look like seed works (same title words, authors or journal).
DECOYS: list[dict[str, Any]] = [
    crossref_work(
        "10.1016/j.respol.2013.02.004", "To join or not to join: patent pool participation and rent sharing",
        [("John", "Smith"), ("Li", "Zhou")], "Research Policy", 2013, volume="42", issue="3", page="600-612",
    ),
    crossref_work(  # the working-paper version: same authors and title, other year, no volume
        "10.2139/ssrn.1107445", "Patent Pool Formation: Timing Matters",
        [("François", "Lévêque"), ("Yann", "Ménière")], "SSRN Electronic Journal", 2008,
        kind="posted-content", publisher="Elsevier BV",
    ),
    crossref_work(
        "10.1111/ecin.12001", "Patent pool formation and scope of patents: a comment",
        [("Richard", "Gilbert")], "Economic Inquiry", 2013, volume="51", issue="2", page="1500-1503",
        publisher="Wiley",
    ),
    crossref_work(  # NBER version of ref18
        "10.3386/w15061",
        "Do Patent Pools Encourage Innovation? Evidence from the 19th-Century Sewing Machine Industry",
        [("Ryan", "Lampe"), ("Petra", "Moser")], None, 2009, kind="report",
        publisher="National Bureau of Economic Research",
    ),
    crossref_work(  # the later journal version of ref07 (absent itself)
        "10.1093/jleo/ewv006",
        "Patent Pools, Competition, and Innovation—Evidence from 20 US Industries under the New Deal",
        [("Ryan", "Lampe"), ("Petra", "Moser")], "Journal of Law, Economics, and Organization", 2016,
        volume="32", issue="1", page="1-36", publisher="Oxford University Press (OUP)",
    ),
    crossref_work(
        "10.1109/icmss.2010.5577001", "TD-SCDMA commercialization and the patent pool problem",
        [("Qiang", "Liu")], "2010 International Conference on Management and Service Science", 2010,
        page="1-4", kind="proceedings-article", publisher="IEEE",
    ),
    crossref_work(
        "10.1109/picmet.2012.1234567",
        "Heterogeneity of technology strategies in patent pools: the case of the DVD industry",
        [("Kyung", "Lee"), ("Sun", "Park")], "2012 Proceedings of PICMET", 2012, page="100-108",
        kind="proceedings-article", publisher="IEEE",
    ),
    crossref_work(
        "10.1016/j.irle.2007.01.002", "Patent pools, market competition and innovation", [("Atsuo", "Kato")],
        "International Review of Law and Economics", 2007, volume="27", issue="1", page="1-20",
    ),
    crossref_work(
        "10.1080/13543776.2016.1111111", "The Medicines Patent Pool: philanthropy or public relations?",
        [("Ellen", "Hoen")], "Expert Opinion on Therapeutic Patents", 2016, volume="26", issue="2",
        page="100-104", publisher="Informa UK Limited",
    ),
    crossref_work(
        "10.3969/j.issn.1001-7348.2015.01.010", "专利联盟运营模式研究", [("伟", "王")], "科技进步与对策", 2015,
        volume="32", issue="1", page="50-54", publisher="Science and Technology Progress and Policy",
    ),
    crossref_work(
        "10.3969/j.issn.1001-7348.2017.02.003", "专利联盟的利益分配研究", [("芳", "刘")], "科技管理研究", 2017,
        volume="37", issue="2", page="10-15", publisher="Science and Technology Management Research",
    ),
]

#: DataCite-only DOIs (JSON:API documents as ``/dois/{doi}`` answers them).
DATACITE: dict[str, dict[str, Any]] = {
    "10.48550/arxiv.2101.01234": {
        "data": {
            "id": "10.48550/arxiv.2101.01234",
            "type": "dois",
            "attributes": {
                "doi": "10.48550/arxiv.2101.01234",
                "prefix": "10.48550",
                "suffix": "arxiv.2101.01234",
                "identifiers": [{"identifier": "2101.01234", "identifierType": "arXiv"}],
                "creators": [
                    {"name": "Quint, Dov", "nameType": "Personal", "givenName": "Dov", "familyName": "Quint",
                     "affiliation": [], "nameIdentifiers": []},
                    {"name": "arXiv Consortium", "nameType": "Organizational", "affiliation": []},
                ],
                "titles": [{"title": "Pure patent pools and royalty stacking"}],
                "publisher": "arXiv",
                "container": {},
                "publicationYear": 2021,
                "types": {"ris": "GEN", "bibtex": "misc", "citeproc": "article", "schemaOrg": "CreativeWork",
                          "resourceType": "Article", "resourceTypeGeneral": "Preprint"},
                "url": "https://arxiv.org/abs/2101.01234",
                "state": "findable",
            },
            "relationships": {"client": {"data": {"id": "arxiv.content", "type": "clients"}}},
        }
    }
}

#: DOIs only doi.org content negotiation knows (another registration agency), as CSL-JSON.
CSL_ONLY: dict[str, dict[str, Any]] = {
    "10.1400/123456": {
        "type": "article-journal",
        "id": "https://doi.org/10.1400/123456",
        "DOI": "10.1400/123456",
        "title": "Pools di brevetti e concorrenza",
        "author": [{"family": "Rossi", "given": "Maria"}],
        "container-title": ["Mercato Concorrenza Regole"],
        "issued": {"date-parts": [[2012, 4]]},
        "volume": "14",
        "page": "33-58",
        "publisher": "Il Mulino",
        "source": "mEDRA",
    }
}

#: IEEE Xplore Metadata API articles by article number.
IEEE: dict[str, dict[str, Any]] = {
    number: {
        "doi": SEED_WORKS[ref]["DOI"],
        "title": SEED_WORKS[ref]["title"][0],
        "publisher": "IEEE",
        "publication_title": SEED_WORKS[ref]["container-title"][0],
        "publication_year": SEED_WORKS[ref]["issued"]["date-parts"][0][0],
        "content_type": "Conferences",
        "article_number": number,
        "start_page": SEED_WORKS[ref]["page"].split("-")[0],
        "end_page": SEED_WORKS[ref]["page"].split("-")[1],
        "authors": {
            "authors": [
                {"full_name": f"{a['given']} {a['family']}", "author_order": i + 1, "authorUrl": ""}
                for i, a in enumerate(SEED_WORKS[ref]["author"])
            ]
        },
        "html_url": f"https://ieeexplore.ieee.org/document/{number}/",
    }
    for number, ref in (("5076744", "ref06"), ("6070086", "ref08"), ("6774569", "ref12"))
}
