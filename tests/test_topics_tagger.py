from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import poolrefs
from poolrefs import Reference, TopicTag, tag, tag_many
from poolrefs.topics import reference_fields, tag_fields

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "references" / "cas-bulletin-2018-patent-alliances.csl.json"
EVAL = ROOT / "references" / "patent-pool-topics-eval.csl.json"
CITED = ROOT / "references" / "patent-pool-topics-cited-labels.json"
MISSION = ("pool-formation", "innovation-effects", "rent-sharing")


def _items(path: Path) -> list[tuple[Reference, set[str], dict]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [(Reference.from_csl(i), set(i.get("x-topics", [])), i) for i in raw]


def _micro_f1(items, topics) -> float:
    tp = fp = fn = 0
    for ref, gold, _ in items:
        pred = {t.topic for t in tag(ref)} & set(topics)
        gold = gold & set(topics)
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    return 2 * tp / (2 * tp + fp + fn)


def ref(title: str, **kw: str) -> Reference:
    return Reference(type="article-journal", title=title, **kw)


def topics(r: Reference) -> list[str]:
    return [t.topic for t in tag(r)]


def test_seed_mission_micro_f1() -> None:
    items = [it for it in _items(SEED) if not it[2].get("x-topics-ambiguous")]
    assert len(items) == 15
    assert _micro_f1(items, MISSION) >= 0.95


def _cited_items(splits: set[str]) -> list[tuple[Reference, set[str], dict]]:
    """Eval works with their mission labels in the seed's convention, ambiguous ones left out."""
    labels = {row["id"]: row for row in json.loads(CITED.read_text(encoding="utf-8"))["labels"]}
    out = []
    for ref, _, raw in _items(EVAL):
        row = labels[raw["id"]]
        if raw["x-split"] in splits and not row["x-topics-ambiguous"]:
            out.append((ref, set(row["x-topics"]), raw))
    return out


def test_labelled_set_mission_micro_f1_does_not_regress() -> None:
    # A regression guard, not the target (bench/topic_accuracy.py measures): mission labels in
    # the seed's convention (references/patent-pool-topics-cited-labels.json), measured 1.000
    # (dev), 1.000 (dev+test) and 0.97 (dev+test+holdout) when committed. The later splits are
    # for measurement, never CI thresholds.
    assert _micro_f1(_cited_items({"dev"}), MISSION) >= 0.95
    assert _micro_f1(_cited_items({"dev", "test"}), MISSION) >= 0.95
    assert _micro_f1(_cited_items({"dev", "test", "holdout"}), MISSION) >= 0.93


def _unambiguous(path: Path) -> list[tuple[Reference, set[str], dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["items"] if isinstance(data, dict) else data
    return [(Reference.from_csl({"type": "article-journal", **r}), set(r["x-topics"]), r)
            for r in rows if not r["x-topics-ambiguous"]]


def test_tuned_sets_do_not_regress() -> None:
    # Regression guards on sets the cues were revised on (seed convention): at the 20th
    # revision holdout4 measures 0.930 and the invented probes phrasings, phrasings3 and
    # phrasings4 0.991, 0.950 and 0.987; at the 27th (six-word window) the paraphrase probes
    # phrasings12, 14 and 16 measure 0.828, 0.920 and 0.835; at the 34th the cross-language
    # probes phrasings21 and 22 (Chinese titles for English studies) 0.908 and 0.907. Held-out
    # and blind sets are never CI thresholds.
    refs = ROOT / "references"
    assert _micro_f1(_unambiguous(refs / "patent-pool-topics-holdout4.csl.json"), MISSION) >= 0.93
    floors = {"phrasings": 0.93, "phrasings3": 0.93, "phrasings4": 0.93, "phrasings12": 0.80,
              "phrasings14": 0.89, "phrasings16": 0.80, "phrasings21": 0.88, "phrasings22": 0.88}
    for probe, floor in floors.items():
        path = refs / f"patent-pool-topics-{probe}.json"
        assert _micro_f1(_unambiguous(path), MISSION) >= floor, probe


def test_mission_topics_need_a_pool_or_alliance_in_the_reference() -> None:
    general = ref("Patents and cumulative innovation: evidence from the courts")
    assert "innovation-effects" not in topics(general)
    assert "innovation-effects" in topics(ref("Patent pools and cumulative innovation"))
    in_abstract = general.model_copy(update={"abstract": "We study members of patent pools."})
    assert "innovation-effects" in topics(in_abstract)  # the context may be in any field read


def test_context_groups_are_validated_and_gate_their_topic() -> None:
    text = """
[[topics]]
id = "t"
label = { en = "T", zh = "T" }
definition = "d"
[[topics.cues]]
en = ["royalty ~ sharing"]
[[topics.context]]
en = ["pool"]
"""
    tax = poolrefs.topics.parse_taxonomy(text)
    assert tag_fields({"title": "Royalty sharing rules"}, taxonomy=tax) == []
    assert [t.topic for t in tag_fields({"title": "Royalty sharing in pools"}, taxonomy=tax)] == ["t"]
    with pytest.raises(poolrefs.FormatError, match="context"):
        poolrefs.topics.parse_taxonomy(text.replace('en = ["pool"]', 'en = "pool"'))


def test_every_tag_has_evidence_that_occurs_in_the_reference() -> None:
    for r, _, _ in _items(SEED) + _items(EVAL):
        fields = reference_fields(r)
        for t in tag(r):
            assert t.evidence, (r.title, t)
            for e in t.evidence:
                assert e and any(e in text for text in fields.values()), (r.title, e)


CUE_WORDS = ["patent pool", "formation", "forming", "join", "royalties", "sharing", "innovation",
             "encourage", "专利联盟", "利益分配", "形成", "创新效应", "standard", "FRAND", "drugs",
             "licensing", "antitrust", "Stability", "加入", "專利聯盟", "R&D", "incentives"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CUE_WORDS), st.text(max_size=8)), max_size=14),
       st.lists(st.sampled_from(CUE_WORDS + ["of", "the", "and"]), max_size=6))
