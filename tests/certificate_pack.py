"""A small lesson pack with areas and a course, written into a test's folder.

Certificate tests need lessons whose ids and areas never change while the bundled
lessons are being written; this pack gives them that.
"""

from pathlib import Path

LESSONS = {  # id: (area, Vietnamese title, English title)
    "safe-calls": ("safety", "Cuộc gọi lừa đảo", "Scam calls"),
    "safe-otp": ("safety", "Giữ kín mã OTP", "Keep your OTP secret"),
    "pay-qr": ("cashless", "Trả tiền bằng mã QR", "Paying by QR code"),
    "start-mouse": ("basics", "Làm quen với chuột", "Getting to know the mouse"),
}
COURSE_ID = "co-ban"
COURSE_LESSONS = ("start-mouse", "safe-otp", "pay-qr")

LESSON_TEMPLATE = """id: {id}
version: 1
area: {area}
title: {{vi: "{vi}", en: "{en}"}}
summary: {{vi: Bài để kiểm thử., en: A lesson for tests.}}
competences: ["4.1"]
groups: [elderly]
sources: ["A test pack: made-up content"]
checked_against: {{app: none, version: "-", date: "2026-01"}}
minutes: 5
steps:
  - id: only
    kind: explain
    title: {{vi: Một bước, en: One step}}
    text: {{vi: Chào bạn., en: Hello.}}
"""

COURSES = f"""courses:
  - id: {COURSE_ID}
    title: {{vi: Kỹ năng số cơ bản, en: Basic digital skills}}
    lessons: [{", ".join(COURSE_LESSONS)}]
"""


def write_pack(folder: Path) -> Path:
    for lesson_id, (area, vi, en) in LESSONS.items():
        (folder / lesson_id).mkdir(parents=True, exist_ok=True)
        (folder / lesson_id / "lesson.yaml").write_text(
            LESSON_TEMPLATE.format(id=lesson_id, area=area, vi=vi, en=en), encoding="utf-8")
    (folder / "courses.yaml").write_text(COURSES, encoding="utf-8")
    return folder


def complete(trainer, learner_id: str, lesson_ids) -> None:
    for lesson_id in lesson_ids:
        trainer.progress.complete_lesson(learner_id, trainer.lessons.get(lesson_id))
