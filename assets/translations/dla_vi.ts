<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Volunteer accounts</source>
        <translation>Tài khoản tình nguyện viên</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>People who can open the volunteer tools</source>
        <translation>Những người được mở công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>Remove the account of {name}</source>
        <translation>Xoá tài khoản của {name}</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Đổi mã PIN của tôi</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Mã PIN mới (4 đến 8 chữ số)</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Nhập lại mã PIN mới</translation>
    </message>
    <message>
        <source>Add a volunteer</source>
        <translation>Thêm tình nguyện viên</translation>
    </message>
    <message>
        <source>Name of the new volunteer</source>
        <translation>Tên tình nguyện viên mới</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Remove the chosen account</source>
        <translation>Xoá tài khoản đã chọn</translation>
    </message>
    <message>
        <source>Their PIN (4 to 8 digits)</source>
        <translation>Mã PIN của họ (4 đến 8 chữ số)</translation>
    </message>
    <message>
        <source>Their PIN again</source>
        <translation>Nhập lại mã PIN của họ</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Vai trò: {role}</translation>
    </message>
    <message>
        <source>Add this volunteer</source>
        <translation>Thêm người này</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits, for example 2468.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số, ví dụ 2468.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN chưa giống nhau.</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>Đã đổi mã PIN của bạn.</translation>
    </message>
    <message>
        <source>Please type the new volunteer&apos;s name.</source>
        <translation>Bạn hãy gõ tên tình nguyện viên mới.</translation>
    </message>
    <message>
        <source>There is already a volunteer with this name.</source>
        <translation>Đã có một tình nguyện viên trùng tên này.</translation>
    </message>
    <message>
        <source>{name} can now open the volunteer tools with their PIN.</source>
        <translation>Từ giờ {name} có thể mở công cụ tình nguyện viên bằng mã PIN của mình.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator and cannot be removed.</source>
        <translation>{name} là điều phối viên duy nhất nên không xoá được.</translation>
    </message>
    <message>
        <source>The account of {name} was removed.</source>
        <translation>Đã xoá tài khoản của {name}.</translation>
    </message>
</context>
<context>
    <name>AddLearnerPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  Danh sách người học</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Quay lại danh sách người học</translation>
    </message>
    <message>
        <source>Add learners</source>
        <translation>Thêm người học</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Add learners from an Excel or CSV file</source>
        <translation>Thêm người học từ tệp Excel hoặc CSV</translation>
    </message>
    <message>
        <source>New learner form</source>
        <translation>Thông tin người học mới</translation>
    </message>
    <message>
        <source>Open the one just added</source>
        <translation>Mở người vừa thêm</translation>
    </message>
    <message>
        <source>Add this learner</source>
        <translation>Thêm người này</translation>
    </message>
    <message>
        <source>Open that learner</source>
        <translation>Mở người đó</translation>
    </message>
    <message>
        <source>Add a new learner anyway</source>
        <translation>Vẫn thêm người mới</translation>
    </message>
    <message>
        <source>{who} is already on the list. The same person?</source>
        <translation>{who} đã có trong danh sách. Có phải cùng một người không?</translation>
    </message>
    <message>
        <source>Added {name} ({group}, {ward}). The form is ready for the next learner.</source>
        <translation>Đã thêm {name} ({group}, {ward}). Có thể nhập người tiếp theo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>The city store</source>
        <translation>Kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>This computer is not set up yet. Set it up first (its coordinator&apos;s PIN opens the city store).</source>
        <translation>Máy này chưa được thiết lập. Hãy thiết lập máy trước (mã PIN của điều phối viên trên máy này mở kho dữ liệu thành phố).</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <source>The backup of {date} is restored: {learners} learners.</source>
        <translation>Đã khôi phục bản sao lưu lúc {date}: {learners} học viên.</translation>
    </message>
    <message>
        <source>The app starts with empty data. The damaged file is kept aside.</source>
        <translation>Ứng dụng bắt đầu với dữ liệu trống. Tệp hỏng đã được cất riêng.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Lúc sao lưu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Bị hỏng: không khôi phục được</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Before a sync import</source>
        <translation>Trước khi nhập tệp đồng bộ</translation>
    </message>
    <message>
        <source>Before an app upgrade</source>
        <translation>Trước khi nâng cấp ứng dụng</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Sao lưu bằng tay</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Tệp khác</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>This computer copies its data every day it is used, before every sync import and before every upgrade. Keep a copy on a USB stick too: it survives if this computer breaks.</source>
        <translation>Máy này tự sao lưu dữ liệu mỗi ngày có dùng, trước mỗi lần nhập tệp đồng bộ và trước mỗi lần nâng cấp. Nên chép thêm một bản ra USB: bản đó vẫn còn nếu máy này hỏng.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backups on this computer</source>
        <translation>Các bản sao lưu trên máy này</translation>
    </message>
    <message>
        <source>Show what backups are for</source>
        <translation>Hiện phần giải thích về sao lưu</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Ẩn phần giải thích</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>The explanation is shown.</source>
        <translation>Đang hiện phần giải thích.</translation>
    </message>
    <message>
        <source>The explanation is hidden.</source>
        <translation>Đã ẩn phần giải thích.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Copy the chosen backup to a USB stick</source>
        <translation>Chép bản sao lưu đang chọn ra USB</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <source>Restore a copy from a USB stick…</source>
        <translation>Khôi phục bản sao từ USB…</translation>
    </message>
    <message>
        <source>Yes, restore it</source>
        <translation>Có, khôi phục</translation>
    </message>
    <message>
        <source>No, keep the data as it is</source>
        <translation>Không, giữ nguyên dữ liệu</translation>
    </message>
    <message>
        <source>Backup made and checked: {learners} learners.</source>
        <translation>Đã sao lưu và kiểm tra tốt: {learners} học viên.</translation>
    </message>
    <message>
        <source>Copied to the USB stick as {name}. It can be removed now.</source>
        <translation>Đã chép ra USB thành tệp {name}. Có thể rút USB ra.</translation>
    </message>
    <message>
        <source>This file is not a whole backup of this app; nothing was restored.</source>
        <translation>Tệp này không phải bản sao lưu nguyên vẹn của ứng dụng; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Restore the backup of {when}? The data on this computer now is kept aside in the “kept” folder, not deleted. Lessons done after {when} will not show. The app closes its data for a moment and opens again.</source>
        <translation>Khôi phục bản sao lưu lúc {when}? Dữ liệu hiện có trên máy được cất riêng trong thư mục “kept”, không bị xoá. Những bài học sau lúc {when} sẽ không hiện. Ứng dụng sẽ đóng dữ liệu một lát rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>‹  Certificates</source>
        <translation>‹  Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Back to the certificates owed</source>
        <translation>Quay lại danh sách người chờ nhận giấy chứng nhận</translation>
    </message>
    <message>
        <source>Save certificates for {count} people</source>
        <translation>Lưu giấy chứng nhận cho {count} người</translation>
    </message>
    <message>
        <source>{scope}: each person gets one PDF in the folder you choose, with your name as the volunteer.</source>
        <translation>{scope}: mỗi người một tệp PDF trong thư mục bạn chọn, ghi tên bạn là tình nguyện viên.</translation>
    </message>
    <message>
        <source>Who gets a certificate</source>
        <translation>Những người nhận giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificates saved so far</source>
        <translation>Số giấy chứng nhận đã lưu</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <source>Stop after the certificate being saved now</source>
        <translation>Dừng sau giấy chứng nhận đang lưu</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Choose a folder and start…</source>
        <translation>Chọn thư mục và bắt đầu…</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Thư mục lưu giấy chứng nhận</translation>
    </message>
    <message>
        <source>Saving… 0 of {total}</source>
        <translation>Đang lưu… 0 trên {total}</translation>
    </message>
    <message>
        <source>Stopping after the certificate being saved now…</source>
        <translation>Sẽ dừng sau giấy chứng nhận đang lưu…</translation>
    </message>
    <message>
        <source>Saving… {done} of {total}</source>
        <translation>Đang lưu… {done} trên {total}</translation>
    </message>
    <message>
        <source>Saved {count} certificates in {folder}.</source>
        <translation>Đã lưu {count} giấy chứng nhận vào {folder}.</translation>
    </message>
    <message>
        <source>Stopped before the end, as asked; the others were not saved.</source>
        <translation>Đã dừng giữa chừng theo yêu cầu; những người còn lại chưa được lưu.</translation>
    </message>
    <message>
        <source>{count} people were skipped (not eligible any more).</source>
        <translation>Bỏ qua {count} người (không còn đủ điều kiện).</translation>
    </message>
    <message>
        <source>It stopped because of a problem: {reason}</source>
        <translation>Đã dừng vì có lỗi: {reason}</translation>
    </message>
    <message>
        <source>The certificates could not be saved: {reason}</source>
        <translation>Không lưu được giấy chứng nhận: {reason}</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Please wait…</source>
        <translation>Xin chờ một chút…</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Camera picture</source>
        <translation>Hình từ webcam</translation>
    </message>
    <message>
        <source>Try the camera again</source>
        <translation>Thử bật lại webcam</translation>
    </message>
    <message>
        <source>Try to start the camera again</source>
        <translation>Bật webcam thêm một lần nữa</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Đang tìm webcam…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang bật webcam…</translation>
    </message>
    <message>
        <source>This computer does not let the app use the camera. A volunteer can allow it in the computer&apos;s privacy settings.</source>
        <translation>Máy tính này chưa cho ứng dụng dùng webcam. Tình nguyện viên có thể cho phép trong phần cài đặt quyền riêng tư của máy.</translation>
    </message>
    <message>
        <source>This computer has no camera.</source>
        <translation>Máy tính này không có webcam.</translation>
    </message>
    <message>
        <source>The camera could not start. Another program may be using it, or it was unplugged. Close that program or plug the camera in, then try again.</source>
        <translation>Chưa bật được webcam. Có thể một chương trình khác đang dùng webcam, hoặc webcam đã bị rút ra. Hãy tắt chương trình đó hoặc cắm lại webcam, rồi bấm thử lại.</translation>
    </message>