def test_evidence_property_on_random_text(words: list[str], abstract_words: list[str]) -> None:
    title = " ".join(words)
    abstract = " ".join(abstract_words)
    r = Reference(type="article-journal", title=title or None, abstract=abstract or None)
    tags = tag(r)
    assert tag(r) == tags  # deterministic
    for t in tags:
        assert 0.5 <= t.score < 1.0
        assert t.evidence and all(e in title or e in abstract for e in t.evidence)


@pytest.mark.parametrize(
    "title",
    ["Patent pool formation: timing matters", "Why firms form patent pools",
     "When do patent pools form?", "Forming a pool of standard-essential patents",
     "The formation of patent pools", "To join or not to join a patent pool",
     "Stability of patent alliances", "专利联盟的形成机理研究", "企业加入专利池的动因",
     "專利聯盟的組建與穩定性", "Why do firms join R&D consortia?",
     "Antecedents of alliance formation in biotechnology", "Motives for creating technology alliances",
     "Selecting partners for R&D alliances", "Recruiting licensors to a patent pool",
     "Alliance dissolution and instability in technology consortia", "专利联盟的形成条件研究",
     "技术标准联盟成员的进入与退出", "产业技术创新战略联盟稳定性影响因素", "研发联盟伙伴选择的多目标决策模型",
     "Stable research joint ventures", "Launching a patent pool for 5G", "Defection from R&D cooperation",
     "A pool adds two licensors", "Why do firms cooperate in R&D?", "Motives for R&D cooperation",
     "Participation in SSOs", "战略联盟分化的成因", "专利池建设指引", "Drivers of alliance formation",
     "The decision to enter a research consortium", "合资企业的存活", "信任促成了产学研合作",
     "Ending business partnerships", "Why firms enter standards bodies: drivers", "联盟伙伴的匹配",
     "Instability of international JVs", "专利联营的组建", "When do joint research ventures hold together?",
     "How firms pick their R&D partners", "企业为何结盟", "技术联盟为何难以长期维系",
     "企业战略同盟为何走向瓦解", "How firms band together in standards consortia",
     "When companies dissolve their strategic tie-ups", "How long do interfirm partnerships last?",
     "HEVC Advance welcomes a new licensor into its pool"],
)
def test_pool_formation_phrasings(title: str) -> None:
    assert "pool-formation" in topics(ref(title))


