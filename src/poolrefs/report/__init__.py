"""The self-contained HTML report of a build (pure: data in, one HTML string out)."""

from __future__ import annotations

from .model import Discrepancy, LinkBadge, ReportData, ReportEntry, TopicBadge
from .page import render_report

__all__ = ["Discrepancy", "LinkBadge", "ReportData", "ReportEntry", "TopicBadge", "render_report"]
