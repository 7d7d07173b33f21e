"""Lesson packs: YAML files with pictures, loaded into a model and validated with line numbers."""

from digital_literacy_app.core.lessons.catalog import LessonCatalog, load_catalog
from digital_literacy_app.core.lessons.model import (
    AREAS,
    Choice,
    Element,
    ExplainStep,
    Lesson,
    PracticeStep,
    QuizStep,
    Screen,
    Text,
)
from digital_literacy_app.core.lessons.validate import Problem, parse_lesson_file

__all__ = [
    "AREAS", "Choice", "Element", "ExplainStep", "Lesson", "LessonCatalog", "PracticeStep",
    "Problem", "QuizStep", "Screen", "Text", "load_catalog", "parse_lesson_file",
]
