"""Pictures of printed papers (a learner card, a certificate) as a webcam sees them held up."""



def card_paper(learner):
    """A learner card as printed (name, QR, code), drawn at camera resolution, and the
    centre of its QR code (where the person aims)."""
    from PySide6.QtCore import QPointF, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from digital_literacy_app.core.records import card_qr_text, learner_code, qr_modules

    paper = QImage(460, 300, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    modules = qr_modules(card_qr_text(learner.id))
    module = 7
    draw_modules(painter, modules, 24, 60, module)
    painter.setPen(QColor("#1f3b5e"))
    painter.setFont(QFont("Noto Sans", 9, QFont.Weight.Bold))
    painter.drawText(QRect(0, 14, 440, 24), Qt.AlignmentFlag.AlignRight, "THẺ HỌC VIÊN · LEARNER CARD")
    painter.setFont(QFont("Noto Serif", 19, QFont.Weight.Bold))
    painter.drawText(QRect(230, 70, 210, 120), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, learner.name)
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Noto Sans", 17, QFont.Weight.Bold))
    painter.drawText(QRect(230, 220, 210, 40), Qt.AlignmentFlag.AlignLeft, learner_code(learner.id))
    painter.end()
    half = len(modules) * module / 2
    return paper, QPointF(24 + half, 60 + half)


def certificate_paper(code: str):
    """The corner of a printed certificate (its QR, the caption and the code under it),
    and the centre of the QR code."""
    from PySide6.QtCore import QPointF, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from digital_literacy_app.core.records import qr_modules

    modules = qr_modules(code)
    module = 5
    side = len(modules) * module
    paper = QImage(side + 100, side + 150, QImage.Format.Format_RGB32)
    paper.fill(QColor("#fbf8f0"))
    painter = QPainter(paper)
    painter.setPen(QColor("#1f3b5e"))
    painter.setFont(QFont("Noto Sans", 8, QFont.Weight.Bold))
    painter.drawText(QRect(0, 14, paper.width(), 20), Qt.AlignmentFlag.AlignHCenter,
                     "Quét mã để kiểm tra · Scan to verify")
    draw_modules(painter, modules, 50, 44, module)
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Noto Sans", 6))
    lines = [code[i:i + 44] for i in range(0, len(code), 44)]
    painter.drawText(QRect(20, side + 56, paper.width() - 40, 90), Qt.AlignmentFlag.AlignHCenter, "\n".join(lines))
    painter.end()
    return paper, QPointF(50 + side / 2, 44 + side / 2)


def draw_modules(painter, modules, x: int, y: int, module: int) -> None:
    from PySide6.QtGui import QColor

    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                painter.fillRect(x + column * module, y + row * module, module, module, QColor("black"))


def held_up(paper_and_aim, angle: float):
    """Paper held up to a cheap webcam, its QR aimed at the middle: tilted, on a grey
    wall, dimmer, 640x480."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter

    paper, aim = paper_and_aim
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(88, 90, 94))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(QPointF(320, 240))
    painter.rotate(angle)
    painter.drawImage(-aim, paper)
    painter.resetTransform()
    painter.fillRect(frame.rect(), QColor(0, 0, 0, 80))  # an office light, not a scanner's
    painter.end()
    return frame