</context>
<context>
    <name>CardCodeScreen</name>
    <message>
        <source>Open with a learner card</source>
        <translation>Mở bằng thẻ học viên</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Back to the screen before</source>
        <translation>Quay lại màn hình trước</translation>
    </message>
    <message>
        <source>Type the code printed on your learner card, under your name. It has 10 letters and digits.</source>
        <translation>Gõ mã in trên thẻ học viên của bạn, ngay dưới tên. Mã có 10 chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>Code on the learner card</source>
        <translation>Mã trên thẻ học viên</translation>
    </message>
    <message>
        <source>Code on the card</source>
        <translation>Mã trên thẻ</translation>
    </message>
    <message>
        <source>Hold the card up to the camera, with its QR code inside the square.</source>
        <translation>Đưa thẻ lên trước webcam, để mã QR nằm trong khung vuông.</translation>
    </message>
    <message>
        <source>Type the code printed on the card instead.</source>
        <translation>Bạn hãy gõ mã in trên thẻ.</translation>
    </message>
    <message>
        <source>Show your card</source>
        <translation>Đưa thẻ lên webcam</translation>
    </message>
    <message>
        <source>Or type the code</source>
        <translation>Hoặc gõ mã</translation>
    </message>
    <message>
        <source>Open my lessons  ›</source>
        <translation>Mở bài học của tôi  ›</translation>
    </message>
    <message>
        <source>That is not a card code. Check the 10 letters and digits and type them again.</source>
        <translation>Mã này chưa đúng. Bạn xem lại 10 chữ cái và chữ số rồi gõ lại nhé.</translation>
    </message>
    <message>
        <source>This QR code is not a learner card. Show the card with your name on it.</source>
        <translation>Mã QR này không phải thẻ học viên. Bạn hãy đưa thẻ có tên của mình.</translation>
    </message>
    <message>
        <source>Nobody on this computer has that code. Check it, or ask a volunteer.</source>
        <translation>Trên máy này chưa có ai mang mã đó. Bạn xem lại mã, hoặc nhờ tình nguyện viên giúp.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Learner cards</source>
        <translation>Thẻ học viên</translation>
    </message>
    <message>
        <source>Tick the people who need a card. Eight cards fit one A4 page; cut along the dotted lines.</source>
        <translation>Đánh dấu những người cần thẻ. Một trang A4 in được 8 thẻ; cắt theo đường chấm.</translation>
    </message>
    <message>
        <source>Tick the people of a session</source>
        <translation>Đánh dấu những người dự một buổi học</translation>
    </message>
    <message>
        <source>Choose a session…</source>
        <translation>Chọn buổi học…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Buổi học:</translation>
    </message>
    <message>
        <source>Learners to print cards for</source>
        <translation>Những người cần in thẻ</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Show the explanation and the choice of a session</source>
        <translation>Hiện phần giải thích và ô chọn buổi học</translation>
    </message>
    <message>
        <source>Hide the explanation and the choice of a session</source>
        <translation>Ẩn phần giải thích và ô chọn buổi học</translation>
    </message>
    <message>
        <source>The explanation and the choice of a session are shown.</source>
        <translation>Đang hiện phần giải thích và ô chọn buổi học.</translation>
    </message>
    <message>
        <source>The explanation and the choice of a session are hidden.</source>
        <translation>Đã ẩn phần giải thích và ô chọn buổi học.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>Open the saved sheet of cards to print it</source>
        <translation>Mở tệp thẻ vừa lưu để in</translation>
    </message>
    <message>
        <source>Ticked the {count} people at this session.</source>
        <translation>Đã đánh dấu {count} người dự buổi học này.</translation>
    </message>
    <message>
        <source>Save cards for {count} people</source>
        <translation>Lưu thẻ cho {count} người</translation>
    </message>
    <message>
        <source>Save the learner cards</source>
        <translation>Lưu thẻ học viên</translation>
    </message>
    <message>
        <source>learner-cards.pdf</source>
        <translation>the-hoc-vien.pdf</translation>
    </message>
    <message>
        <source>The cards could not be saved: {reason}</source>
        <translation>Không lưu được thẻ: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} cards in {path}. Open it and print it on A4 paper.</source>
        <translation>Đã lưu {count} thẻ vào {path}. Mở tệp và in trên giấy A4.</translation>
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
    <name>CertificatesPage</name>
    <message>
        <source>‹  Back to {name}</source>
        <translation>‹  Quay lại {name}</translation>
    </message>
    <message>
        <source>‹  Certificates</source>
        <translation>‹  Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Back to the screen before</source>
        <translation>Quay lại màn hình trước</translation>
    </message>
    <message>
        <source>Certificates of {name}</source>
        <translation>Giấy chứng nhận của {name}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>Open the certificate just saved</source>
        <translation>Mở giấy chứng nhận vừa lưu</translation>
    </message>
    <message>
        <source>Areas and courses</source>
        <translation>Các chủ đề và khoá học</translation>
    </message>
    <message>
        <source>Certificates received</source>
        <translation>Giấy chứng nhận đã nhận</translation>
    </message>
    <message>
        <source>{date}: {what}, given by {volunteer} (number {id})</source>
        <translation>{date}: {what}, do {volunteer} cấp (số {id})</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate given on {date} (number {id}).</source>
        <translation>Đã cấp ngày {date} (số {id}).</translation>
    </message>
    <message>
        <source>Earned: every lesson is finished.</source>
        <translation>Đủ điều kiện: đã học xong mọi bài.</translation>
    </message>
    <message>
        <source>Still to finish ({count}): {lessons}</source>
        <translation>Còn phải học ({count} bài): {lessons}</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Save the certificate for {what} again, to print it</source>
        <translation>Lưu lại giấy chứng nhận {what} để in lại</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Lưu giấy chứng nhận</translation>
    </message>
    <message>
        <source>Save the certificate for {what}</source>
        <translation>Lưu giấy chứng nhận về {what}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Lưu giấy chứng nhận</translation>
    </message>
    <message>
        <source>The certificate could not be saved: {reason}</source>
        <translation>Không lưu được giấy chứng nhận: {reason}</translation>
    </message>
    <message>
        <source>Saved the certificate in {path}. Open it to print it.</source>
        <translation>Đã lưu giấy chứng nhận vào {path}. Mở tệp để in.</translation>
    </message>
    <message>
        <source>Save the certificate again</source>
        <translation>Lưu lại giấy chứng nhận</translation>
    </message>
    <message>
        <source>Saved certificate {id} again in {path}. Open it to print it.</source>
        <translation>Đã lưu lại giấy chứng nhận {id} vào {path}. Mở tệp để in.</translation>
    </message>
</context>
<context>
    <name>CityBanner</name>
    <message>
        <source>City store open: {address}</source>
        <translation>Đang mở kho dữ liệu thành phố: {address}</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s data</source>
        <translation>Về dữ liệu của máy này</translation>
    </message>
    <message>
        <source>Close the city store and open this computer&apos;s own data</source>
        <translation>Đóng kho dữ liệu thành phố và mở dữ liệu của chính máy này</translation>
    </message>
</context>
<context>
    <name>CityHome</name>
    <message>
        <source>City store – {name}</source>
        <translation>Kho dữ liệu thành phố – {name}</translation>
    </message>
    <message>
        <source>‹  Sign out</source>
        <translation>‹  Đăng xuất</translation>
    </message>
    <message>
        <source>Sign out of the city store&apos;s tools</source>
        <translation>Đăng xuất khỏi các công cụ của kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>These tools work on the city&apos;s records. Learners, lessons, teaching sessions, certificates and backups stay on each ward&apos;s computer; the city store&apos;s backups are made by the city&apos;s IT staff.</source>
        <translation>Các công cụ này làm việc trên dữ liệu của thành phố. Học viên, bài học, buổi dạy, chứng nhận và bản sao lưu vẫn ở máy của từng phường, xã; bản sao lưu của kho dữ liệu thành phố do cán bộ công nghệ thông tin của thành phố làm.</translation>
    </message>
    <message>
        <source>The city store&apos;s tools</source>
        <translation>Các công cụ của kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Settings and city store</source>
        <translation>Cài đặt và kho thành phố</translation>
    </message>
    <message>
        <source>Your text size and colours, and the city store&apos;s address</source>
        <translation>Cỡ chữ, màu sắc của riêng mình và địa chỉ kho dữ liệu thành phố</translation>
    </message>
</context>
<context>
    <name>CityStore</name>
    <message>
        <source>Password of the city store</source>
        <translation>Mật khẩu kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Password for {address}</source>
        <translation>Mật khẩu của {address}</translation>
    </message>
    <message>
        <source>Open the city store</source>
        <translation>Mở kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Open the city store with this password</source>
        <translation>Mở kho dữ liệu thành phố bằng mật khẩu này</translation>
    </message>
    <message>
        <source>This computer&apos;s own data</source>
        <translation>Dữ liệu của chính máy này</translation>
    </message>
    <message>
        <source>The city store</source>
        <translation>Kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Opening the city store {address}…</source>
        <translation>Đang mở kho dữ liệu thành phố {address}…</translation>
    </message>
    <message>
        <source>A server that does not answer is given up after 15 seconds.</source>
        <translation>Nếu máy chủ không trả lời, sau 15 giây ứng dụng sẽ thôi chờ.</translation>
    </message>
    <message>
        <source>Stop waiting; open this computer&apos;s own data</source>
        <translation>Thôi chờ; mở dữ liệu của máy này</translation>
    </message>
    <message>
        <source>Do not open the city store; open this computer&apos;s own data</source>
        <translation>Không mở kho dữ liệu thành phố; mở dữ liệu của chính máy này</translation>
    </message>
    <message>
        <source>The city store cannot be opened</source>
        <translation>Không mở được kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Try to open the city store again</source>
        <translation>Thử mở lại kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Open this computer&apos;s own data</source>
        <translation>Mở dữ liệu của chính máy này</translation>
    </message>
</context>
<context>
    <name>CityStorePanel</name>
    <message>
        <source>City store (for coordinators)</source>
        <translation>Kho dữ liệu thành phố (cho điều phối viên)</translation>
    </message>
    <message>
        <source>The city&apos;s records on a PostgreSQL server, set up by the city&apos;s IT staff. The password is never saved on this computer: the app asks for it each time it opens the city store.</source>
        <translation>Dữ liệu của thành phố trên một máy chủ PostgreSQL do cán bộ công nghệ thông tin của thành phố lập. Mật khẩu không bao giờ được lưu trên máy này: mỗi lần mở kho dữ liệu thành phố, ứng dụng sẽ hỏi mật khẩu.</translation>
    </message>
    <message>
        <source>Address of the city store</source>
        <translation>Địa chỉ kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Password, for the test only (never saved)</source>
        <translation>Mật khẩu, chỉ để thử kết nối (không bao giờ được lưu)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Password (test only)</source>
        <translation>Mật khẩu (chỉ để thử)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <source>Test the connection to the city store</source>
        <translation>Thử kết nối đến kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the address: the app opens the city store at every start</source>
        <translation>Lưu địa chỉ: mỗi lần khởi động, ứng dụng mở kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Bỏ địa chỉ</translation>
    </message>
    <message>
        <source>Forget the address: the app opens this computer&apos;s own data</source>
        <translation>Bỏ địa chỉ đã lưu: ứng dụng mở dữ liệu của chính máy này</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s data</source>
        <translation>Về dữ liệu của máy này</translation>
    </message>
    <message>
        <source>Open the city store now</source>
        <translation>Mở kho dữ liệu thành phố ngay</translation>
    </message>
    <message>
        <source>Answer of the city store</source>
        <translation>Kết quả thử kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Open now: the city store {address}.</source>
        <translation>Đang mở: kho dữ liệu thành phố {address}.</translation>
    </message>
    <message>
        <source>Open now: this computer&apos;s own data.</source>
        <translation>Đang mở: dữ liệu của chính máy này.</translation>
    </message>
    <message>
        <source>At every start the app opens the city store {address}.</source>
        <translation>Mỗi lần khởi động, ứng dụng mở kho dữ liệu thành phố {address}.</translation>
    </message>
    <message>
        <source>At every start the app opens this computer&apos;s own data.</source>
        <translation>Mỗi lần khởi động, ứng dụng mở dữ liệu của chính máy này.</translation>
    </message>
    <message>
        <source>Testing the connection to the city store…</source>
        <translation>Đang thử kết nối đến kho dữ liệu thành phố…</translation>
    </message>
    <message>
        <source>The test could not be run ({problem}).</source>
        <translation>Không thử được ({problem}).</translation>
    </message>
    <message>
        <source>Saved. From the next start the app opens the city store {address} and asks for its password.</source>
        <translation>Đã lưu. Từ lần khởi động sau, ứng dụng mở kho dữ liệu thành phố {address} và hỏi mật khẩu của kho.</translation>
    </message>
    <message>
        <source>The password typed in the address was taken out: it is never saved.</source>
        <translation>Mật khẩu gõ trong địa chỉ đã được bỏ ra: mật khẩu không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Forgotten. From the next start the app opens this computer&apos;s own data.</source>
        <translation>Đã bỏ địa chỉ. Từ lần khởi động sau, ứng dụng mở dữ liệu của chính máy này.</translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <source>Digital literacy trainer – city store</source>
        <translation>Bình dân học vụ số – kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>City store: a coordinator&apos;s PIN</source>
        <translation>Kho dữ liệu thành phố: mã PIN của điều phối viên</translation>
    </message>
    <message>
        <source>‹  This computer&apos;s data</source>
        <translation>‹  Dữ liệu của máy này</translation>
    </message>
    <message>
        <source>Close the city store and open this computer&apos;s own data</source>
        <translation>Đóng kho dữ liệu thành phố và mở dữ liệu của chính máy này</translation>
    </message>
    <message>
        <source>Only a coordinator can open the city store. {name} is a volunteer on this computer.</source>
        <translation>Chỉ điều phối viên mới mở được kho dữ liệu thành phố. {name} là tình nguyện viên trên máy này.</translation>
    </message>
    <message>
        <source>‹  City store</source>
        <translation>‹  Kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Back to the city store&apos;s tools</source>
        <translation>Quay lại các công cụ của kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>The city store does not answer</source>
        <translation>Kho dữ liệu thành phố không trả lời</translation>
    </message>
    <message>
        <source>The city store refused the work</source>
        <translation>Kho dữ liệu thành phố không nhận việc này</translation>
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
    <message>
        <source>Back to my lessons</source>
        <translation>Về danh sách bài học</translation>
    </message>