@pytest.mark.parametrize(
    "title",
    ["Do patent pools encourage innovation?", "Patent pools and R&D incentives",
     "Incentives to innovate under patent pools", "专利联盟的创新效应研究", "专利池对企业创新绩效的影响",
     "Patent pools and the incentive to invent", "Alliance portfolios and firm innovativeness",
     "Technology alliances and the innovative output of firms",
     "Patent pools, litigation and follow-on research", "产学研联盟对企业研发投入的影响研究",
     "专利联营对企业研发活动的影响", "Do joint licensing programmes affect innovation?",
     "Shared ventures and the inventiveness of their founders", "技术同盟如何左右企业创新产出",
     "How joint patent licensing arrangements foster new inventions"],
)
def test_innovation_effects_phrasings(title: str) -> None:
    assert "innovation-effects" in topics(ref(title))


@pytest.mark.parametrize(
    "title",
    ["Royalty sharing rules in patent pools", "Dividing royalties: profit division in pools",
     "Allocation of royalties among pool members", "专利联盟的利益分配研究",
     "基于Shapley值的专利池许可费分配", "专利联盟收益分配机制",
     "Allocating licensing income among pool members", "How royalties are split in patent pools",
     "How royalty revenues are divided among pool members", "Value division in technology alliances",
     "Value appropriation in biotech alliances",
     "Benefit allocation in industry-university-research alliances", "基于联盟结构和分配方式的研发激励",
     "Who captures the revenue of a standards consortium?", "联营收益的切分",
     "Cost allocation in logistics coalitions"],
)
def test_rent_sharing_phrasings(title: str) -> None:
    assert "rent-sharing" in topics(ref(title))


@pytest.mark.parametrize(
    "title",
    ["Patent pool and international competency of Chinese manufacturing industry",
     "Regional economic development analysis under patent pool", "The information content of patents",
     "Medicine patent pool: pharma philanthropy or PR?", "专利联盟运营模式研究",
     "Innovation alliances in the life sciences", "Open innovation consortia: a review",
     "Strategic alliances in the pharmaceutical industry", "产业技术创新战略联盟的运行机制研究",
     "我国产业技术创新战略联盟发展现状", "研发联盟的治理结构", "Creating value through patent pools",
     "Entry deterrence by patent pools", "Patent pools and barriers to entry",
     "Organizational forms of patent alliances", "Joining forces: patent pools and standards",
     "Why patent pools are the right answer", "企业合作文化对创新绩效的影响",
     "Post-formation conduct in joint ventures"],
)
def test_no_mission_topic_without_evidence(title: str) -> None:
    assert not set(topics(ref(title))) & set(MISSION)


def test_negative_cue_masks_container_title() -> None:
    r = ref("Cross licenses and patent pools", container_title="Innovation Policy and the Economy")
    assert "innovation-effects" not in topics(r)
    r2 = ref("Cross licenses and patent pools", container_title="Journal of Innovation Economics")
    assert [t.score for t in tag(r2) if t.topic == "innovation-effects"] == []  # 0.7 x 0.5 < 1


def test_negative_cue_masks_a_hit_with_any_part_inside_it() -> None:
    # "创新 ~ 影响" spans the alliance's name: its 创新 belongs to the name, not to an effect
    title = "产业技术创新战略联盟稳定性影响因素"
    assert "innovation-effects" not in topics(ref(title))
    assert "pool-formation" in topics(ref(title))
    # the same cue outside the name still counts
    assert "innovation-effects" in topics(ref("产业技术创新战略联盟对成员企业创新的影响"))


