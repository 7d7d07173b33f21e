<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>Lessons for {name}</source>
        <translation>Bài học của {name}</translation>
    </message>
    <message>
        <source>‹  Change learner</source>
        <translation>‹  Đổi người học</translation>
    </message>
    <message>
        <source>Change learner: back to “Who is learning?”</source>
        <translation>Đổi người học: quay về màn hình “Ai đang học?”</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings: text size, contrast, language</source>
        <translation>Cài đặt: cỡ chữ, độ tương phản, ngôn ngữ</translation>
    </message>
    <message>
        <source>Getting the lessons ready…</source>
        <translation>Đang chuẩn bị bài học…</translation>
    </message>
    <message>
        <source>The lessons could not be loaded ({error}). Please ask a volunteer.</source>
        <translation>Không tải được bài học ({error}). Hãy nhờ tình nguyện viên giúp.</translation>
    </message>
    <message>
        <source>There are no lessons on this computer yet. Please ask a volunteer.</source>
        <translation>Máy này chưa có bài học nào. Hãy nhờ tình nguyện viên giúp.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Danh sách bài học</translation>
    </message>
    <message>
        <source>Continue:</source>
        <translation>Tiếp tục:</translation>
    </message>
    <message>
        <source>Start here:</source>
        <translation>Bắt đầu từ đây:</translation>
    </message>
    <message>
        <source>Next lesson:</source>
        <translation>Bài tiếp theo:</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa học</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>đã xong ✓</translation>
    </message>
    <message>
        <source>step {done}/{total}</source>
        <translation>bước {done}/{total}</translation>
    </message>
</context>
<context>
    <name>CompletionScreen</name>
    <message>
        <source>Well done, {name}!</source>
        <translation>Chúc mừng {name}!</translation>
    </message>
    <message>
        <source>You have finished the lesson “{title}”.</source>
        <translation>Bạn đã học xong bài “{title}”.</translation>
    </message>
    <message>
        <source>What you learned</source>
        <translation>Bạn đã học được</translation>
    </message>
    <message>
        <source>What to practise next</source>
        <translation>Nên học tiếp</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>Would you like a certificate? Please ask a volunteer to help you.</source>
        <translation>Bạn muốn có giấy chứng nhận? Hãy nhờ tình nguyện viên giúp bạn.</translation>
    </message>
    <message>
        <source>Lesson finished</source>
        <translation>Đã học xong bài</translation>
    </message>
    <message>
        <source>Back to my lessons  ›</source>
        <translation>Về danh sách bài học  ›</translation>
    </message>