</context>
<context>
    <name>ComputerActions</name>
    <message>
        <source>Rename the chosen computer…</source>
        <translation>Đổi tên máy đã chọn…</translation>
    </message>
    <message>
        <source>Forget the chosen computer…</source>
        <translation>Xoá máy đã chọn khỏi danh sách…</translation>
    </message>
    <message>
        <source>Yes, forget it</source>
        <translation>Đồng ý xoá khỏi danh sách</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>New name for the chosen computer</source>
        <translation>Tên mới cho máy đã chọn</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <source>A name of your own for {name}, shown on this computer only (the name the computer gives itself stays in its files). Leave it empty to show its own name again.</source>
        <translation>Đặt một tên riêng cho {name}, chỉ hiện trên máy này (tên máy đó tự đặt vẫn giữ nguyên trong tệp của nó). Để trống để hiện lại tên của chính máy đó.</translation>
    </message>
    <message>
        <source>Forget {name}? It leaves this list on this computer only. Its records already imported stay counted in the reports. If a sync file from it arrives later, the records it made after today are kept apart and not counted. This cannot be undone. To stop a lost or stolen computer everywhere, retire it instead.</source>
        <translation>Xoá {name} khỏi danh sách? Máy đó chỉ rời danh sách trên máy này. Các bản ghi đã nhập của nó vẫn được tính trong báo cáo. Nếu sau này có tệp đồng bộ từ máy đó, các bản ghi nó tạo sau hôm nay được cất riêng và không được tính. Không thể hoàn tác. Với máy bị mất hoặc bị lấy cắp, hãy thu hồi máy để chặn ở mọi nơi.</translation>
    </message>
    <message>
        <source>The computer is now shown as {name}.</source>
        <translation>Máy này giờ hiện với tên {name}.</translation>
    </message>
    <message>
        <source>{name} is forgotten on this computer. Its {count} record(s) already imported stay counted.</source>
        <translation>Đã xoá {name} khỏi danh sách trên máy này. {count} bản ghi đã nhập của máy đó vẫn được tính.</translation>
    </message>
</context>
<context>
    <name>CoordinatorTools</name>
    <message>
        <source>Write a sync file to a USB stick</source>
        <translation>Ghi tệp đồng bộ ra USB</translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>Nhập tệp đồng bộ</translation>
    </message>
    <message>
        <source>Reports for the city</source>
        <translation>Báo cáo cho thành phố</translation>
    </message>
    <message>
        <source>Known computers and this computer’s key</source>
        <translation>Các máy đã biết và khóa của máy này</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong. The learner’s lessons are saved.</source>
        <translation>Có lỗi xảy ra. Bài học của bác đã được lưu.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Có lỗi xảy ra</translation>
    </message>
    <message>
        <source>The app is back at the start. Details for support: {log}</source>
        <translation>Ứng dụng đã về màn hình đầu. Chi tiết cho người hỗ trợ: {log}</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Về màn hình đầu</translation>
    </message>
</context>
<context>
    <name>DamageScreen</name>
    <message>
        <source>The learners’ data cannot be opened</source>
        <translation>Không mở được dữ liệu học viên</translation>
    </message>
    <message>
        <source>Nothing was deleted, and the app did not start over with empty data.</source>
        <translation>Không có gì bị xoá, và ứng dụng không tự bắt đầu lại với dữ liệu trống.</translation>
    </message>
    <message>
        <source>If you are not sure, ask the volunteer or whoever helps with this computer.</source>
        <translation>Nếu chưa chắc, xin nhờ tình nguyện viên hoặc người hỗ trợ máy này.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>The file that holds the learners and their lessons is gone from this computer (deleted, or the computer was cleaned up).</source>
        <translation>Tệp lưu học viên và bài học của họ đã mất khỏi máy này (bị xoá, hoặc máy đã được dọn dẹp).</translation>
    </message>
    <message>
        <source>The file that holds the learners and their lessons is empty. A power cut or a disk fault can do this.</source>
        <translation>Tệp lưu học viên và bài học của họ bị trống. Mất điện hoặc ổ đĩa lỗi có thể gây ra việc này.</translation>
    </message>
    <message>
        <source>The file that holds the learners and their lessons is damaged. A power cut or a disk fault can do this.</source>
        <translation>Tệp lưu học viên và bài học của họ bị hỏng. Mất điện hoặc ổ đĩa lỗi có thể gây ra việc này.</translation>
    </message>
    <message>
        <source>There is no backup on this computer. You can start with empty data; the damaged file is kept aside for whoever helps.</source>
        <translation>Máy này không có bản sao lưu nào. Có thể bắt đầu với dữ liệu trống; tệp hỏng được cất riêng để người hỗ trợ xem lại.</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} at {time}, with {learners} learners. Lessons done after that time are not in it.</source>
        <translation>Bản sao lưu tốt mới nhất là ngày {date} lúc {time}, có {learners} học viên. Những bài học sau lúc đó không có trong bản này.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Khôi phục bản sao lưu này</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Khôi phục bản sao lưu lúc {date}</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Chọn bản sao lưu khác…</translation>
    </message>
    <message>
        <source>Start with empty data…</source>
        <translation>Bắt đầu với dữ liệu trống…</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Đóng ứng dụng</translation>
    </message>
    <message>
        <source>Start with empty data? The learners and lessons in the damaged file will not show in the app. The file stays in the “kept” folder.</source>
        <translation>Bắt đầu với dữ liệu trống? Học viên và bài học trong tệp hỏng sẽ không hiện trong ứng dụng. Tệp đó vẫn được giữ trong thư mục “kept”.</translation>
    </message>
    <message>
        <source>Yes, start with empty data</source>
        <translation>Có, bắt đầu với dữ liệu trống</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Không, quay lại</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <source>Known computers</source>
        <translation>Các máy đã biết</translation>
    </message>
    <message>
        <source>This computer: {who}</source>
        <translation>Máy này: {who}</translation>
    </message>
    <message>
        <source>Give volunteers this computer’s public key file (on a USB stick): they choose it once, and the sync files they write are sealed so that only this computer can open them.</source>
        <translation>Đưa tệp khóa công khai của máy này cho tình nguyện viên (qua USB): họ chọn tệp một lần, rồi các tệp đồng bộ họ ghi sẽ được niêm phong, chỉ máy này mở được.</translation>
    </message>
    <message>
        <source>Save this computer’s public key…</source>
        <translation>Lưu khóa công khai của máy này…</translation>
    </message>
    <message>
        <source>Save this computer’s public key to a file</source>
        <translation>Lưu khóa công khai của máy này thành tệp</translation>
    </message>
    <message>
        <source>Computers whose sync files were imported here</source>
        <translation>Các máy đã gửi tệp đồng bộ tới đây</translation>
    </message>
    <message>
        <source>No sync file from another computer has been imported here yet.</source>
        <translation>Chưa nhập tệp đồng bộ nào từ máy khác.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Show the details above the list</source>
        <translation>Hiện phần chi tiết phía trên danh sách</translation>
    </message>
    <message>
        <source>Hide the details above the list</source>
        <translation>Ẩn phần chi tiết phía trên danh sách</translation>
    </message>
    <message>
        <source>The details are shown.</source>
        <translation>Đang hiện phần chi tiết.</translation>
    </message>
    <message>
        <source>The details are hidden.</source>
        <translation>Đã ẩn phần chi tiết.</translation>
    </message>
    <message>
        <source>Sync files imported here</source>
        <translation>Các tệp đồng bộ đã nhập vào máy này</translation>
    </message>
    <message>
        <source>No sync file for {days} days or more from: {names}.</source>
        <translation>Chưa nhận tệp đồng bộ nào trong {days} ngày trở lên từ: {names}.</translation>
    </message>
    <message>
        <source>Every computer in use sent a sync file in the last {days} days.</source>
        <translation>Mọi máy đang dùng đều đã gửi tệp đồng bộ trong {days} ngày qua.</translation>
    </message>
    <message>
        <source>coordinator-key-{name}</source>
        <translation>khoa-dieu-phoi-{name}</translation>
    </message>
    <message>
        <source>Saved: {path}. Give this file to the volunteers; it holds no learner data and no secret.</source>
        <translation>Đã lưu: {path}. Hãy đưa tệp này cho tình nguyện viên; tệp không chứa dữ liệu người học hay bí mật nào.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Key files (*.dlkey)</source>
        <translation>Tệp khóa (*.dlkey)</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>No USB stick found yet. Plug one in: it appears here by itself.</source>
        <translation>Chưa thấy USB nào. Hãy cắm USB vào máy: USB sẽ tự hiện ra ở đây.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Chọn thư mục khác…</translation>
    </message>
    <message>
        <source>Choose another folder on this computer</source>
        <translation>Chọn một thư mục khác trên máy này</translation>
    </message>
    <message>
        <source>USB stick: {name}</source>
        <translation>USB: {name}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>còn trống {free}</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>chỉ đọc</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Vì sao giống nhau</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Same name, same year of birth</source>
        <translation>Cùng tên, cùng năm sinh</translation>
    </message>
    <message>
        <source>Same name apart from accents or capitals, same year of birth</source>
        <translation>Cùng tên nếu bỏ dấu và chữ hoa, cùng năm sinh</translation>
    </message>
    <message>
        <source>Same name, neither has a year of birth</source>
        <translation>Cùng tên, cả hai đều không có năm sinh</translation>
    </message>
    <message>
        <source>Same name apart from accents or capitals, neither has a year of birth</source>
        <translation>Cùng tên nếu bỏ dấu và chữ hoa, cả hai đều không có năm sinh</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  Danh sách người học</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Quay lại danh sách người học</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Có thể bị nhập trùng</translation>
    </message>
    <message>
        <source>These records have the same name (ignoring accents and capitals) and the same year of birth. If they are one person, choose the row, then the record to keep, and join them: all the progress of every record is kept.</source>
        <translation>Các hồ sơ này cùng tên (không tính dấu và chữ hoa) và cùng năm sinh. Nếu là cùng một người, hãy chọn dòng, rồi chọn hồ sơ giữ lại và gộp: mọi tiến độ học của các hồ sơ đều được giữ.</translation>
    </message>
    <message>
        <source>Joined: everything is now on the record of {record}.</source>
        <translation>Đã gộp: mọi thứ giờ ở hồ sơ của {record}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo this join: the records stand apart again</source>
        <translation>Hoàn tác việc gộp này: các hồ sơ lại tách riêng</translation>
    </message>
    <message>
        <source>Join undone: {records} stand apart again.</source>
        <translation>Đã hoàn tác việc gộp: {records} lại là các hồ sơ riêng.</translation>
    </message>
    <message>
        <source>No likely duplicates. Every name and year of birth is different.</source>
        <translation>Không thấy hồ sơ nào bị trùng. Mọi tên và năm sinh đều khác nhau.</translation>
    </message>
    <message>
        <source>Keep: {record}</source>
        <translation>Giữ: {record}</translation>
    </message>
    <message>
        <source>Join into the chosen record</source>
        <translation>Gộp vào hồ sơ đã chọn</translation>
    </message>
    <message>
        <source>Join the records of {name} into the chosen one</source>
        <translation>Gộp các hồ sơ của {name} vào hồ sơ đã chọn</translation>
    </message>
    <message>
        <source>Do not join</source>
        <translation>Không gộp</translation>
    </message>
    <message>
        <source>Yes, join them</source>
        <translation>Đồng ý gộp</translation>
    </message>
    <message>
        <source>Keep which record of {name}?</source>
        <translation>Giữ lại hồ sơ nào của {name}?</translation>
    </message>
    <message>
        <source>Keep {keep} and join into it: {others}? Their lessons, steps and certificates move to the kept record, and the others no longer appear anywhere, on this computer or, through sync files, on the others.</source>
        <translation>Giữ {keep} và gộp vào đó: {others}? Bài học, các bước và giấy chứng nhận được chuyển sang hồ sơ giữ lại; các hồ sơ kia không còn hiện ở đâu nữa, trên máy này và, qua tệp đồng bộ, trên các máy khác.</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>không rõ năm sinh</translation>
    </message>
    <message>
        <source>no ward</source>
        <translation>chưa có phường</translation>
    </message>
    <message>
        <source>{count} steps done</source>
        <translation>đã học {count} bước</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>tạo ngày {date}</translation>
    </message>
