"""Offline trainer for Vietnam's digital mass literacy movement ("Bình dân học vụ số")."""

__version__ = "0.1.0"