def test_negative_cue_leaves_other_occurrences_to_positive_cues() -> None:
    # the first 创新 is in an alliance's name; "促进 ~ 创新" takes the one after 促进
    assert "innovation-effects" in topics(ref("产业技术创新战略联盟促进了企业创新吗?"))
    assert "innovation-effects" not in topics(ref("Innovation alliances and innovation alliance members"))
    assert "innovation-effects" in topics(ref("Innovation alliances: do they promote innovation?"))


def test_cues_with_the_same_stems_count_once() -> None:
    # "invention" and "inventive" share a stem: one weak cue, below the threshold
    assert "innovation-effects" not in topics(ref("Companies sharing inventive inventions through pools"))


def test_cooperation_is_context_but_cooperative_games_are_not() -> None:
    assert "rent-sharing" not in topics(ref("合作博弈中的Shapley值"))
    assert "rent-sharing" not in topics(ref("Shapley value and the nucleolus of cooperative games"))
    assert "rent-sharing" not in topics(ref("供应链的收益共享契约"))  # 共享 is no collective
    assert "rent-sharing" in topics(ref("专利联盟的收益共享契约"))
    assert "rent-sharing" in topics(ref("产学研合作的利益分配"))
    assert "innovation-effects" in topics(ref("R&D cooperation and spillovers in an oligopoly"))
    # Chinese labellers read plain cooperation with an innovation outcome as no mission topic
    assert "innovation-effects" not in topics(ref("技术合作对企业创新绩效的影响"))
    assert "innovation-effects" in topics(ref("技术联盟对企业创新绩效的影响"))


def test_partners_of_other_fields_are_no_collective() -> None:
    # found by bench/topic_false_alarms.py on a medical title
    title = "Intimate partner violence in couples therapy: does patient involvement reduce it?"
    assert not set(topics(ref(title))) & set(MISSION)
    assert "pool-formation" in topics(ref("Partner involvement in patent pools"))


def test_taking_part_in_standardisation_is_membership_of_a_collective() -> None:
    # three blind labellers read participation in standards bodies as pool-formation
    assert "pool-formation" in topics(ref("Why firms take part in formal standardization processes"))
    assert "pool-formation" in topics(ref("标准化组织的成员为何参与标准制定"))
    assert not set(topics(ref("Standardization processes in software engineering"))) & set(MISSION)


def test_accession_is_joining_and_originators_are_no_origin() -> None:
    assert "pool-formation" in topics(ref("Accession to the Medicines Patent Pool"))
    assert "pool-formation" not in topics(ref("Royalties for originator companies in patent pools"))


def test_commons_of_the_anticommons_is_no_collective() -> None:
    assert "innovation-effects" not in topics(ref("The anti-commons: research tool patents and innovation"))
    assert "innovation-effects" in topics(ref("Patent commons and follow-on innovation"))


def test_effects_are_effects_on_innovation() -> None:
    assert "innovation-effects" in topics(ref("Knowledge alliances and their effects on patenting"))
    assert "innovation-effects" not in topics(ref("Formation of R&D consortia: industry effects"))


def test_possessive_is_the_word() -> None:
    assert "rent-sharing" in topics(ref("The airline alliance's profit-sharing rule"))


def test_title_weighs_more_than_abstract() -> None:
    in_title = tag(ref("Royalty sharing in pools"))
    in_abstract = tag(ref("Patent pools", abstract="We study royalty sharing."), threshold=0.01)
    score = {t.topic: t.score for t in in_title}["rent-sharing"]
    assert {t.topic: t.score for t in in_abstract}["rent-sharing"] < score


def test_keywords_and_abstract_are_read() -> None:
    r = ref("A model", keyword="patent pools; rent sharing",
            abstract="Firms join a pool; participation is voluntary.")
    got = {t.topic: t.evidence for t in tag(r)}
    assert got["rent-sharing"] == ["rent sharing"]
    assert sorted(got["pool-formation"]) == ["join", "participation"]
    assert "pool-formation" not in topics(ref("A model", abstract="Firms join a pool."))


