"""Coordinator reports: how many people learned what, by ward, group, area, month, competence."""

from digital_literacy_app.core.reports.build import DIMENSIONS, METRICS, Report, ReportFilter, build_report

__all__ = ["DIMENSIONS", "METRICS", "Report", "ReportFilter", "build_report"]