</context>
<context>
    <name>ErasePage</name>
    <message>
        <source>‹  Keep and go back</source>
        <translation>‹  Không xoá, quay lại</translation>
    </message>
    <message>
        <source>Do not erase: back to this learner</source>
        <translation>Không xoá: quay lại người học này</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>Xoá {name}?</translation>
    </message>
    <message>
        <source>Erasing removes {name}&apos;s name, year of birth and all their progress from this computer.</source>
        <translation>Xoá sẽ bỏ tên, năm sinh và toàn bộ tiến độ học của {name} khỏi máy này.</translation>
    </message>
    <message>
        <source>The erasure goes out with the next sync file, so the other computers and the coordinator erase them too.</source>
        <translation>Việc xoá được gửi đi trong tệp đồng bộ tiếp theo, nên các máy khác và điều phối viên cũng xoá người này.</translation>
    </message>
    <message>
        <source>It stays erased even if this record is later joined with another record of the same person, or an older sync file brings it back.</source>
        <translation>Người này vẫn bị xoá kể cả khi sau này hồ sơ được gộp với một hồ sơ khác của cùng người, hoặc khi nhập lại một tệp đồng bộ cũ.</translation>
    </message>
    <message>
        <source>This cannot be undone. Certificates already printed stay valid on paper.</source>
        <translation>Không thể khôi phục. Giấy chứng nhận đã in vẫn có giá trị.</translation>
    </message>
    <message>
        <source>What erasing means</source>
        <translation>Xoá nghĩa là gì</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Giữ lại {name}</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Xoá hẳn</translation>
    </message>
    <message>
        <source>Erase {name} for good</source>
        <translation>Xoá hẳn {name}</translation>
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
    <name>ExportScreen</name>
    <message>
        <source>Write a sync file</source>
        <translation>Ghi tệp đồng bộ</translation>
    </message>
    <message>
        <source>Plug the USB stick in, then press its name. The file holds all the learning recorded on this computer, signed by it, for the coordinator.</source>
        <translation>Cắm USB vào máy rồi bấm vào tên USB. Tệp chứa toàn bộ việc học đã ghi trên máy này, có chữ ký của máy, để gửi điều phối viên.</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Xong  ›</translation>
    </message>
    <message>
        <source>Done: back to the volunteer tools</source>
        <translation>Xong: quay về trang công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>Seal for the coordinator</source>
        <translation>Niêm phong cho điều phối viên</translation>
    </message>
    <message>
        <source>Seal the file for the coordinator</source>
        <translation>Niêm phong tệp cho điều phối viên</translation>
    </message>
    <message>
        <source>Choose the coordinator’s key file…</source>
        <translation>Chọn tệp khóa của điều phối viên…</translation>
    </message>
    <message>
        <source>Choose the coordinator’s key file</source>
        <translation>Chọn tệp khóa của điều phối viên</translation>
    </message>
    <message>
        <source>Seal for the coordinator ({who})</source>
        <translation>Niêm phong cho điều phối viên ({who})</translation>
    </message>
    <message>
        <source>Sealed, the file can only be opened on the coordinator’s computer: a lost stick shows nobody’s name.</source>
        <translation>Khi được niêm phong, tệp chỉ mở được trên máy của điều phối viên: lỡ mất USB cũng không lộ tên ai.</translation>
    </message>
    <message>
        <source>The coordinator’s key file cannot be read any more ({path}). Choose it again to seal files.</source>
        <translation>Không đọc được tệp khóa của điều phối viên nữa ({path}). Hãy chọn lại tệp để niêm phong.</translation>
    </message>
    <message>
        <source>To seal files for the coordinator, choose the key file they gave you, once.</source>
        <translation>Muốn niêm phong tệp cho điều phối viên, hãy chọn tệp khóa họ đưa cho bạn (chỉ cần một lần).</translation>
    </message>
    <message>
        <source>Choose another key file…</source>
        <translation>Chọn tệp khóa khác…</translation>
    </message>
    <message>
        <source>The coordinator’s key file</source>
        <translation>Tệp khóa của điều phối viên</translation>
    </message>
    <message>
        <source>Key files (*.dlkey *.json);;All files (*)</source>
        <translation>Tệp khóa (*.dlkey *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Writing the sync file and checking it…</source>
        <translation>Đang ghi tệp đồng bộ và kiểm tra lại…</translation>
    </message>
    <message>
        <source>Writing the sync file</source>
        <translation>Đang ghi tệp đồng bộ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop writing the sync file</source>
        <translation>Dừng ghi tệp đồng bộ</translation>
    </message>
    <message>
        <source>Done. The file {name} ({size}, {events} records) was written, read back and checked: it is good. You can remove the USB stick now.</source>
        <translation>Xong. Tệp {name} ({size}, {events} bản ghi) đã được ghi, đọc lại và kiểm tra: tệp tốt. Bây giờ có thể rút USB ra.</translation>
    </message>
    <message>
        <source>It is sealed: only the coordinator’s computer can open it.</source>
        <translation>Tệp đã được niêm phong: chỉ máy của điều phối viên mở được.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel spreadsheet (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel or CSV spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính Excel hoặc CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Bản sao lưu (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>FirstStartScreen</name>
    <message>
        <source>Setting up this computer</source>
        <translation>Cài đặt máy lần đầu</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Bước {number} trên {count}</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Quay lại câu hỏi trước</translation>
    </message>
    <message>
        <source>Finish and start  ›</source>
        <translation>Xong, bắt đầu dùng  ›</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Tiếp  ›</translation>
    </message>
    <message>
        <source>Which language should this computer speak?</source>
        <translation>Máy này dùng ngôn ngữ nào?</translation>
    </message>
    <message>
        <source>Each learner can still choose their own language later.</source>
        <translation>Sau này mỗi người học vẫn tự chọn được ngôn ngữ của mình.</translation>
    </message>
    <message>
        <source>Which ward or commune is this computer in?</source>
        <translation>Máy này đặt ở phường hay xã nào?</translation>
    </message>
    <message>
        <source>New learners are registered in this ward, and reports count them there.</source>
        <translation>Người học mới được ghi vào phường, xã này, và báo cáo sẽ tính họ ở đây.</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Phường hoặc xã</translation>
    </message>
    <message>
        <source>For example: Phường Kim Mã</source>
        <translation>Ví dụ: Phường Kim Mã</translation>
    </message>
    <message>
        <source>What should this computer be called?</source>
        <translation>Đặt tên cho máy này</translation>
    </message>
    <message>
        <source>The coordinator sees this name when sync files from several computers come together.</source>
        <translation>Điều phối viên sẽ thấy tên này khi gộp tệp đồng bộ từ nhiều máy.</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Tên máy này</translation>
    </message>
    <message>
        <source>For example: Máy 1 – Nhà văn hoá tổ 5</source>
        <translation>Ví dụ: Máy 1 – Nhà văn hoá tổ 5</translation>
    </message>
    <message>
        <source>Who is the first volunteer?</source>
        <translation>Ai là tình nguyện viên đầu tiên?</translation>
    </message>
    <message>
        <source>This name is written on teaching sessions and certificates.</source>
        <translation>Tên này được ghi vào các buổi học và giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ và tên của bạn</translation>
    </message>
    <message>
        <source>For example: Trần Thu Hà</source>
        <translation>Ví dụ: Trần Thu Hà</translation>
    </message>
    <message>
        <source>What do you do here?</source>
        <translation>Bạn làm gì ở đây?</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <source>Adds other volunteers, brings sync files together and makes reports. Choose this if you set the computer up.</source>
        <translation>Thêm tình nguyện viên khác, gộp tệp đồng bộ và làm báo cáo. Chọn mục này nếu bạn là người cài đặt máy.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Teaches, records sessions and gives certificates.</source>
        <translation>Dạy học, ghi buổi học và cấp giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits</source>
        <translation>Chọn một mã PIN gồm 4 đến 8 chữ số</translation>
    </message>
    <message>
        <source>You type it to open the volunteer tools. Learners do not need it; keep it to yourself.</source>
        <translation>Bạn gõ mã này để mở công cụ tình nguyện viên. Người học không cần mã; bạn hãy giữ kín.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 đến 8 chữ số</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>Gõ lại đúng mã PIN đó</translation>
    </message>
    <message>
        <source>So that a typing slip does not lock you out.</source>
        <translation>Để không bị khoá vì gõ nhầm.</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <source>Is everything right?</source>
        <translation>Mọi thứ đã đúng chưa?</translation>
    </message>
    <message>
        <source>Press “Back” to change an answer.</source>
        <translation>Bấm “Quay lại” để sửa câu trả lời.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>First volunteer</source>
        <translation>Tình nguyện viên đầu tiên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the PIN from the page before again.</source>
        <translation>Hai mã PIN chưa giống nhau. Bạn gõ lại mã PIN đã chọn ở trang trước.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits, for example 2468.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số, ví dụ 2468.</translation>
    </message>
    <message>
        <source>Please type the ward or commune.</source>
        <translation>Bạn hãy gõ tên phường hoặc xã.</translation>
    </message>
    <message>
        <source>Please give this computer a name.</source>
        <translation>Bạn hãy đặt tên cho máy này.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Bạn hãy gõ họ và tên.</translation>
    </message>
    <message>
        <source>This is too long. Please keep it shorter.</source>
        <translation>Dài quá. Bạn viết ngắn hơn nhé.</translation>
    </message>
    <message>
        <source>This could not be saved: {reason}</source>
        <translation>Không lưu được: {reason}</translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Show the explanation</source>
        <translation>Hiện phần giải thích</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>Ẩn phần giải thích</translation>
    </message>
    <message>
        <source>The explanation is shown.</source>
        <translation>Đang hiện phần giải thích.</translation>
    </message>
    <message>
        <source>The explanation is hidden.</source>
        <translation>Đã ẩn phần giải thích.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>Hiện bộ lọc</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>Ẩn bộ lọc</translation>
    </message>
    <message>
        <source>The filters are shown.</source>
        <translation>Đang hiện bộ lọc.</translation>
    </message>
    <message>
        <source>The filters are hidden.</source>
        <translation>Đã ẩn bộ lọc.</translation>
    </message>
</context>
<context>
    <name>GridFilters</name>
    <message>
        <source>Lessons of which area</source>
        <translation>Bài học của chủ đề nào</translation>
    </message>
    <message>
        <source>All lessons</source>
        <translation>Mọi bài học</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Mọi phường, xã</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Mọi nhóm</translation>
    </message>
    <message>
        <source>Teaching session</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Any session</source>
        <translation>Mọi buổi học</translation>
    </message>
    <message>
        <source>Needs help only</source>
        <translation>Chỉ người cần giúp</translation>
    </message>
    <message>
        <source>Only people who need help</source>
        <translation>Chỉ hiện những người cần giúp</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Bài học:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Phường, xã:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Buổi học:</translation>
    </message>
    <message>
        <source>“Help”: {mistakes} or more mistakes or {hints} or more hints in a lesson not yet finished, or nothing done for {days} days with a lesson unfinished.</source>
        <translation>“Cần giúp”: sai từ {mistakes} lần hoặc xem gợi ý từ {hints} lần trong một bài chưa xong, hoặc {days} ngày không học mà còn bài dở dang.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>{date} – {topic} ({count} people)</source>
        <translation>{date} – {topic} ({count} người)</translation>
    </message>
</context>
<context>
    <name>HandoutButtons</name>
    <message>
        <source>The steps of this lesson in large print on A4 paper, to take home and read again.</source>
        <translation>Các bước của bài này in chữ to trên giấy A4, để mang về nhà xem lại.</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>Save the take-home handout as a PDF file</source>
        <translation>Lưu tờ hướng dẫn mang về thành tệp PDF</translation>
    </message>
    <message>
        <source>handout-{lesson}.pdf</source>
        <translation>to-huong-dan-{lesson}.pdf</translation>
    </message>
    <message>
        <source>Save the take-home handout</source>
        <translation>Lưu tờ hướng dẫn mang về</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>Đang chuẩn bị tờ hướng dẫn…</translation>
    </message>
    <message>
        <source>Print the take-home handout</source>
        <translation>In tờ hướng dẫn mang về</translation>
    </message>
    <message>
        <source>The handout went to the printer ({pages} pages).</source>
        <translation>Đã gửi tờ hướng dẫn tới máy in ({pages} trang).</translation>
    </message>
    <message>
        <source>The handout could not be printed. Please ask a volunteer.</source>
        <translation>Chưa in được tờ hướng dẫn. Hãy nhờ tình nguyện viên giúp.</translation>
    </message>
    <message>
        <source>The handout is saved in {path}.</source>
        <translation>Đã lưu tờ hướng dẫn vào {path}.</translation>
    </message>
    <message>
        <source>The handout could not be made: {reason}</source>
        <translation>Chưa làm được tờ hướng dẫn: {reason}</translation>
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
    <name>ImportLearnersPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  Danh sách người học</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Quay lại danh sách người học</translation>
    </message>
    <message>
        <source>Add learners from a file</source>
        <translation>Thêm người học từ tệp</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. Its first row names the columns: Họ tên (name), Năm sinh (birth year), Nhóm (group), Phường/xã (ward). Nothing is saved before “Add”.</source>
        <translation>Chọn một tệp Excel (.xlsx) hoặc CSV. Dòng đầu tiên ghi tên các cột: Họ tên, Năm sinh, Nhóm, Phường/xã. Chưa có gì được lưu trước khi bấm “Thêm”.</translation>
    </message>
    <message>
        <source>The rows of the file</source>
        <translation>Các dòng trong tệp</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose the Excel or CSV file of learners</source>
        <translation>Chọn tệp Excel hoặc CSV danh sách người học</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Choose the list of learners</source>
        <translation>Chọn danh sách người học</translation>
    </message>
    <message>
        <source>{file} cannot be used: {reason}</source>
        <translation>Không dùng được {file}: {reason}</translation>
    </message>
    <message>
        <source>Also add the {count} already here</source>
        <translation>Vẫn thêm {count} người đã có</translation>
    </message>
    <message>
        <source>Two people can share a name and a year of birth: tick it only if they are other people.</source>
        <translation>Hai người có thể trùng tên và năm sinh: chỉ đánh dấu nếu đó là người khác.</translation>
    </message>
    <message>
        <source>{file}: {good} to add, {bad} rows with a problem, {here} already here.</source>
        <translation>{file}: thêm được {good}, {bad} dòng có lỗi, {here} người đã có trên máy.</translation>
    </message>
    <message>
        <source>Add {count} learners</source>
        <translation>Thêm {count} người học</translation>
    </message>
    <message>
        <source>Nobody was added: {reason}</source>
        <translation>Chưa thêm ai: {reason}</translation>
    </message>
    <message>
        <source>Added {count} learners.</source>
        <translation>Đã thêm {count} người học.</translation>
    </message>
    <message>
        <source>Not added: rows {rows}.</source>
        <translation>Không thêm: dòng {rows}.</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ máy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Bản ghi mới</translation>
    </message>
    <message>
        <source>New learners</source>
        <translation>Người học mới</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Imported; {held} records of other computers kept aside, not counted yet (Details)</source>
        <translation>Đã nhập; {held} bản ghi của máy khác được cất riêng, chưa tính (xem Chi tiết)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Imported before; nothing new</source>
        <translation>Đã nhập từ trước; không có gì mới</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>Chưa nhập: {reason}</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Đã dừng: {reason}</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Bị từ chối: {reason}</translation>
    </message>
    <message>
        <source>{status}: {events} new records, {learners} new learners, {known} already here (from {source})</source>
        <translation>{status}: {events} bản ghi mới, {learners} người học mới, {known} đã có (từ {source})</translation>
    </message>
    <message>
        <source>For support: {detail}</source>
        <translation>Để người hỗ trợ xem: {detail}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Same person as row {line}: not added twice.</source>
        <translation>Trùng người ở dòng {line}: không thêm hai lần.</translation>
    </message>
    <message>
        <source>Looks like {names}, already on this computer.</source>
        <translation>Giống {names}, đã có trên máy này.</translation>
    </message>
    <message>
        <source>Ready to add</source>
        <translation>Sẵn sàng thêm</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import sync files</source>
        <translation>Nhập tệp đồng bộ</translation>
    </message>
    <message>
        <source>Plug in a USB stick with sync files from the ward computers, then press its name. Every sync file on it is checked, then added; a file that was changed or damaged is refused whole.</source>
        <translation>Cắm USB có tệp đồng bộ từ các máy phường/xã, rồi bấm vào tên USB. Mỗi tệp đồng bộ trên đó được kiểm tra rồi mới nhập; tệp bị sửa hoặc bị hỏng sẽ bị từ chối cả tệp.</translation>
    </message>
    <message>
        <source>Choose where the sync files are</source>
        <translation>Chọn nơi có tệp đồng bộ</translation>
    </message>
    <message>
        <source>The file being imported</source>
        <translation>Tệp đang nhập</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tất cả các tệp</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop importing</source>
        <translation>Dừng nhập</translation>
    </message>
    <message>
        <source>If you stop, nothing from the file being read is added; files finished before stay added.</source>
        <translation>Nếu dừng, tệp đang đọc dở sẽ không được nhập chút nào; các tệp đã nhập xong vẫn được giữ.</translation>
    </message>
    <message>
        <source>What each file brought</source>
        <translation>Kết quả của từng tệp</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Details of the chosen file</source>
        <translation>Chi tiết của tệp đang chọn</translation>
    </message>
    <message>
        <source>Import another stick</source>
        <translation>Nhập USB khác</translation>
    </message>
    <message>
        <source>Import the sync files of another USB stick</source>
        <translation>Nhập tệp đồng bộ từ một USB khác</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Show the summary of the import</source>
        <translation>Hiện phần tóm tắt kết quả nhập</translation>
    </message>
    <message>
        <source>Hide the summary</source>
        <translation>Ẩn phần tóm tắt</translation>
    </message>
    <message>
        <source>The summary is shown.</source>
        <translation>Đang hiện phần tóm tắt.</translation>
    </message>
    <message>
        <source>The summary is hidden.</source>
        <translation>Đã ẩn phần tóm tắt.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Kết quả nhập</translation>
    </message>
    <message>
        <source>Done  ›</source>
        <translation>Xong  ›</translation>
    </message>
    <message>
        <source>Done: back to the volunteer tools</source>
        <translation>Xong: quay về trang công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>Looking for sync files in {folder}…</source>
        <translation>Đang tìm tệp đồng bộ trong {folder}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Putting the figures together…</source>
        <translation>Đang tổng hợp số liệu…</translation>
    </message>
    <message>
        <source>Every file has been read. Putting the figures together can take a little while after a large import; please wait.</source>
        <translation>Đã đọc xong mọi tệp. Sau một lần nhập lớn, việc tổng hợp số liệu có thể mất một lúc; xin chờ.</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Đang kiểm tra {name}</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Đang nhập {name}</translation>
    </message>
    <message>
        <source>File {number} of {count}</source>
        <translation>Tệp {number} trên {count}</translation>
    </message>
    <message>
        <source>No sync files (.dlsync) were found in {folder}.</source>
        <translation>Không tìm thấy tệp đồng bộ (.dlsync) nào trong {folder}.</translation>
    </message>
    <message>
        <source>{files} file(s) imported: {events} new records, {learners} new learners.</source>
        <translation>Đã nhập {files} tệp: {events} bản ghi mới, {learners} người học mới.</translation>
    </message>
    <message>
        <source>{records} records of other computers were kept aside and not counted: they count once a file made on those computers is imported.</source>
        <translation>{records} bản ghi của máy khác được cất riêng, chưa tính: chúng sẽ được tính khi nhập một tệp được tạo trên chính các máy đó.</translation>
    </message>
    <message>
        <source>{files} file(s) had been imported before.</source>
        <translation>{files} tệp đã được nhập từ trước.</translation>
    </message>
    <message>
        <source>{files} file(s) refused; the table says why and what to do.</source>
        <translation>{files} tệp bị từ chối; bảng dưới đây nói lý do và cách làm tiếp.</translation>
    </message>
    <message>
        <source>You stopped the import: nothing from the file being read was added, and the files after it were not read. Files finished before stay added.</source>
        <translation>Bạn đã dừng việc nhập: tệp đang đọc dở không được nhập chút nào, các tệp sau nó chưa được đọc. Các tệp đã nhập xong trước đó vẫn được giữ.</translation>
    </message>
    <message>
        <source>The import failed; nothing was added.</source>
        <translation>Nhập không thành công; chưa có gì được thêm vào.</translation>
    </message>
</context>
<context>
    <name>ImportedFilesModel</name>
    <message>
        <source>Imported</source>
        <translation>Lúc nhập</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>{new} new record(s)</source>
        <translation>{new} bản ghi mới</translation>
    </message>
    <message>
        <source>{new} new record(s); {held} kept apart, not counted</source>
        <translation>{new} bản ghi mới; {held} bản ghi được cất riêng, không tính</translation>
    </message>
    <message>
        <source>No new record; {held} kept apart, not counted</source>
        <translation>Không có bản ghi mới; {held} bản ghi được cất riêng, không tính</translation>
    </message>
    <message>
        <source>No new record (all were already here)</source>
        <translation>Không có bản ghi mới (đã có sẵn cả)</translation>
    </message>
    <message>
        <source>{file} · computer id: {id}</source>
        <translation>{file} · mã máy: {id}</translation>
    </message>
</context>
<context>
    <name>KnownDevicesModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Tệp đầu tiên</translation>
    </message>
    <message>
        <source>Latest file</source>
        <translation>Tệp gần nhất</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Số ngày chưa gửi</translation>
    </message>
    <message>
        <source>Computer id: {id}</source>
        <translation>Mã máy: {id}</translation>
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
    <name>LearnerChecklist</name>
    <message>
        <source>Type a name</source>
        <translation>Gõ tên ở đây</translation>
    </message>
    <message>
        <source>Find a learner to tick</source>
        <translation>Tìm người học để đánh dấu</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>Tick all found</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Tick everyone the search finds</source>
        <translation>Chọn mọi người tìm thấy</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ chọn hết</translation>
    </message>
    <message>
        <source>{count} more. Type part of a name to find them.</source>
        <translation>Còn {count} người nữa. Gõ vài chữ trong tên để tìm.</translation>
    </message>
</context>
<context>
    <name>LearnerForm</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>For example: Nguyễn Thị Hoa</source>
        <translation>Ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Year of birth (may be left empty)</source>
        <translation>Năm sinh (có thể để trống)</translation>
    </message>
    <message>
        <source>For example: 1958</source>
        <translation>Ví dụ: 1958</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
</context>
<context>
    <name>LearnerPage</name>
    <message>
        <source>‹  All learners</source>
        <translation>‹  Danh sách người học</translation>
    </message>
    <message>
        <source>Back to the list of learners</source>
        <translation>Quay lại danh sách người học</translation>
    </message>
    <message>
        <source>Card code: {code}</source>
        <translation>Mã thẻ: {code}</translation>
    </message>
    <message>
        <source>Their story</source>
        <translation>Quá trình học</translation>
    </message>
    <message>
        <source>What this learner has done, in order</source>
        <translation>Những gì người này đã làm, theo thứ tự</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificates of this learner</source>
        <translation>Giấy chứng nhận của người học này</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Thông tin người học</translation>
    </message>
    <message>
        <source>Erase this learner…</source>
        <translation>Xoá người học này…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Records joined into this one</source>
        <translation>Các hồ sơ đã gộp vào hồ sơ này</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>không rõ năm sinh</translation>
    </message>
    <message>
        <source>no ward</source>
        <translation>chưa có phường</translation>
    </message>
    <message>
        <source>Undo the join</source>
        <translation>Hoàn tác việc gộp</translation>
    </message>
    <message>
        <source>Undo the join of {record}</source>
        <translation>Hoàn tác việc gộp hồ sơ {record}</translation>
    </message>
    <message>
        <source>Join undone: {name} is a learner of their own again, with the progress that record held.</source>
        <translation>Đã hoàn tác việc gộp: {name} lại là một người học riêng, với tiến độ hồ sơ đó đã có.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Cần giúp</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa học</translation>
    </message>
    <message>
        <source>{done} done, {open} started</source>
        <translation>Xong {done}, đang học {open}</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>Người học</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Gõ tên ở đây</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Tìm người học</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Mọi nhóm</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Mọi phường, xã</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Nhóm:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Phường, xã:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Tiến độ:</translation>
    </message>
    <message>
        <source>Add learners…</source>
        <translation>Thêm người học…</translation>
    </message>
    <message>
        <source>Add learners, one after another or from a file</source>
        <translation>Thêm người học, từng người một hoặc từ một tệp</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Lưu danh sách…</translation>
    </message>
    <message>
        <source>Save the learners shown as a spreadsheet</source>
        <translation>Lưu những người học đang hiện thành bảng tính</translation>
    </message>
    <message>
        <source>Open  ›</source>
        <translation>Mở  ›</translation>
    </message>
    <message>
        <source>Open the chosen learner</source>
        <translation>Mở người học đã chọn</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Learning now</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Finished a lesson</source>
        <translation>Đã xong ít nhất một bài</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Cần giúp</translation>
    </message>
    <message>
        <source>{count} of {total} learners shown.</source>
        <translation>Đang hiện {count} trên {total} người học.</translation>
    </message>
    <message>
        <source>Possible duplicates ({count})</source>
        <translation>Có thể bị trùng ({count})</translation>
    </message>
    <message>
        <source>Learners who may have been entered twice: {count}</source>
        <translation>Số người học có thể bị nhập hai lần: {count}</translation>
    </message>
    <message>
        <source>Save the list of learners</source>
        <translation>Lưu danh sách người học</translation>
    </message>
    <message>
        <source>learners.xlsx</source>
        <translation>danh-sach-nguoi-hoc.xlsx</translation>
    </message>
    <message>
        <source>The list could not be saved: {reason}</source>
        <translation>Không lưu được danh sách: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} learners in {path}.</source>
        <translation>Đã lưu {count} người học vào {path}.</translation>
    </message>
</context>
<context>
    <name>LessonClassModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Đang ở đâu</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <source>At step {number} of {total}: {title}</source>
        <translation>Đang ở bước {number}/{total}: {title}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa học</translation>
    </message>
</context>
<context>
    <name>LessonProgressPage</name>
    <message>
        <source>‹  Progress</source>
        <translation>‹  Tiến độ học</translation>
    </message>
    <message>
        <source>Back to the progress grid</source>
        <translation>Quay lại bảng tiến độ học</translation>
    </message>
    <message>
        <source>Who is where in this lesson</source>
        <translation>Ai đang ở đâu trong bài này</translation>
    </message>
    <message>
        <source>average mistakes per learner who opened it: {value}</source>
        <translation>số lỗi trung bình của mỗi người đã mở bài: {value}</translation>
    </message>
    <message>
        <source>nobody has opened it yet</source>
        <translation>chưa ai mở bài này</translation>
    </message>
    <message>
        <source>Finished: {finished}. Learning: {learning}. Not started: {waiting}. {average}.</source>
        <translation>Đã xong: {finished}. Đang học: {learning}. Chưa học: {waiting}. {average}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digital literacy trainer</source>
        <translation>Bình dân học vụ số</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Bài học: {title}</translation>
    </message>
    <message>
        <source>Volunteer tools: {title}</source>
        <translation>Công cụ tình nguyện viên: {title}</translation>
    </message>
    <message>
        <source>Volunteer tools</source>
        <translation>Công cụ tình nguyện viên</translation>
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
        <source>New learner form</source>
        <translation>Thông tin người học mới</translation>
    </message>
    <message>
        <source>Start learning  ›</source>
        <translation>Bắt đầu học  ›</translation>
    </message>
    <message>
        <source>Start learning</source>
        <translation>Bắt đầu học</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{who} is already learning on this computer. Is that you?</source>
        <translation>{who} đang học trên máy này. Có phải là bác không?</translation>
    </message>
    <message>
        <source>Yes, that is me</source>
        <translation>Đúng, là tôi</translation>
    </message>
    <message>
        <source>No, I am someone else</source>
        <translation>Không, tôi là người khác</translation>
    </message>
    <message>
        <source>No, I am someone else: add me as a new learner</source>
        <translation>Không, tôi là người khác: thêm tôi là người học mới</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Show the technical details</source>
        <translation>Xem chi tiết kỹ thuật</translation>
    </message>
</context>
<context>
    <name>OwedPage</name>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Whose certificates</source>
        <translation>Cấp cho ai</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <source>People owed a certificate</source>
        <translation>Những người chờ nhận giấy chứng nhận</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>Xem người này</translation>
    </message>
    <message>
        <source>See the certificates of the chosen person</source>
        <translation>Xem giấy chứng nhận của người đã chọn</translation>
    </message>
    <message>
        <source>Certificates given…</source>
        <translation>Giấy đã cấp…</translation>
    </message>
    <message>
        <source>Save every certificate given as a spreadsheet</source>
        <translation>Lưu mọi giấy chứng nhận đã cấp thành bảng tính</translation>
    </message>
    <message>
        <source>{count} people have finished an area or a course and not yet received its certificate.</source>
        <translation>{count} người đã học xong một chủ đề hoặc một khoá học nhưng chưa nhận giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Nobody here is waiting for a certificate.</source>
        <translation>Ở đây không có ai đang chờ nhận giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Save for all {count}…</source>
        <translation>Lưu cho cả {count} người…</translation>
    </message>
    <message>
        <source>Save a certificate for each of the {count} people</source>
        <translation>Lưu giấy chứng nhận cho từng người trong {count} người</translation>
    </message>
    <message>
        <source>Save the list of certificates given</source>
        <translation>Lưu danh sách giấy chứng nhận đã cấp</translation>
    </message>
    <message>
        <source>certificates-given.xlsx</source>
        <translation>giay-chung-nhan-da-cap.xlsx</translation>
    </message>
    <message>
        <source>The list could not be saved: {reason}</source>
        <translation>Không lưu được danh sách: {reason}</translation>
    </message>
    <message>
        <source>Saved the list of certificates given in {path}.</source>
        <translation>Đã lưu danh sách giấy chứng nhận đã cấp vào {path}.</translation>
    </message>
</context>
<context>
    <name>OwedTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Has earned</source>
        <translation>Đủ điều kiện nhận</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Practice phone</source>
        <translation>Điện thoại tập</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Careful</source>
        <translation>Cẩn thận</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Đã hiểu</translation>
    </message>
    <message>
        <source>Careful: read it on the left</source>
        <translation>Cẩn thận: đọc lời nhắc bên trái</translation>
    </message>
    <message>
        <source>Hint: read it on the left</source>
        <translation>Gợi ý: đọc lời nhắc bên trái</translation>
    </message>
    <message>
        <source>More below</source>
        <translation>Còn nữa ở dưới</translation>
    </message>
    <message>
        <source>More above</source>
        <translation>Còn nữa ở trên</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Màn hình điện thoại</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Mã QR</translation>
    </message>
    <message>
        <source>SAMPLE – NOT PAYABLE</source>
        <translation>MẪU – KHÔNG THANH TOÁN</translation>
    </message>
    <message>
        <source>Arrow to the place to use</source>
        <translation>Mũi tên chỉ chỗ cần dùng</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>⌫  Delete</source>
        <translation>⌫  Xoá</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Xoá chữ số cuối</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Volunteer tools</source>
        <translation>Công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Back to “Who is learning?”</source>
        <translation>Quay về màn hình “Ai đang học?”</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Bạn là ai?</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Mã PIN của bạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the volunteer tools</source>
        <translation>Mở công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>Volunteer sign-in</source>
        <translation>Đăng nhập tình nguyện viên</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>Mã PIN của {name}</translation>
    </message>
    <message>
        <source>First press your name.</source>
        <translation>Trước hết bạn bấm vào tên mình.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left before a one-minute wait.</source>
        <translation>Mã PIN chưa đúng. Còn {count} lần thử, sau đó phải đợi một phút.</translation>
    </message>
    <message>
        <source>Five wrong PINs. Please wait {seconds} seconds, then try again.</source>
        <translation>Đã nhập sai 5 lần. Bạn đợi {seconds} giây rồi thử lại.</translation>
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
        <source>If you need help, press “Show me”.</source>
        <translation>Nếu cần giúp, hãy bấm “Chỉ cho tôi”.</translation>
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
        <source>Type “{text}” in the box the arrow points at: “{label}”.</source>
        <translation>Gõ “{text}” vào ô mũi tên đang chỉ: “{label}”.</translation>
    </message>
    <message>
        <source>Tick the box the arrow points at: “{label}”.</source>
        <translation>Đánh dấu vào ô mũi tên đang chỉ: “{label}”.</translation>
    </message>
    <message>
        <source>Clear the box the arrow points at: “{label}”.</source>
        <translation>Bỏ dấu ở ô mũi tên đang chỉ: “{label}”.</translation>
    </message>
    <message>
        <source>Press “{label}”, where the arrow points.</source>
        <translation>Bấm “{label}”, chỗ mũi tên chỉ vào.</translation>
    </message>
    <message>
        <source>Press where the arrow points.</source>
        <translation>Bấm vào chỗ mũi tên chỉ.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress at a glance</source>
        <translation>Tiến độ học</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Người học và bài học</translation>
    </message>
    <message>
        <source>Their story  ›</source>
        <translation>Quá trình học  ›</translation>
    </message>
    <message>
        <source>The story of the chosen learner</source>
        <translation>Quá trình học của người đã chọn</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Gõ tên ở đây</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Tìm người học</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu bảng…</translation>
    </message>
    <message>
        <source>Save the grid as shown as a spreadsheet</source>
        <translation>Lưu bảng đang hiện thành bảng tính Excel hoặc CSV</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save the grid as shown as a PDF to print</source>
        <translation>Lưu bảng đang hiện thành tệp PDF để in</translation>
    </message>
    <message>
        <source>This lesson  ›</source>
        <translation>Xem theo bài  ›</translation>
    </message>
    <message>
        <source>The lesson of the chosen column, across the class</source>
        <translation>Bài của cột đang chọn: ai đã xong, ai đang ở bước nào</translation>
    </message>
    <message>
        <source>Nobody to show.</source>
        <translation>Không có ai để hiện.</translation>
    </message>
    <message>
        <source>{name}: no sign of trouble.</source>
        <translation>{name}: học bình thường.</translation>
    </message>
    <message>
        <source>{name} needs help: {reasons}.</source>
        <translation>{name} cần giúp: {reasons}.</translation>
    </message>
    <message>
        <source>nothing done for {days} days, “{lesson}” unfinished</source>
        <translation>{days} ngày không học, bài “{lesson}” còn dở</translation>
    </message>
    <message>
        <source>{count} mistakes in “{lesson}”</source>
        <translation>sai {count} lần ở bài “{lesson}”</translation>
    </message>
    <message>
        <source>{count} hints in “{lesson}”</source>
        <translation>xem gợi ý {count} lần ở bài “{lesson}”</translation>
    </message>
    <message>
        <source>{count} on</source>
        <translation>Đang dùng {count}</translation>
    </message>
    <message>
        <source>Filters on: {count}</source>
        <translation>Số bộ lọc đang dùng: {count}</translation>
    </message>
    <message>
        <source>{count} learners shown.</source>
        <translation>Đang hiện {count} người học.</translation>
    </message>
    <message>
        <source>Save the progress grid</source>
        <translation>Lưu bảng tiến độ học</translation>
    </message>
    <message>
        <source>progress.xlsx</source>
        <translation>tien-do-hoc.xlsx</translation>
    </message>
    <message>
        <source>Save the progress grid to print</source>
        <translation>Lưu bảng tiến độ học để in</translation>
    </message>
    <message>
        <source>progress.pdf</source>
        <translation>tien-do-hoc.pdf</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <source>Saved the grid of {count} learners in {path}.</source>
        <translation>Đã lưu bảng của {count} người học vào {path}.</translation>
    </message>
    <message>
        <source>The grid could not be saved: {reason}</source>
        <translation>Chưa lưu được bảng: {reason}</translation>
    </message>
</context>
<context>
    <name>ProgressSummary</name>
    <message>
        <source>You have finished {done} of {total} lessons</source>
        <translation>Bác đã học xong {done}/{total} bài</translation>
    </message>
    <message>
        <source>{course}: {done} of {total} lessons</source>
        <translation>{course}: {done}/{total} bài</translation>
    </message>
    <message>
        <source>Certificate received.</source>
        <translation>Đã nhận chứng nhận.</translation>
    </message>
    <message>
        <source>All {total} lessons done: ask a volunteer to print your certificate.</source>
        <translation>Đã xong cả {total} bài: Bác nhờ tình nguyện viên in chứng nhận.</translation>
    </message>
    <message>
        <source>Certificate after all {total} lessons; still to do: {lessons}.</source>
        <translation>Chứng nhận khi học xong cả {total} bài; còn: {lessons}.</translation>
    </message>
    <message>
        <source>Certificate after all {total} lessons; {left} still to do.</source>
        <translation>Chứng nhận khi học xong cả {total} bài; còn {left} bài.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cần giúp</translation>
    </message>
    <message>
        <source>⚠ Help</source>
        <translation>⚠ Cần giúp</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>chưa học</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>xong {done} trên {total} bước</translation>
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
    <name>Reasons</name>
    <message>
        <source>The file could not be read or written ({problem}).</source>
        <translation>Không đọc hay ghi được tệp ({problem}).</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({problem}).</source>
        <translation>Ứng dụng gặp lỗi bên trong ({problem}).</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Columns for each</source>
        <translation>Mỗi cột là</translation>
    </message>
    <message>
        <source>Learner group</source>
        <translation>Nhóm người học</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Chart: {what}</source>
        <translation>Biểu đồ: {what}</translation>
    </message>
    <message>
        <source>Active learners</source>
        <translation>Người đang học</translation>
    </message>
    <message>
        <source>New learners</source>
        <translation>Người học mới</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Bài đã học xong</translation>
    </message>
    <message>
        <source>Other wards</source>
        <translation>Phường/xã khác</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Nhóm khác</translation>
    </message>
    <message>
        <source>by learner group</source>
        <translation>theo nhóm người học</translation>
    </message>
    <message>
        <source>by ward</source>
        <translation>theo phường/xã</translation>
    </message>
    <message>
        <source>Chart: {figure} by month, {split}</source>
        <translation>Biểu đồ: {figure} theo tháng, {split}</translation>
    </message>
    <message>
        <source>Every figure is also in the report table.</source>
        <translation>Mọi số liệu cũng có trong Bảng số liệu bên dưới.</translation>
    </message>
    <message>
        <source>Nothing to show for these months yet.</source>
        <translation>Chưa có số liệu nào cho các tháng này.</translation>
    </message>
    <message>
        <source>The last {count} months are shown; the table has them all.</source>
        <translation>Biểu đồ cho thấy {count} tháng gần nhất; bảng có đủ mọi tháng.</translation>
    </message>
    <message>
        <source>Months {first} – {last}.</source>
        <translation>Các tháng {first} – {last}.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Choices and chart</source>
        <translation>Lựa chọn và biểu đồ</translation>
    </message>
    <message>
        <source>Show the choices and the chart</source>
        <translation>Hiện các lựa chọn và biểu đồ</translation>
    </message>
    <message>
        <source>Hide the choices and the chart</source>
        <translation>Ẩn các lựa chọn và biểu đồ</translation>
    </message>
    <message>
        <source>The choices and the chart are shown.</source>
        <translation>Các lựa chọn và biểu đồ đã hiện.</translation>
    </message>
    <message>
        <source>The choices and the chart are hidden.</source>
        <translation>Đã ẩn các lựa chọn và biểu đồ.</translation>
    </message>
    <message>
        <source>Report choices and chart</source>
        <translation>Lựa chọn và biểu đồ của báo cáo</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Learner group</source>
        <translation>Nhóm người học</translation>
    </message>
    <message>
        <source>Lesson area</source>
        <translation>Lĩnh vực bài học</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Digital competence</source>
        <translation>Năng lực số</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Người học</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>Bài đã xong</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Chứng nhận</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Lượt tham dự</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Giờ tình nguyện</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Chia theo</translation>
    </message>
    <message>
        <source>Split by: {what}</source>
        <translation>Chia theo: {what}</translation>
    </message>
    <message>
        <source>The report&apos;s figures, one row per line; the last line is the total.</source>
        <translation>Số liệu của báo cáo, mỗi dòng một hàng; dòng cuối là tổng.</translation>
    </message>
    <message>
        <source>Report choices</source>
        <translation>Lựa chọn cho báo cáo</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>Chỉ tính</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Mọi phường/xã</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Từ tháng</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Từ đầu</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Đến tháng</translation>
    </message>
    <message>
        <source>Up to now</source>
        <translation>Đến nay</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Bảng số liệu</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>{rows} row(s), made {date}</source>
        <translation>{rows} dòng, lập ngày {date}</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Không lập được báo cáo.</translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Lưu báo cáo thành:</translation>
    </message>
    <message>
        <source>Save the report as a {kind} file</source>
        <translation>Lưu báo cáo thành tệp {kind}</translation>
    </message>
    <message>
        <source>report-{date}</source>
        <translation>bao-cao-{date}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <source>The report could not be saved there.</source>
        <translation>Không lưu được báo cáo vào chỗ đó.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
</context>
<context>
    <name>RetirePanel</name>
    <message>
        <source>Retire the chosen computer…</source>
        <translation>Thu hồi máy đã chọn…</translation>
    </message>
    <message>
        <source>Yes, retire it</source>
        <translation>Đồng ý thu hồi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Retire {name}? Do this only for a computer that was lost, stolen or replaced. Its records so far stay; records it makes later, and certificates it issues after today, will never count, here and on every computer that trusts this one. This cannot be undone.</source>
        <translation>Thu hồi {name}? Chỉ làm việc này với máy bị mất, bị lấy cắp hoặc đã thay thế. Các bản ghi đến nay vẫn được giữ; các bản ghi máy đó tạo sau này và giấy chứng nhận nó cấp sau hôm nay sẽ không bao giờ được tính, ở đây và trên mọi máy tin máy này. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>{name} is retired. Other computers learn it from this computer’s next sync file.</source>
        <translation>Đã thu hồi {name}. Các máy khác sẽ biết qua tệp đồng bộ tiếp theo của máy này.</translation>
    </message>
</context>
<context>
    <name>SamePersonPanel</name>
    <message>
        <source>, born {year}</source>
        <translation>, sinh năm {year}</translation>
    </message>
    <message>
        <source>, {ward}</source>
        <translation>, {ward}</translation>
    </message>
</context>
<context>
    <name>SessionChoice</name>
    <message>
        <source>People at the session of {date}: {topic}</source>
        <translation>Những người dự buổi học ngày {date}: {topic}</translation>
    </message>
</context>
<context>
    <name>SessionFormPage</name>
    <message>
        <source>‹  Sessions</source>
        <translation>‹  Buổi học</translation>
    </message>
    <message>
        <source>Back to the list of sessions</source>
        <translation>Quay lại danh sách buổi học</translation>
    </message>
    <message>
        <source>Record a teaching session</source>
        <translation>Ghi một buổi học</translation>
    </message>
    <message>
        <source>Correct a teaching session</source>
        <translation>Sửa buổi học</translation>
    </message>
    <message>
        <source>Date (day/month/year)</source>
        <translation>Ngày (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>For example: Nhà văn hoá tổ 5</source>
        <translation>Ví dụ: Nhà văn hoá tổ 5</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>For example: Cài và đăng nhập VNeID</source>
        <translation>Ví dụ: Cài và đăng nhập VNeID</translation>
    </message>
    <message>
        <source>Lesson area</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>No particular area</source>
        <translation>Không theo chủ đề nào</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Who came? Tick each person.</source>
        <translation>Ai đã đến? Đánh dấu từng người.</translation>
    </message>
    <message>
        <source>Learners who came</source>
        <translation>Những người đã đến</translation>
    </message>
    <message>
        <source>Name of someone new</source>
        <translation>Tên người mới</translation>
    </message>
    <message>
        <source>Name of a new learner who came</source>
        <translation>Tên một người học mới đã đến</translation>
    </message>
    <message>
        <source>Add and tick</source>
        <translation>Thêm và đánh dấu</translation>
    </message>
    <message>
        <source>Add this new learner and tick them</source>
        <translation>Thêm người học mới này và đánh dấu</translation>
    </message>
    <message>
        <source>Session form</source>
        <translation>Thông tin buổi học</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Lưu buổi học</translation>
    </message>
    <message>
        <source>{count} people ticked.</source>
        <translation>Đã đánh dấu {count} người.</translation>
    </message>
    <message>
        <source>Type the new person&apos;s name first (at most 80 letters).</source>
        <translation>Trước hết gõ tên người mới (tối đa 80 chữ).</translation>
    </message>
    <message>
        <source>The date is not right. Write it as day/month/year, for example 14/03/2025.</source>
        <translation>Ngày chưa đúng. Viết theo ngày/tháng/năm, ví dụ 14/03/2025.</translation>
    </message>
    <message>
        <source>Please type where the session was.</source>
        <translation>Bạn hãy gõ địa điểm buổi học.</translation>
    </message>
    <message>
        <source>Please type what the session was about.</source>
        <translation>Bạn hãy gõ nội dung buổi học.</translation>
    </message>
    <message>
        <source>Please type the volunteer&apos;s name.</source>
        <translation>Bạn hãy gõ tên tình nguyện viên.</translation>
    </message>
    <message>
        <source>Please type how many minutes it lasted (1 to 600).</source>
        <translation>Bạn hãy gõ buổi học kéo dài bao nhiêu phút (1 đến 600).</translation>
    </message>
    <message>
        <source>Tick at least one person who came.</source>
        <translation>Đánh dấu ít nhất một người đã đến.</translation>
    </message>
    <message>
        <source>The session could not be saved: {reason}</source>
        <translation>Không lưu được buổi học: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Topic and place</source>
        <translation>Nội dung và địa điểm</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>{topic} · corrected</source>
        <translation>{topic} · đã sửa</translation>
    </message>
    <message>
        <source>{minutes} minutes, {count} people</source>
        <translation>{minutes} phút, {count} người</translation>
    </message>
</context>
<context>
    <name>SessionWithdrawPage</name>
    <message>
        <source>‹  Keep and go back</source>
        <translation>‹  Không xoá, quay lại</translation>
    </message>
    <message>
        <source>Do not remove: back to the list of sessions</source>
        <translation>Không xoá: quay lại danh sách buổi học</translation>
    </message>
    <message>
        <source>Remove the session of {date} at {place}?</source>
        <translation>Xoá buổi học ngày {date} ở {place}?</translation>
    </message>
    <message>
        <source>Topic: “{topic}”. People who came: {count}.</source>
        <translation>Nội dung: “{topic}”. Số người đến: {count}.</translation>
    </message>
    <message>
        <source>Removing it takes it out of the list of sessions, out of each learner&apos;s story and out of the coordinator&apos;s reports.</source>
        <translation>Khi xoá, buổi học này không còn trong danh sách buổi học, trong quá trình học của từng người và trong báo cáo của điều phối viên.</translation>
    </message>
    <message>
        <source>The removal goes out with the next sync file, so the other computers and the coordinator remove it too.</source>
        <translation>Việc xoá được gửi đi trong tệp đồng bộ tiếp theo, nên các máy khác và điều phối viên cũng xoá buổi học này.</translation>
    </message>
    <message>
        <source>This cannot be undone. If only something in it is wrong, go back and choose “Correct” instead.</source>
        <translation>Không thể khôi phục. Nếu chỉ có chỗ ghi sai, hãy quay lại và chọn “Sửa”.</translation>
    </message>
    <message>
        <source>What removing a session means</source>
        <translation>Xoá buổi học nghĩa là gì</translation>
    </message>
    <message>
        <source>Keep this session</source>
        <translation>Giữ buổi học này</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Xoá hẳn</translation>
    </message>
    <message>
        <source>Remove the session of {date} at {place} for good</source>
        <translation>Xoá hẳn buổi học ngày {date} ở {place}</translation>
    </message>
    <message>
        <source>The session could not be removed: {reason}</source>
        <translation>Không xoá được buổi học: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Teaching sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Các buổi học đã ghi</translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation>Chưa ghi buổi học nào.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Xoá buổi học</translation>
    </message>
    <message>
        <source>Save who came…</source>
        <translation>Lưu danh sách dự…</translation>
    </message>
    <message>
        <source>Record a session  ›</source>
        <translation>Ghi buổi học  ›</translation>
    </message>
    <message>
        <source>Record a new teaching session</source>
        <translation>Ghi một buổi học mới</translation>
    </message>
    <message>
        <source>Correct the session of {date} at {place}</source>
        <translation>Sửa buổi học ngày {date} ở {place}</translation>
    </message>
    <message>
        <source>Remove the session of {date} at {place}</source>
        <translation>Xoá buổi học ngày {date} ở {place}</translation>
    </message>
    <message>
        <source>Save who came to the session of {date} at {place}, as a spreadsheet</source>
        <translation>Lưu danh sách người dự buổi học ngày {date} ở {place} thành bảng tính</translation>
    </message>
    <message>
        <source>Save who came</source>
        <translation>Lưu danh sách người dự</translation>
    </message>
    <message>
        <source>attendance-{date}.xlsx</source>
        <translation>danh-sach-du-{date}.xlsx</translation>
    </message>
    <message>
        <source>The list could not be saved: {reason}</source>
        <translation>Không lưu được danh sách: {reason}</translation>
    </message>
    <message>
        <source>Saved who came to the session of {date} in {path}.</source>
        <translation>Đã lưu danh sách người dự buổi học ngày {date} vào {path}.</translation>
    </message>
</context>
<context>
    <name>SessionsTool</name>
    <message>
        <source>Saved: “{topic}” with {count} people.</source>
        <translation>Đã lưu buổi học “{topic}” với {count} người.</translation>
    </message>
    <message>
        <source>Corrected: the session of {date}, “{topic}” with {count} people.</source>
        <translation>Đã sửa buổi học ngày {date}: “{topic}” với {count} người.</translation>
    </message>
    <message>
        <source>Removed: the session of {date} at {place}.</source>
        <translation>Đã xoá buổi học ngày {date} ở {place}.</translation>
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
        <source>This is how the volunteer tools will look.</source>
        <translation>Các công cụ tình nguyện viên sẽ hiện như thế này.</translation>
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
        <source>Clear what was typed</source>
        <translation>Xoá chữ đã gõ</translation>
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
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Volunteer tools (needs a PIN)</source>
        <translation>Công cụ tình nguyện viên (cần mã PIN)</translation>
    </message>
    <message>
        <source>I have a card</source>
        <translation>Tôi có thẻ</translation>
    </message>
    <message>
        <source>I have a learner card: open my lessons with its code</source>
        <translation>Tôi có thẻ học viên: mở bài học của tôi bằng mã trên thẻ</translation>
    </message>
    <message>
        <source>Born {year}</source>
        <translation>Sinh năm {year}</translation>
    </message>
    <message>
        <source>Learning: {lesson}</source>
        <translation>Đang học: {lesson}</translation>
    </message>
    <message>
        <source>Last here on {date}</source>
        <translation>Học lần cuối ngày {date}</translation>
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
<context>
    <name>TimelinePage</name>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Back to the screen before</source>
        <translation>Quay lại màn hình trước</translation>
    </message>
    <message>
        <source>The story of {name}</source>
        <translation>Quá trình học của {name}</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Quá trình học</translation>
    </message>
    <message>
        <source>Joined.</source>
        <translation>Bắt đầu tham gia.</translation>
    </message>
    <message>
        <source>Details corrected.</source>
        <translation>Sửa thông tin cá nhân.</translation>
    </message>
    <message>
        <source>A second record of this person was made.</source>
        <translation>Một hồ sơ thứ hai của người này được tạo.</translation>
    </message>
    <message>
        <source>The second record was joined into this one; its progress was kept.</source>
        <translation>Hồ sơ thứ hai được gộp vào hồ sơ này; tiến độ học vẫn được giữ.</translation>
    </message>
    <message>
        <source>The join was undone: this record stands on its own again.</source>
        <translation>Việc gộp đã được hoàn tác: hồ sơ này lại đứng riêng.</translation>
    </message>
    <message>
        <source>Came to a class on “{topic}” at {place} with {volunteer} ({minutes} minutes).</source>
        <translation>Dự buổi học “{topic}” tại {place} với {volunteer} ({minutes} phút).</translation>
    </message>
    <message>
        <source>Received a certificate: {what}.</source>
        <translation>Nhận giấy chứng nhận: {what}.</translation>
    </message>
    <message>
        <source>{count} steps done (up to step {step} of {total})</source>
        <translation>làm xong {count} bước (tới bước {step} trên {total})</translation>
    </message>
    <message>
        <source>{count} wrong answers or taps</source>
        <translation>sai {count} lần</translation>
    </message>
    <message>
        <source>{count} hints</source>
        <translation>xem gợi ý {count} lần</translation>
    </message>
    <message>
        <source>Finished “{title}”</source>
        <translation>Học xong bài “{title}”</translation>
    </message>
    <message>
        <source>Worked on “{title}”</source>
        <translation>Học bài “{title}”</translation>
    </message>
</context>
<context>
    <name>ToolPage</name>
    <message>
        <source>‹  Volunteer tools</source>
        <translation>‹  Công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>‹  Back</source>
        <translation>‹  Quay lại</translation>
    </message>
    <message>
        <source>Back to the volunteer tools</source>
        <translation>Quay lại công cụ tình nguyện viên</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>This computer’s fingerprint: {fingerprint}</source>
        <translation>Mã nhận diện của máy này: {fingerprint}</translation>
    </message>
    <message>
        <source>If this computer is a coordinator: on each ward computer, type this fingerprint once under “Trust a coordinator”. Those computers then learn from your sync files which computers you know and which you retired.</source>
        <translation>Nếu máy này là máy của điều phối viên: trên mỗi máy phường, nhập mã này một lần ở mục “Tin một điều phối viên”. Từ đó các máy ấy biết qua tệp đồng bộ của máy này những máy nó đã biết và những máy nó đã thu hồi.</translation>
    </message>
    <message>
        <source>Trust a coordinator</source>
        <translation>Tin một điều phối viên</translation>
    </message>
    <message>
        <source>The coordinator’s fingerprint, 16 letters and digits</source>
        <translation>Mã nhận diện của điều phối viên, 16 chữ và số</translation>
    </message>
    <message>
        <source>Trust this coordinator</source>
        <translation>Tin điều phối viên này</translation>
    </message>
    <message>
        <source>QR code of this computer’s fingerprint</source>
        <translation>Mã QR của mã nhận diện máy này</translation>
    </message>
    <message>
        <source>Make a new key for this computer…</source>
        <translation>Tạo khóa mới cho máy này…</translation>
    </message>
    <message>
        <source>Make a new key only if this computer’s key may have been copied (the computer was repaired elsewhere, or a copy of its data folder was lost). The fingerprint changes; computers that trust this one follow by themselves with its next sync file.</source>
        <translation>Chỉ tạo khóa mới khi khóa của máy này có thể đã bị sao chép (máy được sửa ở nơi khác, hoặc mất một bản sao thư mục dữ liệu). Mã nhận diện sẽ đổi; các máy đang tin máy này sẽ tự chuyển theo khi nhập tệp đồng bộ tiếp theo của máy này.</translation>
    </message>
    <message>
        <source>Yes, make a new key</source>
        <translation>Đồng ý tạo khóa mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This computer has a new key. Its fingerprint is now {fingerprint}: give it to the computers that will trust this one from now on.</source>
        <translation>Máy này đã có khóa mới. Mã nhận diện mới là {fingerprint}: đưa mã này cho các máy sẽ tin máy này từ nay.</translation>
    </message>
    <message>
        <source>This computer trusts no coordinator yet.</source>
        <translation>Máy này chưa tin điều phối viên nào.</translation>
    </message>
    <message>
        <source>Trusted coordinators: {names}</source>
        <translation>Điều phối viên được tin: {names}</translation>
    </message>
    <message>
        <source>This computer now trusts the coordinator {fingerprint}. Their list applies from their next sync file imported here.</source>
        <translation>Máy này đã tin điều phối viên {fingerprint}. Danh sách của họ có hiệu lực từ tệp đồng bộ tiếp theo của họ được nhập vào đây.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>Hold the certificate up to the camera, with its QR code inside the square.</source>
        <translation>Đưa giấy chứng nhận lên trước webcam, để mã QR nằm trong khung vuông.</translation>
    </message>
    <message>
        <source>You can type the code or choose the PDF instead.</source>
        <translation>Bạn cũng có thể gõ mã hoặc chọn tệp PDF.</translation>
    </message>
    <message>
        <source>Certificate number or code</source>
        <translation>Số chứng nhận hoặc mã</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Kiểm tra mã</translation>
    </message>
    <message>
        <source>Choose a PDF…</source>
        <translation>Chọn tệp PDF…</translation>
    </message>
    <message>
        <source>Check a certificate PDF file</source>
        <translation>Kiểm tra một tệp PDF giấy chứng nhận</translation>
    </message>
    <message>
        <source>Show the QR code</source>
        <translation>Đưa mã QR lên webcam</translation>
    </message>
    <message>
        <source>Or type the code</source>
        <translation>Hoặc gõ mã</translation>
    </message>
    <message>
        <source>FE5RDMP2, or the code under the QR: KBFFM R2GIV …</source>
        <translation>FE5RDMP2, hoặc mã dưới mã QR: KBFFM R2GIV …</translation>
    </message>
    <message>
        <source>Type the certificate number printed large on it (8 letters and digits), or the code printed under the QR code (groups of five letters and digits; spaces and small letters do not matter).</source>
        <translation>Gõ số chứng nhận in to trên giấy (8 chữ cái và chữ số), hoặc mã in dưới mã QR (các nhóm 5 chữ cái và chữ số; có dấu cách hay viết thường đều được).</translation>
    </message>
    <message>
        <source>This is neither a certificate number nor a certificate code. The number is 8 letters and digits printed large on the certificate, for example FE5RDMP2; the code under the QR code is groups of five letters and digits.</source>
        <translation>Đây không phải số chứng nhận, cũng không phải mã của giấy chứng nhận. Số chứng nhận gồm 8 chữ cái và chữ số in to trên giấy, ví dụ FE5RDMP2; mã dưới mã QR gồm các nhóm 5 chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>This computer holds no certificate number {number}. Hold its QR code to the camera, or import the sync files of the computer that issued it first.</source>
        <translation>Máy này không có giấy chứng nhận số {number}. Hãy đưa mã QR trên giấy lên trước camera, hoặc nhập trước tệp đồng bộ của máy đã cấp giấy.</translation>
    </message>
    <message>
        <source>Certificate {number} was issued. Compare with the paper:</source>
        <translation>Có giấy chứng nhận số {number}. Hãy so với tờ giấy:</translation>
    </message>
    <message>
        <source>This QR code is not a certificate. Show the QR code printed on the certificate.</source>
        <translation>Mã QR này không phải giấy chứng nhận. Bạn hãy đưa mã QR in trên giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Choose a certificate PDF</source>
        <translation>Chọn tệp PDF giấy chứng nhận</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Không đọc được tệp: {reason}</translation>
    </message>
    <message>
        <source>{device}, this computer</source>
        <translation>{device}, chính máy này</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Họ và tên: {name}</translation>
    </message>
    <message>
        <source>Completed: {what}</source>
        <translation>Đã hoàn thành: {what}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Ngày cấp: {date}</translation>
    </message>
    <message>
        <source>Ward: {ward}</source>
        <translation>Phường, xã: {ward}</translation>
    </message>
    <message>
        <source>Issued by computer: {device}</source>
        <translation>Máy cấp: {device}</translation>
    </message>
    <message>
        <source>Certificate number: {id}</source>
        <translation>Số chứng nhận: {id}</translation>
    </message>
</context>
<context>
    <name>VolunteerHome</name>
    <message>
        <source>Volunteer tools – {name}</source>
        <translation>Công cụ tình nguyện viên – {name}</translation>
    </message>
    <message>
        <source>‹  Leave volunteer mode</source>
        <translation>‹  Thoát chế độ tình nguyện viên</translation>
    </message>
    <message>
        <source>Leave volunteer mode: back to “Who is learning?”</source>
        <translation>Thoát chế độ tình nguyện viên: quay về màn hình “Ai đang học?”</translation>
    </message>
    <message>
        <source>You are signed in as a coordinator. Choose what to do.</source>
        <translation>Bạn đang dùng máy với vai trò điều phối viên. Chọn việc cần làm.</translation>
    </message>
    <message>
        <source>You are signed in as a volunteer. Choose what to do.</source>
        <translation>Bạn đang dùng máy với vai trò tình nguyện viên. Chọn việc cần làm.</translation>
    </message>
    <message>
        <source>Volunteer tools</source>
        <translation>Công cụ tình nguyện viên</translation>
    </message>
    <message>
        <source>Open a learner from their card</source>
        <translation>Mở người học bằng thẻ</translation>
    </message>
    <message>
        <source>Open a learner by typing the code on their learner card</source>
        <translation>Mở người học bằng cách gõ mã trên thẻ học viên</translation>
    </message>
    <message>
        <source>Settings and city store</source>
        <translation>Cài đặt và kho thành phố</translation>
    </message>
    <message>
        <source>Your own text size, colours and language for these tools, and the city store&apos;s address</source>
        <translation>Cỡ chữ, màu sắc, ngôn ngữ của riêng mình cho các công cụ này, và địa chỉ kho dữ liệu thành phố</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Cỡ chữ và màu</translation>
    </message>
    <message>
        <source>Your own text size, colours and language for these tools</source>
        <translation>Cỡ chữ, màu và ngôn ngữ riêng của bạn cho các công cụ này</translation>
    </message>
</context>
<context>
    <name>VolunteerTools</name>
    <message>
        <source>Learners</source>
        <translation>Người học</translation>
    </message>
    <message>
        <source>Progress at a glance</source>
        <translation>Tiến độ học</translation>
    </message>
    <message>
        <source>Teaching sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Learner cards</source>
        <translation>Thẻ học viên</translation>
    </message>
    <message>
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Volunteer accounts</source>
        <translation>Tài khoản tình nguyện viên</translation>
    </message>
</context>
</TS>
