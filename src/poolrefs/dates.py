"""CSL dates: partial dates, ranges, seasons, circa, literal; and reading dates from text."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .months import MONTH_WORDS, SEASONS

__all__ = ["MAX_YEAR", "MIN_YEAR", "DateValue", "parse_date_text"]

MIN_YEAR = -9999
MAX_YEAR = 2999

_WORD = r"[^\W\d_]+"  # a word of letters, accented ones too (märz, août, déc)
_KEYS = ("date-parts", "season", "circa", "literal", "raw")


class DateValue(BaseModel):
    """A CSL date: ``parts`` are 1 (single date) or 2 (range) lists of [year, month?, day?].

    Example:
        >>> DateValue(parts=[[2016, 5]]).year
        2016
        >>> parse_date_text("c1988").circa
        True
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    parts: list[list[int | str]] | None = None
    season: int | str | None = None
    circa: bool | int | str | None = None
    literal: str | None = None
    raw: str | None = None
    extras: dict[str, Any] = Field(default_factory=dict)

    @field_validator("parts")
    @classmethod
    def _check_parts(cls, value: list[list[int | str]] | None) -> list[list[int | str]] | None:
        if value is None:
            return None
        if not 1 <= len(value) <= 2:
            raise ValueError(f"date-parts holds 1 date or a 2-date range, got {len(value)}")
        for date in value:
            if not 1 <= len(date) <= 3:
                raise ValueError(f"a date is [year, month?, day?], got {date!r}")
            _check_date(date)
        return value

    @property
    def year(self) -> int | None:
        """The (first) year, or ``None`` for a literal or raw-only date."""
        if self.parts and self.parts[0]:
            return int(self.parts[0][0])
        return None

    @property
    def end_year(self) -> int | None:
        """The last year of a range, else the year."""
        if self.parts and len(self.parts) == 2 and self.parts[1]:
            return int(self.parts[1][0])
        return self.year

    def iso(self) -> str:
        """ISO-like text: ``2016``, ``2016-05``, ``2016-05-03``, ``2011/2012`` for ranges."""
        if not self.parts:
            return self.literal or self.raw or ""
        return "/".join("-".join(f"{int(p):02d}" if i else str(int(p)) for i, p in enumerate(d)) for d in self.parts)

    def to_csl(self) -> dict[str, Any]:
        """This date as a CSL-JSON date object."""
        out: dict[str, Any] = {}
        if self.parts is not None:
            out["date-parts"] = [list(d) for d in self.parts]
        for key in ("season", "circa", "literal", "raw"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out.update(self.extras)
        return out

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> DateValue:
        """Build a date from a CSL-JSON date object; unknown keys go to ``extras``."""
        return cls(
            parts=item.get("date-parts"),
            season=item.get("season"),
            circa=item.get("circa"),
            literal=item.get("literal"),
            raw=item.get("raw"),
            extras={k: v for k, v in item.items() if k not in _KEYS},
        )


def _check_date(date: list[int | str]) -> None:
    try:
        numbers = [int(p) for p in date]
    except (TypeError, ValueError) as exc:
        raise ValueError(f"date parts must be numbers, got {date!r}") from exc
    year = numbers[0]
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"impossible year {year} (allowed {MIN_YEAR}..{MAX_YEAR})")
    if len(numbers) > 1 and not (1 <= numbers[1] <= 12 or 13 <= numbers[1] <= 24):
        raise ValueError(f"impossible month {numbers[1]} (1-12, or 13-24 for seasons)")
    if len(numbers) > 2 and not 1 <= numbers[2] <= 31:
        raise ValueError(f"impossible day {numbers[2]}")


_SEASON_YEAR = re.compile(rf"(?:({'|'.join(SEASONS)})\s+)(\d{{4}})", re.I)
_YMD = re.compile(r"(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?")


def parse_date_text(text: str) -> DateValue | None:
    """Read a date as printed in references; ``None`` when there is no date.

    Handles ``2016``, ``2016-05-03``, ``2016/5/3``, ``2016年5月3日``, ``May 3, 2016``,
    ``3 May 2016``, ``Spring 2003``, ranges (``2011-2012``, ``1999–2000``), circa and
    bracketed years (``c1988``, ``ca. 1988``, ``[1936]``), and ``n.d.``/``s.d.``.
    """
    t = unicodedata.normalize("NFC", text).strip().strip(".,;()").strip()  # "de\u0301c" is "déc"
    if not t or re.fullmatch(r"(?:n\.?\s?d|s\.?\s?d|no date|未注明日期)\.?", t, re.I):
        return None
    circa = False
    m = re.fullmatch(r"(?:c\.?|ca\.?|circa|approx\.?)\s*(\d{4})\??", t, re.I) or re.fullmatch(
        r"\[(?:c\.?\s*)?(\d{4})\??\]", t
    )
    if m:
        return DateValue(parts=[[int(m.group(1))]], circa=True)
    m = re.fullmatch(r"(\d{4})\s*[-–—/]\s*(\d{4})", t) or re.fullmatch(
        r"(\d{4})\s*[–—/]\s*(\d{2})", t  # 2-digit ends need a dash: 2004-05 is ISO May 2004
    )
    if m:
        start, end = m.group(1), m.group(2)
        if len(end) == 2:
            end = start[:2] + end
        if int(end) > int(start):
            return _safe([[int(start)], [int(end)]], circa)
    m = _SEASON_YEAR.fullmatch(t)
    if m:
        return _safe([[int(m.group(2))]], circa, season=SEASONS[m.group(1).lower()])
    m = _YMD.fullmatch(t)
    if m:
        parts: list[int | str] = [int(g) for g in m.groups() if g]
        return _safe([parts], circa)
    m = re.fullmatch(rf"({_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", t)
    if m and m.group(1).lower() in MONTH_WORDS:
        return _safe([[int(m.group(3)), MONTH_WORDS[m.group(1).lower()], int(m.group(2))]], circa)
    m = re.fullmatch(rf"(\d{{1,2}})(?:er|\.)?\s+({_WORD})\.?,?\s+(\d{{4}})", t)  # "1er janvier"
    if m and m.group(2).lower() in MONTH_WORDS:
        return _safe([[int(m.group(3)), MONTH_WORDS[m.group(2).lower()], int(m.group(1))]], circa)
    m = re.fullmatch(rf"({_WORD})\.?,?\s+(\d{{4}})", t)
    if m and m.group(1).lower() in MONTH_WORDS:
        return _safe([[int(m.group(2)), MONTH_WORDS[m.group(1).lower()]]], circa)
    return None


def _safe(parts: list[list[int | str]], circa: bool, season: int | None = None) -> DateValue | None:
    try:
        return DateValue(parts=parts, circa=True if circa else None, season=season)
    except ValueError:
        return None