def test_threshold_and_multilabel() -> None:
    r = ref("To join or not to join: patent pool participation and rent sharing rules")
    assert [t.topic for t in tag(r)] == ["rent-sharing", "pool-formation"]
    assert tag(r, threshold=0.99) == []
    low = tag(ref("Patent pool members"), threshold=0.2)
    assert [t.topic for t in low] == ["pool-formation"] and low[0].score < 0.5
    assert tag(ref("Patent pool members")) == []


def test_tag_many_matches_tag_and_keeps_order() -> None:
    refs = [r for r, _, _ in _items(SEED)]
    assert tag_many(refs) == [tag(r) for r in refs]
    assert tag_many([]) == []


def test_empty_reference_has_no_tags() -> None:
    assert tag(Reference(type="book")) == []
    assert tag_fields({"title": ""}) == []
    assert tag_fields({"unknown-field": "patent pool formation"}) == []


def test_public_api() -> None:
    assert {"tag", "tag_many", "TopicTag", "load_taxonomy"} <= set(poolrefs.__all__)
    t = TopicTag("x", 0.5, ["y"])
    with pytest.raises(AttributeError):
        t.score = 1.0  # type: ignore[misc]


def test_traditional_chinese_and_full_width() -> None:
    got = {t.topic: t.evidence for t in tag(ref("專利聯盟的利益分配研究"))}
    assert got["rent-sharing"] == ["利益分配"]
    got = {t.topic: t.evidence for t in tag(ref("ＰＡＴＥＮＴ ＰＯＯＬ ＦＯＲＭＡＴＩＯＮ"))}
    assert got["pool-formation"] == ["ＰＯＯＬ ＦＯＲＭＡＴＩＯＮ"]


def test_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    script = (
        "import json, poolrefs\n"
        f"items = json.load(open({str(EVAL)!r}, encoding='utf-8'))\n"
        "refs = [poolrefs.Reference.from_csl(i) for i in items]\n"
        "print(json.dumps([[(t.topic, t.score, t.evidence) for t in ts]"
        " for ts in poolrefs.tag_many(refs)], ensure_ascii=False))\n"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                             text=True, check=True)
        outs.append(run.stdout)
    assert outs[0] == outs[1] and outs[0].startswith("[[")


def test_raw_text_is_read_only_without_a_title() -> None:
    raw = "Layne-Farrar A. To join or not to join: patent pool rent sharing rules. 2011."
    got = {t.topic: t.evidence for t in tag(Reference(type="article-journal", raw=raw))}
    assert sorted(got["rent-sharing"]) == ["rent sharing", "sharing rules"]
    assert "pool-formation" not in got  # "join" alone: 1.0 x 0.8 is below the threshold
    titled = Reference(type="article-journal", raw=raw, title="A title")
    assert tag(titled) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # joining as the cause of an innovation effect is no study of who joins
        ("Does joining a patent pool raise patenting?", ["innovation-effects"]),
        ("加入专利池会促进企业研发投入吗?", ["innovation-effects"]),
        ("Pool membership and subsequent R&D investment", ["innovation-effects"]),
        # without an innovation effect, joining is pool formation
        ("To join or not to join a patent pool", ["pool-formation"]),
        ("企业加入专利联盟的意愿", ["pool-formation"]),
        # forming, entering and leaving do not yield
        ("Entry, exit and inventive activity in standards consortia",
         ["innovation-effects", "pool-formation"]),
    ],
)
def test_membership_words_yield_to_innovation_effects(title: str, expected: list[str]) -> None:
    assert sorted(t for t in topics(ref(title)) if t in MISSION) == expected


def test_the_documented_example_is_what_tag_returns() -> None:
    """docs/topics.md opens with an example and its output; it must stay true."""
    doc = (ROOT / "docs" / "topics.md").read_text(encoding="utf-8")
    block = doc[doc.index("poolrefs.tag(ref)\n") + len("poolrefs.tag(ref)\n"):]
    shown = "".join(line.lstrip("# ") for line in block.splitlines()[:2])
    title = ("To join or not to join: Examining patent pool participation and rent sharing rules")
    assert "".join(shown.split()) == "".join(repr(tag(ref(title))).split())
