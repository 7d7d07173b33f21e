"""Lesson packs: YAML files with pictures, loaded into a model and validated with line numbers."""

from digital_literacy_app.core.lessons.catalogue import LessonCatalogue, load_catalogue
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
    "AREAS", "Choice", "Element", "ExplainStep", "Lesson", "LessonCatalogue", "PracticeStep",
    "Problem", "QuizStep", "Screen", "Text", "load_catalogue", "parse_lesson_file",
]
