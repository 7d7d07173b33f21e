"""Vietnamese words for every reason code and command-line message (see core/wording/__init__.py).

Plain, respectful Vietnamese without "bạn": say what happened and what to do, in short
sentences a volunteer can read out to an older learner.
"""

from digital_literacy_app.core.wording.next_steps import add_next_steps

MESSAGES = {
    # -- long work --------------------------------------------------------------------
    "table.format": "Hãy lưu với đuôi {formats} (bảng tính Excel hoặc CSV).",
    "task.cancelled": "Đã dừng.",
    # -- the data folder and the database ---------------------------------------------
    "data_dir.is_a_file": "Thư mục dữ liệu {path} là một tệp, không phải thư mục.",
    "data_dir.cannot_create": "Thư mục dữ liệu {path} chưa có và không tạo được ({detail}).",
    "data_dir.disk_full": "Ổ đĩa chứa {path} đã đầy. Hãy xoá bớt tệp rồi thử lại.",
    "data_dir.not_writable": "Không ghi được vào thư mục dữ liệu {path} ({detail}).",
    "device.identity_damaged": "Danh tính của máy này trong {path} bị hỏng ({detail}). "
                               "Hãy khôi phục thư mục dữ liệu từ bản sao lưu.",
    "database.disk_full": "Ổ đĩa chứa {path} đã đầy. Hãy xoá bớt tệp rồi thử lại.",
    "database.not_a_database": "Tệp {path} không phải cơ sở dữ liệu dùng được của ứng dụng này ({detail}).",
    "database.read_only": "Không mở được cơ sở dữ liệu {path} để ghi ({detail}).",
    "database.failed": "Không dùng được cơ sở dữ liệu {path}: {detail}.",
    "database.newer": "Cơ sở dữ liệu {path} do phiên bản mới hơn của ứng dụng ghi (có thay đổi mà phiên "
                      "bản này không biết: {changes}). Hãy cài phiên bản mới hơn; dữ liệu chưa bị thay đổi.",
    "database.locked": "Một chương trình khác đang giữ cơ sở dữ liệu {path} (một cửa sổ ứng dụng khác, phần "
                       "mềm sao lưu?). Hãy đóng nó rồi thử lại; chưa thay đổi gì.",
    "database.postgres_missing": "Bản ứng dụng này chưa kết nối được kho PostgreSQL: hãy cài psycopg "
                                 "(pip install 'psycopg[binary]') trên máy này, hoặc bỏ tuỳ chọn --database.",
    "database.postgres_unreachable": "Không kết nối được kho dữ liệu thành phố {url} ({detail}). Hãy kiểm tra "
                                     "địa chỉ, mật khẩu và máy chủ có đang chạy không; chưa thay đổi gì.",
    "database.postgres_failed": "Kho dữ liệu thành phố không nhận việc này ({detail}); chưa có gì được lưu.",
    "database.batch_failed": "Một thay đổi trong đợt này bị lỗi nên cả đợt không được lưu.",
    # -- the city store from the app (core/store/city_address.py) ----------------------
    "city.works": "Kho dữ liệu thành phố {address} dùng được: ứng dụng mở được kho này.",
    "city.works_empty": "Máy chủ trả lời và cơ sở dữ liệu {address} còn trống: ứng dụng sẽ lập kho dữ liệu "
                        "thành phố ở đó khi mở lần đầu.",
    "city.not_an_address": "Đây không phải địa chỉ của kho dữ liệu thành phố. Địa chỉ bắt đầu bằng "
                           "postgresql://, ví dụ postgresql://dla@db.city.example/dla_city.",
    "city.psycopg_missing": "Bản ứng dụng này chưa kết nối được kho dữ liệu thành phố (chưa cài psycopg). "
                            "Hãy hỏi cán bộ công nghệ thông tin của thành phố.",
    "city.password_needed": "Kho dữ liệu thành phố {address} cần mật khẩu.",
    "city.wrong_password": "Kho dữ liệu thành phố {address} không nhận tên đăng nhập hoặc mật khẩu này.",
    "city.no_database": "Máy chủ trả lời nhưng không có cơ sở dữ liệu tên này ({address}). Hãy kiểm tra "
                        "tên sau dấu / cuối cùng.",
    "city.cannot_reach": "Không kết nối được kho dữ liệu thành phố {address} ({detail}). Hãy kiểm tra địa "
                         "chỉ, dây mạng và máy chủ có đang chạy không.",
    "city.newer": "Kho dữ liệu thành phố {address} do phiên bản mới hơn của ứng dụng lập. Hãy cài phiên bản "
                  "mới hơn trên máy này; chưa thay đổi gì.",
    "city.lost": "Kho dữ liệu thành phố không trả lời ({detail}). Hãy kiểm tra dây mạng và máy chủ có đang chạy "
                 "không, rồi thử lại; bước này không được lưu.",
    "city.not_a_city_store": "Cơ sở dữ liệu {address} chứa các bảng khác: đây không phải kho dữ liệu thành "
                             "phố của ứng dụng này. Ở đó chưa thay đổi gì.",
    "city.no_rights": "Máy chủ trả lời, nhưng tài khoản này không được tạo các bảng của ứng dụng trong cơ sở "
                      "dữ liệu {address}. Hãy nhờ cán bộ công nghệ thông tin của thành phố đặt tài khoản này làm "
                      "chủ cơ sở dữ liệu (CREATE DATABASE ... OWNER ...); ở đó chưa thay đổi gì.",
    "city.not_utf8": "Cơ sở dữ liệu {address} không dùng bảng mã UTF-8 ({detail}): tên tiếng Việt lưu vào đó "
                     "sẽ bị sai chữ, nên chưa ghi gì vào đó. Hãy nhờ cán bộ công nghệ thông tin của thành phố "
                     "tạo cơ sở dữ liệu với ENCODING 'UTF8'.",
    "city.read_only": "Kho dữ liệu thành phố {address} có trả lời nhưng chỉ cho đọc: đây là máy chủ dự phòng, "
                      "hoặc đã được đặt chỉ đọc. Ứng dụng ghi vào máy chủ chính; hãy hỏi cán bộ công nghệ thông "
                      "tin của thành phố địa chỉ của máy chủ đó.",
    "city.read_only_work": "Kho dữ liệu thành phố lúc này chỉ cho đọc (máy chủ dự phòng, hoặc đã được đặt chỉ "
                           "đọc), nên việc này chưa làm được và chưa có gì được lưu. Ứng dụng ghi vào máy chủ "
                           "chính; hãy hỏi cán bộ công nghệ thông tin của thành phố địa chỉ của máy chủ đó.",
    # -- damage, backups and restoring (core/store/health.py, backups.py) --------------
    "database.missing": "Tệp dữ liệu học viên {path} đã mất, dù máy này từng có. Ứng dụng không tạo tệp "
                        "trống thay thế.",
    "database.empty_file": "Tệp dữ liệu học viên {path} bị trống (0 byte): có thể bị cắt ngang hoặc bị xoá "
                           "nội dung. Ứng dụng chưa thay đổi gì.",
    "database.damaged": "Tệp dữ liệu học viên {path} bị hỏng ({detail}) nên ứng dụng chưa mở. Ứng dụng "
                        "chưa thay đổi gì.",
    "database.offer_backup": "Bản sao lưu tốt mới nhất là của lúc {when} ({learners} học viên): khôi phục "
                             "bằng lệnh dla restore \"{backup}\" (tệp hỏng được cất riêng). Những gì ghi "
                             "sau {when} không có trong bản này.",
    "database.offer_empty": "Không có bản sao lưu nào dùng được: lệnh dla restore --empty bắt đầu với dữ "
                            "liệu trống và cất riêng tệp hỏng.",
    "backup.failed": "Không ghi được bản sao lưu {path} ({detail}); chưa thay đổi gì.",
    "backup.check_failed": "Bản sao lưu vừa ghi ở {path} kiểm tra không đạt nên không được giữ.",
    "backup.not_good": "{path} không phải bản sao lưu nguyên vẹn của ứng dụng này; chưa khôi phục gì.",
    "backup.restore_failed": "Chưa đặt được bản sao lưu vào {path} ({detail}). Hãy đóng mọi chương trình "
                             "khác đang dùng thư mục dữ liệu rồi thử lại; không mất gì.",
    "backup.not_found": "Không có bản sao lưu {path}.",
    "data.in_use": "Một cửa sổ ứng dụng khác hoặc một lệnh dla khác đang dùng dữ liệu ở {path}. Hãy đóng "
                   "nó rồi thử lại.",
    "app.crashed": "Có lỗi xảy ra. Bài học của học viên đã được lưu. Chi tiết ở {log}.",
    # -- files written for people -------------------------------------------------------
    "file.disk_full": "Ổ đĩa chứa {path} đã đầy nên chưa ghi được {name}.",
    "file.cannot_write": "Không ghi được {path} ({detail}); chưa lưu gì ở đó.",
    "file.no_folder": "Không thấy thư mục {folder} (USB đã bị rút ra?); chưa lưu gì ở đó.",
    "file.not_allowed": "Máy không cho ghi vào thư mục {folder} (thư mục được bảo vệ, hoặc USB bị khoá "
                        "ghi); chưa lưu gì ở đó. Hãy chọn thư mục khác.",
    "file.cannot_read": "Không đọc được {path} ({detail}).",
    # -- learners ---------------------------------------------------------------------
    "learner.name_empty": "Hãy gõ họ và tên.",
    "learner.name_too_long": "Tên dài quá. Hãy gõ tối đa {most} chữ cái.",
    "learner.name_control": "Tên có ký tự không dùng được. Hãy gõ lại.",
    "learner.birth_year_not_number": "Năm sinh chỉ gõ bằng chữ số, ví dụ 1958.",
    "learner.birth_year_range": "Năm sinh phải từ 1900 đến {last}.",
    "learner.group_unknown": "Nhóm phải là một trong: {groups} (đã nhận: {group}).",
    "learner.not_found": "Trên máy này không có người học mang mã {id}.",
    "learner.unknown_fields": "Người học không có các thông tin này: {fields}.",
    "learner.merge_self": "Không thể gộp một người học với chính người đó.",
    "learner.not_joined": "Hồ sơ này không còn được gộp vào hồ sơ khác: không có gì để hoàn tác.",
    "import.format": "Hãy chọn một bảng tính có đuôi .csv hoặc .xlsx (lưu từ Excel).",
    "import.too_large": "Tệp quá lớn: tối đa {most_mb} MB. Hãy chia danh sách thành các tệp nhỏ hơn.",
    "import.too_many_rows": "Tệp có hơn {most} người học. Hãy chia danh sách thành các tệp nhỏ hơn.",
    "import.cell_too_long": "Có ô chứa hơn {most} ký tự; đây không phải danh sách người học.",
    "import.unreadable": "Không đọc được tệp ({problem}). Hãy chép lại tệp rồi thử lần nữa.",
    "import.not_a_table": "Tệp này không phải bảng tính danh sách người học (có thể là ảnh hoặc loại tệp khác bị đổi tên). Hãy lưu danh sách từ Excel thành .xlsx hoặc .csv.",
    "import.encoding": "Không đọc được chữ trong tệp này. Trong Excel, hãy lưu thành “CSV UTF-8” hoặc .xlsx.",
    "import.empty": "Tệp không có dòng nào.",
    "import.no_name_column": "Không thấy cột họ tên. Dòng đầu tiên phải ghi tên các cột, ví dụ: Họ tên, Năm sinh, Nhóm, Phường/xã.",
    "import.group_unknown": "Nhóm “{group}” không có trong danh sách: {groups}.",
    "import.name_missing": "Dòng này không có họ tên.",
    "import.name_not_text": "Họ tên không phải là chữ ({value}).",
    "card.not_a_code": "Mã này chưa đúng. Hãy xem lại 10 chữ cái và chữ số rồi gõ lại.",
    "card.nobody_here": "Trên máy này chưa có ai mang mã đó. Hãy xem lại mã, hoặc nhờ tình nguyện viên giúp.",
    "cards.nobody": "Chưa có người học nào để in thẻ.",
    # -- lessons and progress ---------------------------------------------------------
    "lesson.no_step": "Bài {lesson} không có bước {step}.",
    "lesson.not_a_quiz": "Bước {step} của bài {lesson} không phải câu hỏi.",
    "lesson.no_choice": "Câu hỏi {step} không có lựa chọn số {choice}.",
    "lesson.no_screen": "Bước {step} của bài {lesson} không có màn hình {screen}.",
    "lesson.folder_invalid": "{path} không có bài học hợp lệ nào. Hãy chạy 'dla lessons validate {path}'.",
    "lesson.has_errors": "Bài '{lesson}' có {count} lỗi nên chưa in được. Chạy 'dla lessons validate' "
                         "để xem các lỗi.",
    "lesson.not_found_close": "Không có bài '{lesson}'. Có phải là: {close}?",
    "lesson.not_found": "Không có bài '{lesson}'. Lệnh 'dla lessons list' cho xem mã các bài.",
    # -- teaching sessions ------------------------------------------------------------
    "session.date_form": "Ngày chưa đúng ({date}). Viết theo năm-tháng-ngày, ví dụ 2025-03-14.",
    "session.minutes_not_number": "Thời lượng ({minutes}) phải là số phút, chỉ gõ chữ số.",
    "session.minutes_range": "Một buổi học dài từ 1 đến {most} phút (đã nhận {minutes}).",
    "session.area_unknown": "Lĩnh vực phải là một trong: {areas}, hoặc để trống (đã nhận: {area}).",
    "session.nobody": "Đánh dấu ít nhất một người đã đến.",
    "session.not_found": "Trên máy này không có buổi học {key} (có thể đã bị xoá).",
    "session.place_empty": "Hãy gõ nơi học.",
    "session.place_too_long": "Nơi học dài tối đa {most} ký tự.",
    "session.topic_empty": "Hãy gõ nội dung buổi học.",
    "session.topic_too_long": "Nội dung buổi học dài tối đa {most} ký tự.",
    "session.volunteer_empty": "Hãy gõ tên tình nguyện viên đã dạy.",
    "session.volunteer_too_long": "Tên tình nguyện viên dài tối đa {most} ký tự.",
    "session.ward_empty": "Hãy gõ tên phường hoặc xã.",
    "session.ward_too_long": "Tên phường, xã dài tối đa {most} ký tự.",
    "session.corrected_by_empty": "Hãy gõ tên người sửa buổi học.",
    "session.corrected_by_too_long": "Tên người sửa buổi học dài tối đa {most} ký tự.",
    "session.withdrawn_by_empty": "Hãy gõ tên người xoá buổi học.",
    "session.withdrawn_by_too_long": "Tên người xoá buổi học dài tối đa {most} ký tự.",
    # -- volunteers and the first start -----------------------------------------------
    "volunteer.pin_form": "Mã PIN gồm {least} đến {most} chữ số, ví dụ 2468.",
    "volunteer.pin_same": "Mã PIN {pin} chỉ lặp một chữ số, người khác dễ đoán ra. Hãy chọn các chữ số khác nhau, ví dụ 5917.",
    "volunteer.pin_repeated": "Mã PIN {pin} lặp lại một nhóm số, người khác dễ đoán ra. Hãy chọn mã không lặp, ví dụ 5917.",
    "volunteer.pin_running": "Mã PIN {pin} là các số liền nhau, người khác dễ đoán ra. Hãy chọn mã không theo thứ tự, ví dụ 5917.",
    "volunteer.role_unknown": "Vai trò phải là một trong: {roles} (đã nhận: {role}).",
    "volunteer.name_empty": "Hãy gõ tên tình nguyện viên.",
    "volunteer.name_too_long": "Tên tình nguyện viên dài tối đa {most} ký tự.",
    "volunteer.name_taken": "Trên máy này đã có tình nguyện viên tên {name}.",
    "volunteer.not_found": "Không có tài khoản tình nguyện viên {id}.",
    "volunteer.last_coordinator": "Đây là điều phối viên duy nhất của máy này. Hãy cho một người khác "
                                  "làm điều phối viên trước.",
    "pin.locked": "Đã nhập sai 5 lần. Hãy đợi {seconds} giây rồi thử lại.",
    "first_start.ward_empty": "Hãy gõ tên phường hoặc xã.",
    "first_start.ward_too_long": "Tên phường, xã dài quá: tối đa {most} ký tự.",
    "first_start.device_empty": "Hãy đặt tên cho máy này.",
    "first_start.device_too_long": "Tên máy dài quá: tối đa {most} ký tự.",
    "first_start.already_done": "Máy này đã được cài đặt. Thêm tình nguyện viên trong công cụ tình nguyện viên.",
    # -- settings ---------------------------------------------------------------------
    "setting.choice": "{key} phải là một trong: {choices} (đã nhận: {value}).",
    "setting.not_bool": "{key} phải là bật hoặc tắt (đã nhận: {value}).",
    "setting.not_number": "{key} phải là số nguyên (đã nhận: {value}).",
    "setting.range": "{key} phải từ {least} đến {most} (đã nhận: {value}).",
    "setting.unknown": "Không có mục cài đặt {key} ({scope}).",
    "setting.not_for_volunteers": "Tình nguyện viên không chọn được {key}; chỉ chọn được: {keys}.",
    # -- certificates -----------------------------------------------------------------
    "certificate.no_such_achievement": "Không có lĩnh vực hay khoá học nào tên {what}.",
    "certificate.no_lessons": "{name} chưa thể nhận giấy chứng nhận: chưa có bài học nào để hoàn thành.",
    "certificate.not_eligible": "{name} chưa đủ điều kiện nhận giấy chứng nhận: cần học xong mọi bài của "
                                "một lĩnh vực hoặc một khoá học. Gần nhất là {kind} “{title}”, còn thiếu "
                                "{count} bài: {lessons}.",
    # -- reports ----------------------------------------------------------------------
    "report.unknown_dimension": "Không có cách chia báo cáo {dimension}. Hãy dùng: {dimensions}.",
    # -- keys of computers ------------------------------------------------------------
    "device.bad_key": "Khoá của máy {device} không phải khoá công khai Ed25519 dạng hex.",
    "device.key_mismatch": "Máy {device} đã được biết với một khoá khác. Tệp này có thể đến từ máy "
                           "bị sao chép hoặc giả mạo.",
    "key_file.cannot_write": "Không ghi được tệp khoá vào {path} ({detail}).",
    "key_file.missing": "Không có tệp khoá {path}.",
    "key_file.not_a_key": "Đây không phải tệp khóa của điều phối viên.",
    "key_file.damaged": "Khoá trong tệp {path} bị hỏng.",
    # -- writing a sync file ----------------------------------------------------------
    "export.no_folder": "Không tìm thấy USB (đã bị rút ra?). Hãy cắm lại USB rồi thử lại. ({folder})",
    "export.disk_full": "USB đã đầy nên tệp đồng bộ chưa được ghi. Hãy xoá bớt tệp cũ trên USB hoặc "
                        "dùng USB khác, rồi thử lại.",
    "export.cannot_write": "Không ghi được tệp đồng bộ vào {folder} (USB bị rút ra, hay bị khoá ghi?). "
                           "Không có tệp ghi dở nào bị bỏ lại. Hãy thử lại.",
    "export.read_back_failed": "Tệp ghi ra USB đọc lại không đúng. Đừng dùng tệp đó: hãy ghi lại, "
                               "hoặc dùng USB khác.",
    "sync.export_cancelled": "Đã dừng; chưa ghi tệp đồng bộ nào.",
    # -- reading sync files -----------------------------------------------------------
    "sync.missing": "Tệp không còn ở đó (USB đã bị rút ra?).",
    "sync.is_folder": "Đây là một thư mục, không phải tệp đồng bộ.",
    "sync.unreadable": "Không đọc được tệp (USB đã bị rút ra?).",
    "sync.too_large": "Tệp lớn hơn nhiều so với một tệp đồng bộ.",
    "sync.not_a_sync_file": "Đây không phải tệp đồng bộ của ứng dụng này, hoặc tệp bị thiếu.",
    "sync.manifest_unreadable": "Tệp bị hỏng hoặc đã bị sửa.",
    "sync.manifest_invalid": "Tệp bị hỏng hoặc đã bị sửa.",
    "sync.newer_format": "Tệp do phiên bản mới hơn của ứng dụng ghi. Hãy cập nhật ứng dụng trên máy này.",
    "sync.unsigned": "Tệp không có chữ ký nên bị từ chối.",
    "sync.signature_mismatch": "Tệp đã bị sửa sau khi ghi (chữ ký không khớp).",
    "sync.path_outside": "Tệp có cấu trúc nguy hiểm nên không được mở.",
    "sync.wrong_members": "Đây không phải tệp đồng bộ của ứng dụng này, hoặc tệp bị thiếu.",
    "sync.zip_dangerous": "Tệp có cấu trúc nguy hiểm nên không được mở.",
    "sync.sealed_header": "Tệp niêm phong bị hỏng hoặc đã bị sửa.",
    "sync.sealed_for_other": "Tệp được niêm phong cho một máy khác (mã {recipient}); chỉ máy đó mở được. "
                            "Hãy mang tệp đến đúng máy đó, hoặc ghi ở máy kia một tệp niêm phong cho máy này.",
    "sync.sealed_damaged": "Tệp niêm phong bị hỏng hoặc đã bị sửa.",
    "sync.events_unreadable": "Tệp bị hỏng hoặc đã bị sửa.",
    "sync.events_changed": "Tệp bị hỏng hoặc đã bị sửa.",
    "sync.key_mismatch": "Tệp nói là từ một máy đã biết nhưng mang khóa khác (máy bị sao chép hay giả mạo?).",
    "sync.bad_device_key": "Khoá của máy {device} trong tệp bị hỏng.",
    "sync.count_mismatch": "Một phần của tệp bị mất; tệp không đầy đủ.",
    "sync.event_twice": "Tệp có bản ghi bị hỏng.",
    "sync.event_damaged": "Tệp có bản ghi bị hỏng (dòng {line}).",
    "sync.bad_payload": "Bản ghi ở dòng {line} ({kind}) có giá trị sai ở mục “{field}”; tệp bị từ chối "
                        "và không có gì từ tệp này được lưu lại.",
    "sync.ranges_mismatch": "Một phần của tệp bị mất; tệp không đầy đủ.",
    "sync.gaps": "Một phần của tệp bị mất; tệp không đầy đủ.",
    "sync.own_identity": "Tệp chứa bản ghi mang danh tính của chính máy này mà máy này không có (máy bị "
                         "sao chép, hoặc dữ liệu được khôi phục từ bản sao lưu cũ). Chưa nhập gì; hãy "
                         "hỏi điều phối viên.",
    "sync.clash_with_this_pc": "Hai máy đang dùng chung một danh tính (máy được nhân bản?): một bản ghi "
                               "trong tệp này đã có sẵn, từ chính máy này, với nội dung khác.",
    "sync.clash_with_file": "Hai máy đang dùng chung một danh tính (máy được nhân bản?): một bản ghi "
                            "trong tệp này đã có sẵn, từ tệp {other}, với nội dung khác.",
    "sync.clash_with_earlier": "Hai máy đang dùng chung một danh tính (máy được nhân bản?): một bản ghi "
                               "trong tệp này đã có sẵn, từ một tệp trước, với nội dung khác.",
    "sync.already_imported": "Tệp này đã được nhập từ trước (tên {earlier}); không có gì mới.",
    "sync.import_stopped_before": "đã dừng trước tệp này",
    "sync.import_stopped_during": "không nhập gì từ tệp này",
    "sync.line_too_long": "Bản ghi ở dòng {line} dài hơn mọi bản ghi thật; tệp bị từ chối (không đọc tiếp).",
    "sync.event_not_canonical": "Bản ghi ở dòng {line} không được viết theo cách ứng dụng này viết; tệp đã bị một chương trình khác sửa nên bị từ chối.",
    "sync.forged_relay": "Tệp mang các bản ghi của máy {device} mà máy đó không hề tạo ra (không khớp với chữ ký của chính máy đó); tệp bị từ chối và không có gì từ tệp này được lưu lại. Hãy mang tệp đồng bộ được tạo trên chính máy {device}.",
    "sync.proof_invalid": "Các bản ghi của máy {device} không khớp với chữ ký của chính máy đó; tệp đã bị sửa sau khi tạo nên bị từ chối.",
    "sync.file_damaged": "Tệp được tạo theo cách ứng dụng này không chấp nhận ({detail}); tệp bị từ chối và không có gì từ tệp này được lưu lại. Chi tiết cho người hỗ trợ kỹ thuật ở {log}.",
    "sync.events_held": "{count} bản ghi của máy khác ({devices}) được cất riêng nhưng chưa được tính: máy này chưa xác nhận được ai đã tạo ra chúng. Chúng sẽ được tính ngay khi nhập một tệp đồng bộ được tạo trên chính máy đó.",
    "city.move_target_not_empty": "Kho dữ liệu thành phố {url} đã có dữ liệu; chỉ chuyển sang một kho còn trống (hãy nhờ bộ phận công nghệ thông tin của thành phố tạo cơ sở dữ liệu mới). Chưa sao chép gì.",
    "city.move_reports_differ": "Báo cáo của kho dữ liệu thành phố {url} sẽ khác báo cáo của máy này (theo {by}), nên không giữ lại gì ở đó. Xin báo cho bộ phận hỗ trợ.",
    "cli.city_moved": "Đã chép {events} sự kiện từ {files} tệp đồng bộ sang {url}; báo cáo ở đó giống hệt báo cáo của máy này ({reports} báo cáo đã so).",
    "trust.bad_fingerprint": "“{text}” không phải mã nhận diện của điều phối viên: mã có 16 chữ và số, chia bốn nhóm (ví dụ ABCD-EFGH-JKLM-NPQR).",
    "trust.own_fingerprint": "Đây là mã nhận diện của chính máy này; hãy nhập mã của điều phối viên.",
    "trust.unknown_device": "Máy này chưa từng biết máy {device}; chỉ thu hồi được máy đã gửi tệp tới đây.",
    "sync.trust_list_damaged": "Danh sách tin cậy trong tệp bị hỏng hoặc không do chính máy ghi tệp ký; tệp bị từ chối.",
    "sync.events_retired": "{count} bản ghi của máy đã bị thu hồi ({devices}), tạo sau khi thu hồi, được cất riêng và sẽ không bao giờ được tính.",
    "sync.events_forgotten": "{count} bản ghi của máy đã bị xoá khỏi danh sách ở máy này ({devices}), tạo sau khi xoá, được cất riêng và không được tính.",
    "sync.events_await_erasure": "{count} bản ghi của máy ({devices}) không còn tên người học được cất riêng và chưa được tính: người đó đã được xoá trên một máy khác, và máy này chưa xác nhận được việc xoá đó. Chúng sẽ được tính ngay khi nhập một tệp đồng bộ được tạo trên chính máy đã xoá người đó.",
    "device.unknown": "Máy này chưa từng nhập tệp nào từ máy {device}.",
    "device.bad_label": "Tên máy đặt ở đây dài tối đa {limit} ký tự và không xuống dòng.",
    "device.already_forgotten": "Máy {device} đã được xoá khỏi danh sách ngày {on}.",
    "cli.coordinator_fingerprint": "Mã nhận diện của máy này: {fingerprint}\nTrên mỗi máy phường, làm một lần: dla coordinator trust {fingerprint}",
    "cli.database_not_postgres": "--database cần địa chỉ một kho PostgreSQL (postgresql://...), không phải {url}.",
    "cli.coordinator_trusted": "Máy này đã tin điều phối viên {fingerprint}: danh sách tin cậy của họ (các máy họ biết và các máy đã thu hồi) có hiệu lực từ tệp đồng bộ tiếp theo của họ.",
    "cli.device_retired": "Đã thu hồi máy {device}: các bản ghi đến số {seq} được giữ; các bản ghi sau sẽ không bao giờ được tính. Các máy khác biết điều này từ tệp đồng bộ tiếp theo của máy này.",
    "cli.key_rotated": "Máy này đã có khóa mới; mã nhận diện mới là {fingerprint}. Các máy đã tin khóa cũ sẽ tự chuyển theo khi nhập tệp đồng bộ tiếp theo của máy này; những gì khóa cũ đã ký vẫn kiểm tra được.",
    "sync.identity_unproven": "Tệp nói là từ máy {device}, nhưng mã của máy đó không khớp với khóa của tệp và máy này chưa từng gặp máy đó; tệp bị từ chối. Nếu đó là máy thật dùng phiên bản cũ, hãy cập nhật ứng dụng trên máy đó, hoặc nhập tệp của điều phối viên có liệt kê máy đó.",
    "learner.ward_too_long": "Tên phường/xã quá dài (tối đa {most} chữ) hoặc có ký tự không dùng được.",
    "session.too_many": "Một buổi học ghi được tối đa {most} người học; hãy chia thành hai buổi.",
    "certificate.number_form": "Số chứng nhận gồm {length} chữ cái và chữ số, in to trên giấy, ví dụ FE5RDMP2.",
    "certificate.reprint_elsewhere": "Giấy chứng nhận {id} do máy khác cấp; chỉ máy đã cấp mới in lại được.",
    "certificate.not_found": "Không có giấy chứng nhận số {id}.",
    "certificate.volunteer_too_long": "Tên tình nguyện viên quá dài: tối đa {most} chữ.",
    "sync.odd_times": "{count} bản ghi có ngày giờ lạ (đồng hồ máy bị sai?); vẫn được giữ.",
    # -- the command line's own messages --------------------------------------------------
    "cli.stopped": "Đã dừng.",
    "cli.os_error": "{detail}{where}.",
    "cli.no_lessons_found": "Không tìm thấy tệp lesson.yaml nào trong {paths}.",
    "cli.lessons_valid": "{valid} hợp lệ, {warnings} cảnh báo.",
    "cli.lessons_invalid": "{errors} lỗi, {warnings} cảnh báo; {valid} hợp lệ.",
    "cli.lessons_counted": "{lessons} bài",
    "cli.lessons_and_courses": "{lessons} bài và {courses} khoá học",
    "cli.lesson_problems": "Có {count} lỗi trong các bài học. Hãy chạy 'dla lessons validate'.",
    "cli.handout_written": "Đã ghi tài liệu mang về nhà của bài '{lesson}' ({lang}) vào {path}.",
    "cli.learners_range": "--learners phải từ 1 đến 1.000.000.",
    "cli.demo_seeded": "Đã thêm {learners} người học, {events} bản ghi, {completed} bài đã học xong.",
    "cli.text_scale_range": "--text-scale phải từ 100 đến 200.",
    "cli.export_written": "Đã ghi {path}: {events} bản ghi từ {devices} máy. Tệp đã được đọc lại và kiểm "
                          "tra; có thể rút USB.",
    "cli.export_written_sealed": "Đã ghi {path}: {events} bản ghi từ {devices} máy, niêm phong cho "
                                 "{recipient}. Tệp đã được đọc lại và kiểm tra; có thể rút USB.",
    "cli.no_sync_files": "Không tìm thấy tệp .dlsync nào ở đó.",
    "cli.imported": "{file}: {events} bản ghi mới, {learners} người học mới, {known} đã có — từ {source}.",
    "cli.import_note": "{file}: lưu ý: {note}",
    "cli.refused": "bị từ chối: {file}: {reason}",
    "cli.needs_out": "--format {format} cần --out TỆP.",
    "cli.report_written": "Đã ghi {path} ({rows} dòng).",
    "cli.key_written": "Đã ghi khoá công khai của máy này vào {path}.",
    "cli.cards_written": "Đã ghi {count} thẻ học viên trên {sheets} tờ vào {path}.",
    "cli.certificate_written": "Đã ghi giấy chứng nhận {id} cho {name} ({what}) vào {path}.",
    "cli.certificate_valid": "Giấy chứng nhận hợp lệ.\n"
                             "  Họ và tên:     {name}\n"
                             "  Đã hoàn thành: {what}\n"
                             "  Ngày cấp:      {date}\n"
                             "  Phường/xã:     {ward}\n"
                             "  Số chứng nhận: {id}\n"
                             "  Máy cấp:       {issuer} (máy {device}{mine})",
    "cli.certificate_found": "Số {id} có trong hồ sơ của máy này: giấy chứng nhận đã được cấp. Hãy so họ tên, ngày và phường/xã với tờ giấy.\n"
                             "  Họ và tên:     {name}\n"
                             "  Đã hoàn thành: {what}\n"
                             "  Ngày cấp:      {date}\n"
                             "  Phường/xã:     {ward}\n"
                             "  Máy cấp:       {issuer} (máy {device}{mine})",
    "cli.certificate_number_unknown": "Máy này không có giấy chứng nhận số {number}. Hãy kiểm tra bằng mã QR (--code hoặc --pdf), "
                                       "hoặc nhập trước tệp đồng bộ của máy đã cấp.",
    "cli.this_computer": " - chính máy này",
    "cli.certificate_unconfirmed": "Chưa thể xác nhận: hãy nhập một tệp đồng bộ từ máy đã cấp giấy này "
                                   "trước (mã ghi máy {device}).",
    "cli.certificate_invalid": "{verdict} ({detail})",
    # -- backups on the command line (cli_backups.py) ------------------------------
    "cli.backup_written": "Đã sao lưu: {path} ({learners} học viên, {events} sự kiện), đã kiểm tra tốt.",
    "cli.backup_line": "{when}  {kind:<9}  {learners} học viên, {events} sự kiện, {size} MB  {path}",
    "cli.backup_line_bad": "{when}  HỎNG  {path}",
    "cli.no_good_backup": "Không có bản sao lưu nào dùng được; lệnh dla restore --empty bắt đầu với dữ liệu trống.",
    "cli.restored": "Đã khôi phục bản sao lưu lúc {when} ({learners} học viên) từ {path}.",
    "cli.restored_empty": "Đã bắt đầu với dữ liệu trống.",
    "cli.kept_aside": "Tệp dữ liệu trước đó được cất ở {path}.",
    "cli.new_identity": "Các sự kiện của máy này có thể đã được gửi đi trong tệp đồng bộ sau bản sao lưu đó, "
                        "nên từ nay máy ghi dưới mã {new} (trước là {old}); dữ liệu cũ vẫn được tính.",
    "cli.crashed": "Có lỗi bên trong dla; không có việc gì bị làm dở. Chi tiết cho người hỗ trợ ở {log}.",
}

add_next_steps(MESSAGES,
               copy_again=" Hãy chép lại tệp từ máy đã tạo ra nó (ghi lại tệp ở máy đó nếu cần), rồi nhập lại.",
               stick_again=" Hãy cắm lại USB rồi thử lại.",
               tell_coordinator=" Hãy báo cho điều phối viên, và chưa nhập thêm tệp nào từ máy đó cho đến khi rõ.",
               choose_file=" Hãy chọn tệp .dlsync trong thư mục đó.")
