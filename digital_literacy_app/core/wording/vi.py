"""Vietnamese words for every reason code (see core/wording/__init__.py)."""

MESSAGES = {
    # -- long work --------------------------------------------------------------------
    "task.cancelled": "Đã dừng.",
    # -- the database -----------------------------------------------------------------
    "database.disk_full": "Ổ đĩa chứa {path} đã đầy. Hãy xoá bớt tệp rồi thử lại.",
    "database.not_a_database": "Tệp {path} không phải cơ sở dữ liệu dùng được của ứng dụng này ({detail}).",
    "database.read_only": "Không mở được cơ sở dữ liệu {path} để ghi ({detail}).",
    "database.failed": "Không dùng được cơ sở dữ liệu {path}: {detail}.",
}