</context>
<context>
    <name>ExplainView</name>
    <message>
        <source>Step text</source>
        <translation>Nội dung bước học</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn còn đó không?</translation>
    </message>
    <message>
        <source>I am still learning</source>
        <translation>Tôi vẫn đang học</translation>
    </message>
    <message>
        <source>In {seconds} seconds this screen goes back to “Who is learning?”. Your lessons are saved.</source>
        <translation>Sau {seconds} giây, màn hình sẽ quay về “Ai đang học?”. Bài học của bạn đã được lưu.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Older person</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Nông dân</translation>
    </message>
    <message>
        <source>Freelance worker</source>
        <translation>Lao động tự do</translation>
    </message>
    <message>
        <source>Resident of an outer district</source>
        <translation>Người dân ngoại thành</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Online public services</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Paying without cash</source>
        <translation>Thanh toán không dùng tiền mặt</translation>
    </message>
    <message>
        <source>Installing apps safely</source>
        <translation>Cài ứng dụng an toàn</translation>
    </message>
    <message>
        <source>Staying safe from scams</source>
        <translation>Phòng tránh lừa đảo</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Bước đầu làm quen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>High contrast (white text on black)</source>
        <translation>Tương phản cao (chữ trắng trên nền đen)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Reading-aloud speed</source>
        <translation>Tốc độ đọc</translation>
    </message>
    <message>
        <source>Minutes before returning to the start screen</source>
        <translation>Số phút chờ trước khi quay về màn hình đầu</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digital literacy trainer</source>
        <translation>Bình dân học vụ số</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>New learner</source>
        <translation>Người học mới</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Back to “Who is learning?”</source>
        <translation>Quay lại màn hình “Ai đang học?”</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ và tên của bạn</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>Ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Year of birth (you may leave it empty)</source>
        <translation>Năm sinh (có thể để trống)</translation>
    </message>
    <message>
        <source>For example: 1958</source>
        <translation>Ví dụ: 1958</translation>
    </message>
    <message>
        <source>Which group are you in?</source>
        <translation>Bạn thuộc nhóm nào?</translation>
    </message>
    <message>
        <source>New learner form</source>
        <translation>Thông tin người học mới</translation>
    </message>
    <message>
        <source>Start learning  ›</source>
        <translation>Bắt đầu học  ›</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This name cannot be saved. Please check it.</source>
        <translation>Không lưu được tên này. Bạn kiểm tra lại nhé.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Bạn hãy gõ họ và tên.</translation>
    </message>
    <message>
        <source>The name is too long. Please type at most {count} letters.</source>
        <translation>Tên dài quá. Bạn gõ tối đa {count} chữ cái nhé.</translation>
    </message>
    <message>
        <source>The name has a character that cannot be used. Please type it again.</source>
        <translation>Tên có ký tự không dùng được. Bạn gõ lại nhé.</translation>
    </message>
    <message>
        <source>Please type the year in digits only, for example 1958.</source>
        <translation>Năm sinh chỉ gõ bằng chữ số, ví dụ 1958.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and {year}.</source>
        <translation>Năm sinh phải từ 1900 đến {year}.</translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>‹  Lessons</source>
        <translation>‹  Danh sách bài</translation>
    </message>
    <message>
        <source>Leave the lesson and go back to the list of lessons</source>
        <translation>Rời bài học, quay về danh sách bài học</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Nghe</translation>
    </message>
    <message>
        <source>Listen: read this step aloud</source>
        <translation>Nghe: đọc to bước này</translation>
    </message>
    <message>
        <source>Progress through the lesson</source>
        <translation>Tiến độ bài học</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Step {current}/{total}</source>
        <translation>Bước {current}/{total}</translation>
    </message>
    <message>
        <source>Finish  ✓</source>
        <translation>Xong bài  ✓</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Tiếp theo  ›</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Hoàn thành bài học</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sang bước tiếp theo</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Quay lại bước trước</translation>
    </message>
    <message>
        <source>Back to the list of lessons</source>
        <translation>Quay về danh sách bài học</translation>
    </message>
    <message>
        <source>Choose an answer to go on.</source>
        <translation>Hãy chọn một câu trả lời để đi tiếp.</translation>
    </message>
    <message>
        <source>Do the practice on the phone to go on.</source>
        <translation>Hãy làm bài tập trên điện thoại để đi tiếp.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Show me</source>
        <translation>Chỉ cho tôi</translation>
    </message>
    <message>
        <source>Show me where to tap</source>
        <translation>Chỉ cho tôi chỗ cần bấm</translation>
    </message>
    <message>
        <source>Practice instruction</source>
        <translation>Hướng dẫn bài tập</translation>
    </message>
    <message>
        <source>You have done this practice before. You can do it again, or press “Next”.</source>
        <translation>Bạn đã làm bài tập này rồi. Bạn có thể làm lại, hoặc bấm “Tiếp theo”.</translation>
    </message>
    <message>
        <source>Well done! You refused safely. Press “Next” to go on.</source>
        <translation>Giỏi lắm! Bạn đã từ chối an toàn. Bấm “Tiếp theo” để đi tiếp.</translation>
    </message>
    <message>
        <source>Well done! You have finished this practice. Press “Next” to go on.</source>
        <translation>Giỏi lắm! Bạn đã làm xong bài tập. Bấm “Tiếp theo” để đi tiếp.</translation>
    </message>
    <message>
        <source>Not this one. Read the instruction again and try another place.</source>
        <translation>Chưa đúng chỗ. Bạn đọc lại hướng dẫn rồi thử chỗ khác nhé.</translation>
    </message>
    <message>
        <source>First tick the box “{label}”.</source>
        <translation>Trước hết, hãy đánh dấu ô “{label}”.</translation>
    </message>
    <message>
        <source>The box “{label}” should not be ticked. Tap it to clear it.</source>
        <translation>Ô “{label}” không nên đánh dấu. Bấm vào ô đó để bỏ dấu.</translation>
    </message>
    <message>
        <source>First type “{text}” in the box “{label}”.</source>
        <translation>Trước hết, hãy gõ “{text}” vào ô “{label}”.</translation>
    </message>
    <message>
        <source>Look at the phone: the place to use now has a thick frame.</source>
        <translation>Hãy nhìn điện thoại: chỗ cần bấm có khung đậm bao quanh.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Answer {letter}: {text}</source>
        <translation>Câu trả lời {letter}: {text}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>✓  That is right!</source>
        <translation>✓  Đúng rồi!</translation>
    </message>
    <message>
        <source>✗  Not quite. Read why, then choose another answer.</source>
        <translation>✗  Chưa đúng. Bạn đọc lời giải thích, rồi chọn câu khác nhé.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings for {name}</source>
        <translation>Cài đặt của {name}</translation>
    </message>
    <message>
        <source>Changes work at once and are kept for next time.</source>
        <translation>Thay đổi có tác dụng ngay và được nhớ cho lần sau.</translation>
    </message>
    <message>
        <source>This is how lesson text will look.</source>
        <translation>Chữ trong bài học sẽ trông như thế này.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Xong  ›</translation>
    </message>
    <message>
        <source>Done: back to where you were</source>
        <translation>Xong: quay lại màn hình trước</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Who is learning?</source>
        <translation>Ai đang học?</translation>
    </message>
    <message>
        <source>Press your name. Or type part of it to find it.</source>
        <translation>Bấm vào tên của bạn. Hoặc gõ vài chữ trong tên để tìm.</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Gõ tên ở đây</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Tìm tên</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Danh sách người học</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Người học mới</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Sinh năm {year}</translation>
    </message>
    <message>
        <source>{count} more people. Type part of your name to find it.</source>
        <translation>Còn {count} người nữa. Gõ vài chữ trong tên để tìm.</translation>
    </message>
    <message>
        <source>No name matches “{query}”. Check the spelling, or press “New learner”.</source>
        <translation>Không thấy tên nào có “{query}”. Bạn kiểm tra lại, hoặc bấm “Người học mới”.</translation>
    </message>
    <message>
        <source>Nobody has started yet. Press “New learner” to begin.</source>
        <translation>Chưa có ai học. Bấm “Người học mới” để bắt đầu.</translation>
    </message>
</context>
</TS>
