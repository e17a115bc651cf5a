"""Personal and institutional names (CSL name objects) and CJK-aware name helpers."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Name", "is_cjk", "split_cjk_name"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002fa1f]")

# Chinese compound (two-character) surnames; everything else takes one character.
_COMPOUND_SURNAMES = frozenset(
    ["欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯", "诸葛", "尉迟", "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容", "仲孙", "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车", "亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "轩辕", "令狐", "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生", "公户", "公玉", "公仪", "梁丘", "公仲", "公上", "公门", "公山", "公坚", "左丘", "公伯", "西门", "公祖", "第五", "公乘", "贯丘", "公皙", "南荣", "东里", "东宫", "仲长", "子书", "子桑", "即墨", "达奚", "褚师", "吴铭"]
)

_NAME_KEYS = {
    "family": "family",
    "given": "given",
    "literal": "literal",
    "dropping-particle": "dropping_particle",
    "non-dropping-particle": "non_dropping_particle",
    "suffix": "suffix",
    "comma-suffix": "comma_suffix",
    "static-ordering": "static_ordering",
    "parse-names": "parse_names",
}


def is_cjk(text: str | None) -> bool:
    """True when the text contains a Chinese, Japanese or Korean character."""
    return bool(text) and _CJK.search(text or "") is not None


def split_cjk_name(name: str) -> tuple[str, str]:
    """Split a Chinese name written as one string into (family, given).

    ``李明星`` -> ``("李", "明星")``; compound surnames (``欧阳``, ``司马``...) stay together.
    """
    name = name.strip()
    if len(name) >= 3 and name[:2] in _COMPOUND_SURNAMES:
        return name[:2], name[2:]
    if len(name) <= 1:
        return name, ""
    return name[0], name[1:]


class Name(BaseModel):
    """One CSL name: a person (family/given with particles and suffix) or a literal (institution).

    Example:
        >>> Name(family="李", given="明星").display()
        '李明星'
        >>> Name(family="Lerner", given="J.").display()
        'J. Lerner'
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    dropping_particle: str | None = None
    non_dropping_particle: str | None = None
    suffix: str | None = None
    comma_suffix: bool | str | int | None = None
    static_ordering: bool | str | int | None = None
    parse_names: bool | str | int | None = None
    extras: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _needs_a_part(self) -> Name:
        if not any((self.family, self.given, self.literal)):
            raise ValueError("a name needs a family name, a given name or a literal")
        return self

    @property
    def is_cjk(self) -> bool:
        """True for names written in CJK script (rendered unspaced, family first)."""
        return is_cjk(self.family or self.literal) and not (
            self.given and not is_cjk(self.given)
        )

    def display(self) -> str:
        """The name as a reader would write it (CJK family first, unspaced)."""
        if self.literal:
            return self.literal
        if self.is_cjk:
            return f"{self.family or ''}{self.given or ''}"
        parts = [
            self.given,
            self.dropping_particle,
            self.non_dropping_particle,
            self.family,
        ]
        text = " ".join(p for p in parts if p)
        if self.suffix:
            text += f", {self.suffix}"
        return text

    def to_csl(self) -> dict[str, Any]:
        """This name as a CSL-JSON name object."""
        out: dict[str, Any] = {}
        for key, attr in _NAME_KEYS.items():
            value = getattr(self, attr)
            if value is not None:
                out[key] = value
        out.update(self.extras)
        return out

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Name:
        """Build a name from a CSL-JSON name object; unknown keys go to ``extras``."""
        known = {attr: item[key] for key, attr in _NAME_KEYS.items() if key in item}
        extras = {k: v for k, v in item.items() if k not in _NAME_KEYS}
        return cls(**known, extras=extras)
