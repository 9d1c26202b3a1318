<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="139" />
        <source>Set up the support point</source>
        <translation>Thiết lập điểm hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="141" />
        <source>This support point has no accounts yet. Create the administrator account.</source>
        <translation>Điểm hỗ trợ này chưa có tài khoản nào. Hãy tạo tài khoản quản trị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="147" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="148" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="308" />
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="312" />
        <source>&amp;Username</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="312" />
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="313" />
        <source>Pass&amp;word</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="313" />
        <source>Password &amp;again</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="317" />
        <source>Username: letters without accents, digits, . - or _ (2 to 32). Password: at least {min} characters. Write the password down and keep it safe: nobody can read it back, not even the province.</source>
        <translation>Tên đăng nhập: chữ không dấu, số, dấu . - hoặc _ (từ 2 đến 32 ký tự). Mật khẩu: ít nhất {min} ký tự. Hãy ghi mật khẩu ra giấy và cất giữ cẩn thận: không ai đọc lại được, kể cả tỉnh.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="349" />
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="350" />
        <source>The administrator adds the operators' accounts and manages the point.</source>
        <translation>Người quản trị tạo tài khoản cho nhân viên và quản lý điểm hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/ui/app.py" line="166" />
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../desktop/ui/backup_scheduler.py" line="83" />
        <source>Disk nearly full: {free} free</source>
        <translation>Ổ đĩa sắp đầy: còn trống {free}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/backup_scheduler.py" line="95" />
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Sao lưu và khôi phục…</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../desktop/ui/checkin.py" line="111" />
        <source>← Trainings</source>
        <translation>← Danh sách lớp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="112" />
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="113" />
        <source>Type part of a name, accents not needed…</source>
        <translation>Gõ một phần tên, không cần dấu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="114" />
        <source>New person…</source>
        <translation>Thêm người mới…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="115" />
        <source>Take back the check-in</source>
        <translation>Bỏ điểm danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="128" />
        <source>Check-in: {title}</source>
        <translation>Điểm danh: {title}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="147" />
        <source>Day {n} — {date}</source>
        <translation>Ngày {n} — {date}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="189" />
        <source>checked in</source>
        <translation>đã điểm danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="196" />
        <source>No one registered is called “{text}”. Check the spelling or add a new person.</source>
        <translation>Chưa có ai tên “{text}” trong danh sách. Kiểm tra lại cách viết hoặc thêm người mới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="225" />
        <source>✓ Checked in: {name}</source>
        <translation>✓ Đã điểm danh: {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="227" />
        <source>{name} is already checked in for this day.</source>
        <translation>{name} đã điểm danh ngày này rồi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="258" />
        <source>(erased person)</source>
        <translation>(người đã bị xóa)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="262" />
        <source>Checked in: {count}</source>
        <translation>Đã điểm danh: {count}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/checkin.py" line="276" />
        <source>Check-in taken back.</source>
        <translation>Đã bỏ điểm danh.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="400" />
        <source>Type the hub address the province gave you; it starts with http:// or https://.</source>
        <translation>Hãy nhập địa chỉ máy chủ tỉnh đã cấp; địa chỉ bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="409" />
        <source>Connect to the province</source>
        <translation>Kết nối với tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="410" />
        <source>The point sends its figures to the province hub and receives documents from it. It works without the network too.</source>
        <translation>Điểm hỗ trợ gửi số liệu lên máy chủ của tỉnh và nhận tài liệu từ tỉnh. Khi không có mạng, điểm vẫn làm việc bình thường.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="413" />
        <source>Join the province &amp;network now</source>
        <translation>Tham gia &amp;mạng lưới của tỉnh ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="414" />
        <source>You have the hub address and the one-time code the province gave you (for example read over the phone).</source>
        <translation>Bạn đã có địa chỉ máy chủ và mã đăng ký dùng một lần do tỉnh cấp (ví dụ được đọc qua điện thoại).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="416" />
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="417" />
        <source>Work without the network for now. Join later on the Sync page ("Join the province network").</source>
        <translation>Làm việc không cần mạng trước. Tham gia sau ở trang Đồng bộ (nút "Tham gia mạng lưới của tỉnh").</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="419" />
        <source>&amp;Recover this point from the province</source>
        <translation>&amp;Khôi phục điểm này từ tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="420" />
        <source>This PC replaces the point's old PC (broken or lost). Use the same point code; the province gives a new code, and the point's records come back from the province.</source>
        <translation>Máy này thay cho máy cũ của điểm (bị hỏng hoặc mất). Dùng đúng mã điểm cũ; tỉnh cấp một mã đăng ký mới, và dữ liệu của điểm được lấy lại từ tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="427" />
        <source>Given by the province (to join now or to recover)</source>
        <translation>Do tỉnh cấp (để tham gia ngay hoặc để khôi phục)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="428" />
        <source>Province hub &amp;address:</source>
        <translation>&amp;Địa chỉ máy chủ tỉnh:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="429" />
        <source>One-time &amp;code:</source>
        <translation>Mã đăng &amp;ký dùng một lần:</translation>
    </message>
</context>
<context>
    <name>ConsentNoticeDialog</name>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="55" />
        <source>Notice about personal data</source>
        <translation>Thông báo về dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="64" />
        <source>The person agrees</source>
        <translation>Người này đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="69" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/ui/crash.py" line="25" />
        <source>Something went wrong in the program. Data already saved is still safe.</source>
        <translation>Đã có lỗi trong chương trình. Dữ liệu đã lưu vẫn an toàn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="29" />
        <source>An error report was saved at {path}.</source>
        <translation>Báo cáo lỗi đã được lưu tại {path}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="32" />
        <source>You can keep working; if the problem comes back, send the report to the support team.</source>
        <translation>Bạn có thể tiếp tục làm việc; nếu lỗi lặp lại, hãy gửi báo cáo này cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="88" />
        <source>An error occurred</source>
        <translation>Đã có lỗi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/crash.py" line="92" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="48" />
        <source>Join the province network</source>
        <translation>Tham gia mạng lưới của tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="52" />
        <source>Type the address of the province hub and the one-time code the province gave you (16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS).</source>
        <translation>Nhập địa chỉ máy chủ của tỉnh và mã dùng một lần mà tỉnh đã cấp (16 chữ và số, ví dụ ABCD-EFGH-JKMN-PQRS).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="59" />
        <source>Province hub address:</source>
        <translation>Địa chỉ máy chủ tỉnh:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="60" />
        <source>One-time code:</source>
        <translation>Mã dùng một lần:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="62" />
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="63" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="83" />
        <source>Type the hub address the province gave you; it starts with http:// or https://.</source>
        <translation>Hãy nhập địa chỉ máy chủ mà tỉnh đã cấp; địa chỉ bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="94" />
        <source>Connecting to the province hub…</source>
        <translation>Đang kết nối với máy chủ tỉnh…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="105" />
        <source>Done: point {point} ({name}) has joined the province hub at {hub}. The data will now be synced automatically.</source>
        <translation>Xong: điểm {point} ({name}) đã tham gia máy chủ tỉnh tại {hub}. Từ nay dữ liệu sẽ được đồng bộ tự động.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="111" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="88" />
        <source>Erase a person's data</source>
        <translation>Xóa dữ liệu của một người</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="90" />
        <source>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; will be erased for good: name, birth year, ethnicity, village, group and phone. This cannot be undone.&lt;/p&gt;&lt;p&gt;The erasure is also sent to the province at the next sync, and removed there too.&lt;/p&gt;&lt;p&gt;Trainings they attended keep counting one participant, without a name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{name}&lt;/b&gt; sẽ bị xóa vĩnh viễn: họ tên, năm sinh, dân tộc, thôn/bản, đối tượng và số điện thoại. Việc này không thể hoàn tác.&lt;/p&gt;&lt;p&gt;Lệnh xóa cũng được gửi lên tỉnh ở lần đồng bộ tới và dữ liệu bị xóa cả ở đó.&lt;/p&gt;&lt;p&gt;Các lớp người này đã dự vẫn tính một học viên, không có tên.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="96" />
        <source>The person asked to be erased, and I understand it is permanent</source>
        <translation>Người này đã yêu cầu xóa, và tôi hiểu việc xóa là vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="99" />
        <source>Erase permanently</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="35" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="36" />
        <source>Sent to the province</source>
        <translation>Đã gửi lên tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="37" />
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="55" />
        <source>(voice message)</source>
        <translation>(ý kiến bằng giọng nói)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="59" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="62" />
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Village</source>
        <translation>Thôn/bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="60" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="61" />
        <source>Opinion</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="162" />
        <source>Opinions of the people</source>
        <translation>Ý kiến người dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="163" />
        <source>Record an opinion</source>
        <translation>Ghi ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Opinion *</source>
        <translation>Ý kiến *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="165" />
        <source>Name (optional)</source>
        <translation>Họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="168" />
        <source>What the person wants to say, in their words</source>
        <translation>Điều người dân muốn nói, ghi theo lời của họ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="170" />
        <source>Leave empty to keep the opinion anonymous</source>
        <translation>Để trống nếu người dân muốn giấu tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="171" />
        <source>The person agrees that their name is recorded</source>
        <translation>Người này đồng ý ghi tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="172" />
        <source>Save the opinion</source>
        <translation>Lưu ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="175" />
        <source>All opinions</source>
        <translation>Tất cả ý kiến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="208" />
        <source>Saved. It goes to the province at the next sync.</source>
        <translation>Đã lưu. Ý kiến sẽ được gửi lên tỉnh ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="238" />
        <source>Choose an opinion to read it and the province's answer.</source>
        <translation>Chọn một ý kiến để xem nội dung và trả lời của tỉnh.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="241" />
        <source>anonymous</source>
        <translation>giấu tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="244" />
        <source>{status} · received {time} · from {who}</source>
        <translation>{status} · nhận lúc {time} · người gửi: {who}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="247" />
        <source>The province's answer</source>
        <translation>Trả lời của tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/feedback_page.py" line="252" />
        <source>No answer from the province yet.</source>
        <translation>Tỉnh chưa trả lời.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../desktop/ui/fieldform.py" line="169" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="348" />
        <source>This kind of file cannot be shown here.</source>
        <translation>Không hiển thị được loại tệp này ở đây.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="115" />
        <source>Set up the support point</source>
        <translation>Thiết lập điểm hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="117" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="118" />
        <location filename="../desktop/ui/first_run.py" line="119" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="120" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="121" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="102" />
        <source>Earlier versions of the visit</source>
        <translation>Các phiên bản trước của lượt phục vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="103" />
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="112" />
        <source>Until {time}</source>
        <translation>Đến {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="113" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/ui/home.py" line="25" />
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="26" />
        <source>Visits today</source>
        <translation>Lượt phục vụ hôm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="27" />
        <source>Visits this month</source>
        <translation>Lượt phục vụ tháng này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="28" />
        <source>Trainings this year</source>
        <translation>Lớp tập huấn năm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="29" />
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="30" />
        <source>Opinions not yet answered</source>
        <translation>Ý kiến chưa trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="31" />
        <source>Last sync with the province</source>
        <translation>Đồng bộ với tỉnh lần cuối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="170" />
        <source>Point code: {code}</source>
        <translation>Mã điểm: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="173" />
        <source>{place} · point code {code}</source>
        <translation>{place} · mã điểm {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="180" />
        <source>Demo data: these are not real figures</source>
        <translation>Dữ liệu mẫu: đây không phải số liệu thật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="185" />
        <source>Languages of the library:</source>
        <translation>Ngôn ngữ trong thư viện:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="220" />
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="232" />
        <source>{title} was due on {date}: {days} days late. Make it on the Reports page.</source>
        <translation>{title} đã quá hạn nộp ngày {date}: chậm {days} ngày. Hãy lập báo cáo ở trang Báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="236" />
        <source>{title} is due on {date} ({days} days left). Make it on the Reports page.</source>
        <translation>{title} cần nộp trước ngày {date} (còn {days} ngày). Hãy lập báo cáo ở trang Báo cáo.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="203" />
        <source>This picture cannot be opened (damaged or unknown format).</source>
        <translation>Không mở được hình ảnh này (tệp bị hỏng hoặc không rõ định dạng).</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="136" />
        <source>Importing materials</source>
        <translation>Đang nhập tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="137" />
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="138" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="156" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_worker.py" line="169" />
        <source>Importing {n}: {name}</source>
        <translation>Đang nhập {n}: {name}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../desktop/ui/import_report.py" line="19" />
        <source>not a kind of file the library takes (PDF, pictures, MP3, WAV, OGG, M4A, MP4, text, HTML)</source>
        <translation>không phải loại tệp thư viện nhận (PDF, hình ảnh, MP3, WAV, OGG, M4A, MP4, văn bản, HTML)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="26" />
        <source>%n material(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n tài liệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="28" />
        <source>%n already in the library (not added twice).</source>
        <translation>
            <numerusform>%n tài liệu đã có trong thư viện (không thêm lại).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="32" />
        <source>%n file(s) not imported:</source>
        <translation>
            <numerusform>%n tệp không nhập được:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_report.py" line="34" />
        <source>Import cancelled. Nothing was left half-imported.</source>
        <translation>Đã hủy nhập. Không có tài liệu nào bị nhập dở dang.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/import_report.py" line="42" />
        <source>Import finished</source>
        <translation>Nhập tài liệu xong</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/import_report.py" line="47" />
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… và %n tệp khác (xem chi tiết).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskExitDialog</name>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="74" />
        <source>Leave kiosk mode: an operator's password is needed.</source>
        <translation>Thoát chế độ kiosk: cần mật khẩu của cán bộ vận hành.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="75" />
        <source>Leave kiosk mode</source>
        <translation>Thoát chế độ kiosk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="76" />
        <source>Leave kiosk</source>
        <translation>Thoát kiosk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="77" />
        <source>Stay</source>
        <translation>Ở lại</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="90" />
        <source>Kiosk</source>
        <translation>Kiosk tra cứu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="185" />
        <location filename="../desktop/ui/kiosk.py" line="335" />
        <source>All materials</source>
        <translation>Tất cả tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="325" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="326" />
        <source>Start screen</source>
        <translation>Về đầu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="327" />
        <source>Leave kiosk mode (operator password)</source>
        <translation>Thoát chế độ kiosk (mật khẩu cán bộ)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/kiosk.py" line="330" />
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ của bạn</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="145" />
        <source>Welcome</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="146" />
        <source>This computer has no support point yet. A few steps set it up.</source>
        <translation>Máy tính này chưa có điểm hỗ trợ. Chỉ cần vài bước để thiết lập.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="147" />
        <source>Choose the language of the app:</source>
        <translation>Chọn ngôn ngữ của ứng dụng:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="148" />
        <source>You can change it later in the Language menu.</source>
        <translation>Sau này có thể đổi trong trình đơn Ngôn ngữ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="149" />
        <source>The point's data will be kept in {folder}.</source>
        <translation>Dữ liệu của điểm sẽ được lưu ở {folder}.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/library_page.py" line="180" />
        <location filename="../desktop/ui/library_page.py" line="329" />
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="195" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="195" />
        <source>Withdraw</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="229" />
        <source>Delete material</source>
        <translation>Xóa tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="230" />
        <source>Delete “{title}”? Villagers and operators will no longer see it; the province keeps a record of the deletion.</source>
        <translation>Xóa “{title}”? Người dân và cán bộ sẽ không còn thấy tài liệu này; tỉnh vẫn lưu vết việc xóa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="241" />
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="250" />
        <source>Import files</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="251" />
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="257" />
        <source>Import a folder</source>
        <translation>Nhập cả thư mục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="268" />
        <location filename="../desktop/ui/library_page.py" line="277" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="269" />
        <source>Language of these files (a file named NAME.LANG.pdf, e.g. so-tay.bru.pdf, keeps its own):</source>
        <translation>Ngôn ngữ của các tệp này (tệp đặt tên dạng TÊN.MÃ.pdf, ví dụ so-tay.bru.pdf, giữ ngôn ngữ riêng):</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="277" />
        <source>An import is already running.</source>
        <translation>Đang có một lượt nhập tài liệu chạy.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="306" />
        <source>Library of materials</source>
        <translation>Thư viện tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="307" />
        <source>Search titles and text, with or without accents…</source>
        <translation>Tìm theo tên và nội dung, có dấu hoặc không dấu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="308" />
        <source>All kinds</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="308" />
        <source>All topics</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="309" />
        <source>All languages</source>
        <translation>Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="309" />
        <source>All audiences</source>
        <translation>Tất cả đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="323" />
        <source>Show withdrawn</source>
        <translation>Hiện cả tài liệu đã thu hồi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="324" />
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="324" />
        <source>Import a folder…</source>
        <translation>Nhập cả thư mục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="325" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="325" />
        <source>Edit details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_page.py" line="325" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login.py" line="32" />
        <location filename="../desktop/ui/login.py" line="56" />
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="50" />
        <source>&amp;Username</source>
        <translation>Tên đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="51" />
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/login.py" line="57" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="206" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="308" />
        <source>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Điểm hỗ trợ ứng dụng CNTT cấp xã&lt;/h3&gt;&lt;p&gt;Phiên bản {version}&lt;/p&gt;&lt;p&gt;Dành cho các điểm hỗ trợ đồng bào dân tộc thiểu số ứng dụng công nghệ thông tin ở các xã vùng đồng bào dân tộc thiểu số và miền núi.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: {folder}&lt;/p&gt;&lt;p&gt;Phông chữ: Noto Sans, Noto Sans Khmer, Cham và Tai Viet (Giấy phép SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="316" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="321" />
        <source>Commune IT support point</source>
        <translation>Điểm hỗ trợ CNTT cấp xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="323" />
        <source>DEMO DATA (demo)</source>
        <translation>DỮ LIỆU MẪU (demo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="327" />
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="327" />
        <source>operator</source>
        <translation>cán bộ vận hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="332" />
        <source>Point: {name} ({code})</source>
        <translation>Điểm: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="334" />
        <source>User: {name} ({role})</source>
        <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="338" />
        <source>Last sync: {time}</source>
        <translation>Đồng bộ lần cuối: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="338" />
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="340" />
        <source>Data: {folder}</source>
        <translation>Dữ liệu: {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="345" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="346" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="347" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="348" />
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="349" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="350" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="51" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="55" />
        <source>Visits</source>
        <translation>Lượt phục vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="56" />
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="57" />
        <source>Trainings</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/daily_pages.py" line="58" />
        <source>Opinions</source>
        <translation>Ý kiến người dân</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_entry.py" line="18" />
        <source>Library</source>
        <translation>Thư viện tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_entry.py" line="19" />
        <source>Kiosk mode</source>
        <translation>Chế độ kiosk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/library_entry.py" line="20" />
        <source>Full screen for villagers: materials only; an operator's password is needed to leave</source>
        <translation>Toàn màn hình cho người dân: chỉ có tài liệu; cần mật khẩu của cán bộ vận hành để thoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="352" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>MaterialDelegate</name>
    <message>
        <location filename="../desktop/ui/library_model.py" line="177" />
        <source>Withdrawn</source>
        <translation>Đã thu hồi</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../desktop/ui/material_dialog.py" line="35" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MaterialEditor</name>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="89" />
        <source>Material details</source>
        <translation>Thông tin tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="113" />
        <source>&amp;Title</source>
        <translation>&amp;Tên tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="114" />
        <source>&amp;Description</source>
        <translation>&amp;Mô tả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="115" />
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="117" />
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="117" />
        <source>For whom</source>
        <translation>Dành cho</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="123" />
        <source>&amp;Issued by</source>
        <translation>Cơ quan &amp;ban hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="124" />
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="125" />
        <source>Valid until</source>
        <translation>Có hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="128" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/material_editor.py" line="129" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MaterialView</name>
    <message>
        <location filename="../desktop/ui/bilingual.py" line="212" />
        <source>Side by side</source>
        <translation>Song song</translation>
    </message>
    <message>
        <location filename="../desktop/ui/bilingual.py" line="213" />
        <source>Show two language versions next to each other</source>
        <translation>Hiện hai phiên bản ngôn ngữ cạnh nhau</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../desktop/ui/media_player.py" line="130" />
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="131" />
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="135" />
        <source>This recording cannot be played (damaged or unknown format).</source>
        <translation>Không phát được bản ghi này (tệp bị hỏng hoặc không rõ định dạng).</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="128" />
        <source>Correct a participant</source>
        <translation>Sửa thông tin học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="128" />
        <source>New participant</source>
        <translation>Học viên mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="134" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="137" />
        <source>e.g. 1985</source>
        <translation>ví dụ 1985</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="143" />
        <source>Heard the notice and agrees</source>
        <translation>Đã nghe thông báo và đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="144" />
        <source>Read the notice…</source>
        <translation>Đọc thông báo…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="153" />
        <source>Already registered? Pick the person instead:</source>
        <translation>Đã có trong danh sách? Chọn người đó:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="158" />
        <source>Use this person</source>
        <translation>Dùng người này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="164" />
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="168" />
        <source>Sex *</source>
        <translation>Giới tính *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="169" />
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="170" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="171" />
        <source>Village</source>
        <translation>Thôn/bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="172" />
        <source>Group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="173" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="174" />
        <source>Consent</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participant_dialog.py" line="208" />
        <source>Agreed on {time}</source>
        <translation>Đã đồng ý lúc {time}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="32" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="33" />
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="34" />
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="35" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="37" />
        <source>Village</source>
        <translation>Thôn/bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="38" />
        <source>Group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="40" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="41" />
        <source>Consent</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="102" />
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="103" />
        <source>Search by name, with or without accents (e.g. lo van panh)</source>
        <translation>Tìm theo tên, có dấu hoặc không dấu (ví dụ lo van panh)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="104" />
        <source>New participant…</source>
        <translation>Thêm học viên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="105" />
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="106" />
        <source>Erase on request…</source>
        <translation>Xóa theo yêu cầu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="135" />
        <source>{found} found of {total}</source>
        <translation>Tìm thấy {found} trên {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="138" />
        <source>{total} people</source>
        <translation>{total} người</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="172" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="182" />
        <source>Corrected.</source>
        <translation>Đã sửa.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/participants_page.py" line="197" />
        <source>{name} was erased.</source>
        <translation>Đã xóa {name}.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="231" />
        <source>This PDF cannot be opened (damaged or protected).</source>
        <translation>Không mở được tệp PDF này (tệp bị hỏng hoặc được bảo vệ).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="245" />
        <source>Page {n} / {total}</source>
        <translation>Trang {n} / {total}</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="200" />
        <source>Pick the province from the list.</source>
        <translation>Hãy chọn tỉnh/thành phố trong danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="202" />
        <source>Pick the commune from the list.</source>
        <translation>Hãy chọn xã/phường trong danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="206" />
        <source>Where is the point?</source>
        <translation>Điểm hỗ trợ ở đâu?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="207" />
        <source>The province and the commune (xã, phường or đặc khu) of the support point.</source>
        <translation>Tỉnh/thành phố và xã (xã, phường hoặc đặc khu) của điểm hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="208" />
        <source>&amp;Province</source>
        <translation>&amp;Tỉnh/thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="209" />
        <source>&amp;Commune</source>
        <translation>&amp;Xã/phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="210" />
        <source>Type part of a name without accents, e.g. "ta leng", then pick it from the list.</source>
        <translation>Gõ một phần tên, không cần dấu, ví dụ "ta leng", rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="213" />
        <source>List of administrative units after 1 July 2025 ({provinces} provinces, {communes} communes), data dated {date}, from the statistics office's unit list via {source}.</source>
        <translation>Danh mục đơn vị hành chính sau ngày 1/7/2025 ({provinces} tỉnh/thành phố, {communes} xã/phường), dữ liệu ngày {date}, theo danh mục của cơ quan thống kê, qua {source}.</translation>
    </message>
</context>
<context>
    <name>PointPage</name>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="268" />
        <source>The support point</source>
        <translation>Điểm hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="269" />
        <source>Its name as people know it, and the code the province uses for it.</source>
        <translation>Tên quen gọi của điểm, và mã tỉnh dùng cho điểm.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="270" />
        <source>Point &amp;name</source>
        <translation>&amp;Tên điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="271" />
        <source>Point c&amp;ode</source>
        <translation>&amp;Mã điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_pages.py" line="273" />
        <source>Capital letters without accents, digits, - or _ (2 to 32). If the province gave you a code for this point, type that one.</source>
        <translation>Chữ in hoa không dấu, số, dấu - hoặc _ (từ 2 đến 32 ký tự). Nếu tỉnh đã cấp mã cho điểm này, hãy nhập đúng mã đó.</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="233" />
        <source>New visit</source>
        <translation>Lượt phục vụ mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="234" />
        <source>Press a purpose's number, then Enter. F/M for the sex; the other fields are optional.</source>
        <translation>Bấm số của nội dung hỗ trợ rồi Enter. F/M để chọn giới tính (nữ/nam); các ô khác không bắt buộc.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="236" />
        <source>Save (Enter)</source>
        <translation>Lưu (Enter)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="237" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>Hoàn tác lượt vừa lưu (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="266" />
        <source>Visit saved at {time} — Ctrl+Z to undo</source>
        <translation>Đã lưu lượt phục vụ lúc {time} — Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="283" />
        <source>Nothing left to undo.</source>
        <translation>Không còn lượt nào để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="285" />
        <source>The last visit was taken back.</source>
        <translation>Đã hoàn tác lượt phục vụ vừa lưu.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../desktop/ui/report_page.py" line="154" />
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="154" />
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="154" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="155" />
        <source>Custom range</source>
        <translation>Tùy chọn khoảng ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="159" />
        <source>Show report</source>
        <translation>Xem báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="160" />
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="161" />
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="162" />
        <source>Tables</source>
        <translation>Bảng số liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="163" />
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="165" />
        <source>Choose a period and press Show report.</source>
        <translation>Chọn kỳ báo cáo rồi bấm Xem báo cáo.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="198" />
        <source>Quarter {n}</source>
        <translation>Quý {n}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="200" />
        <source>First 6 months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="200" />
        <source>Last 6 months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="263" />
        <source>Counting…</source>
        <translation>Đang tổng hợp số liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="275" />
        <source>{period}: {start} to {end}.</source>
        <translation>{period}: từ {start} đến {end}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="279" />
        <source>There is no activity in this period.</source>
        <translation>Không có hoạt động nào trong kỳ này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="346" />
        <source>Visits</source>
        <translation>Lượt phục vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="387" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="387" />
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="388" />
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="397" />
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_page.py" line="401" />
        <source>Saved: {file}</source>
        <translation>Đã lưu: {file}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="40" />
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="43" />
        <source>Backups are made automatically once a day. Restoring replaces all the data with the chosen copy; the current data is kept aside first.</source>
        <translation>Bản sao lưu được tạo tự động mỗi ngày một lần. Khôi phục sẽ thay toàn bộ dữ liệu bằng bản đã chọn; dữ liệu hiện tại được cất riêng trước.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="47" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="47" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="47" />
        <source>Point</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="52" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="69" />
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="69" />
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="91" />
        <location filename="../desktop/ui/restore_dialog.py" line="103" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="93" />
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="94" />
        <source>All the data will be replaced by the copy of {date}. Work done since then is lost (the current data is kept aside in the backups folder). Continue?</source>
        <translation>Toàn bộ dữ liệu sẽ được thay bằng bản sao lưu lúc {date}. Những gì đã làm từ đó đến nay sẽ mất (dữ liệu hiện tại được cất riêng trong thư mục sao lưu). Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="107" />
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/restore_dialog.py" line="108" />
        <source>The backup was restored. The app will now close: please start it again.</source>
        <translation>Đã khôi phục bản sao lưu. Ứng dụng sẽ đóng lại: vui lòng mở lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="251" />
        <source>Ready: {name} ({code}).</source>
        <translation>Đã sẵn sàng: {name} ({code}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="252" />
        <source>Administrator: {username}. Log in with this name and the password you chose.</source>
        <translation>Người quản trị: {username}. Hãy đăng nhập bằng tên này và mật khẩu bạn đã chọn.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="254" />
        <source>Language: {language}.</source>
        <translation>Ngôn ngữ: {language}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="256" />
        <source>Not joined to the province yet. When you have the code, open the Sync page and press "Join the province network".</source>
        <translation>Chưa tham gia mạng lưới của tỉnh. Khi có mã, hãy mở trang Đồng bộ và bấm "Tham gia mạng lưới của tỉnh".</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="259" />
        <source>Joined the province hub at {hub}. The point syncs by itself while the network is up.</source>
        <translation>Đã tham gia máy chủ của tỉnh tại {hub}. Điểm tự đồng bộ khi có mạng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="263" />
        <source>Records recovered from the province: {visits} visits, {participants} participants, {trainings} trainings, {materials} documents.</source>
        <translation>Đã lấy lại từ tỉnh: {visits} lượt phục vụ, {participants} học viên, {trainings} lớp tập huấn, {materials} tài liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="269" />
        <source>The recovery stopped before the end: {reason} It continues at the next sync.</source>
        <translation>Việc khôi phục dừng trước khi xong: {reason} Lần đồng bộ sau sẽ làm tiếp.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="274" />
        <source>All done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="275" />
        <source>Press Finish to open the app.</source>
        <translation>Bấm Hoàn tất để mở ứng dụng.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="153" />
        <location filename="../desktop/ui/sync_page.py" line="318" />
        <source>Stopping after the current step…</source>
        <translation>Đang dừng sau bước hiện tại…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="190" />
        <source>Sync with the province</source>
        <translation>Đồng bộ với tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="191" />
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="192" />
        <source>Received by the province</source>
        <translation>Tỉnh đã nhận</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="193" />
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="194" />
        <source>Last attempt</source>
        <translation>Lần đồng bộ gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="195" />
        <source>Join the province network</source>
        <translation>Tham gia mạng lưới của tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="196" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="197" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="200" />
        <source>Reading the sync state…</source>
        <translation>Đang đọc trạng thái đồng bộ…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="205" />
        <source>This point has not joined the province network yet. Ask the province for a one-time code, then press the button below.</source>
        <translation>Điểm này chưa tham gia mạng lưới của tỉnh. Hãy xin tỉnh một mã dùng một lần, rồi bấm nút bên dưới.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="210" />
        <source>This point ({point}) is enrolled with the province hub at {url}.</source>
        <translation>Điểm này ({point}) đã đăng ký với máy chủ tỉnh tại {url}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="227" />
        <source>Next automatic sync in about %n minute(s).</source>
        <translation>
            <numerusform>Lần đồng bộ tự động tiếp theo sau khoảng %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="239" />
        <source>The province has received up to change no. {seq}</source>
        <translation>Tỉnh đã nhận đến thay đổi số {seq}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="242" />
        <source> (at {time})</source>
        <translation> (lúc {time})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="245" />
        <source>The province has not received anything from this point yet.</source>
        <translation>Tỉnh chưa nhận được gì từ điểm này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="247" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="249" />
        <source>Nothing is waiting: everything has been sent.</source>
        <translation>Không có gì đang chờ: mọi thay đổi đã được gửi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="257" />
        <source>This computer's clock is about %n minute(s) ahead of the province hub's.</source>
        <translation>
            <numerusform>Đồng hồ của máy tính này nhanh hơn đồng hồ máy chủ tỉnh khoảng %n phút.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/sync_page.py" line="260" />
        <source>This computer's clock is about %n minute(s) behind the province hub's.</source>
        <translation>
            <numerusform>Đồng hồ của máy tính này chậm hơn đồng hồ máy chủ tỉnh khoảng %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="263" />
        <source>Set the date and time of this computer correctly (Windows settings: Time &amp; language), otherwise the order of changes may be wrong.</source>
        <translation>Hãy chỉnh lại ngày giờ của máy tính này cho đúng (Cài đặt Windows: Thời gian và ngôn ngữ), nếu không thứ tự các thay đổi có thể bị sai.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="271" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="273" />
        <source>The province hub answers.</source>
        <translation>Máy chủ tỉnh đang trả lời.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="276" />
        <source>Not checked yet.</source>
        <translation>Chưa kiểm tra.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="281" />
        <source>No sync has been attempted yet.</source>
        <translation>Chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="286" />
        <source>{time}: successful. Sent {sent}, received {received} change(s).</source>
        <translation>{time}: thành công. Đã gửi {sent}, đã nhận {received} thay đổi.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="288" />
        <source>{time}: successful.</source>
        <translation>{time}: thành công.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="293" />
        <source>{time}: not successful.</source>
        <translation>{time}: không thành công.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="301" />
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="304" />
        <source>Connecting to the province hub</source>
        <translation>Đang kết nối với máy chủ tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="305" />
        <source>Sending changes</source>
        <translation>Đang gửi các thay đổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="306" />
        <source>Receiving from the province</source>
        <translation>Đang nhận dữ liệu từ tỉnh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="307" />
        <source>Transferring files</source>
        <translation>Đang truyền tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="308" />
        <source>Finishing</source>
        <translation>Đang hoàn tất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="188" />
        <source>Over the network</source>
        <translation>Qua mạng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync_page.py" line="189" />
        <source>By USB stick</source>
        <translation>Qua USB</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../desktop/ui/targets_view.py" line="92" />
        <source>Plan targets {year}</source>
        <translation>Chỉ tiêu kế hoạch năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/targets_view.py" line="93" />
        <source>No targets for {year} yet: the province sends them, or an administrator enters them.</source>
        <translation>Chưa có chỉ tiêu năm {year}: tỉnh gửi xuống, hoặc quản trị viên nhập.</translation>
    </message>
</context>
<context>
    <name>TextViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="319" />
        <source>This file cannot be read.</source>
        <translation>Không đọc được tệp này.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="66" />
        <source>Change a training</source>
        <translation>Sửa lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="66" />
        <source>New training</source>
        <translation>Lớp tập huấn mới</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="81" />
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="82" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="86" />
        <source>đồng, e.g. 15.000.000</source>
        <translation>đồng, ví dụ 15.000.000</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="101" />
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="102" />
        <source>Title *</source>
        <translation>Tên lớp *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="103" />
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="104" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="105" />
        <source>Trainers</source>
        <translation>Giảng viên, báo cáo viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="106" />
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="107" />
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="108" />
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="110" />
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/training_dialog.py" line="111" />
        <source>Target groups</source>
        <translation>Đối tượng</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="44" />
        <location filename="../desktop/ui/trainings_page.py" line="222" />
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="45" />
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="46" />
        <location filename="../desktop/ui/trainings_page.py" line="221" />
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="223" />
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="168" />
        <source>Trainings</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="172" />
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="174" />
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="177" />
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="177" />
        <source>Print sign-in sheet…</source>
        <translation>In danh sách ký tên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="178" />
        <source>Attach signed sheet…</source>
        <translation>Đính kèm bản ký…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="178" />
        <source>Open signed sheet</source>
        <translation>Mở bản ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="179" />
        <source>New training…</source>
        <translation>Thêm lớp…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="179" />
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="180" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="183" />
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="213" />
        <source>No training chosen.</source>
        <translation>Chưa chọn lớp nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="224" />
        <source>Trainers</source>
        <translation>Giảng viên, báo cáo viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="225" />
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="225" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="225" />
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="226" />
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="227" />
        <source>Target groups</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="229" />
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="230" />
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="231" />
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="231" />
        <source>{people} people (per day: {days})</source>
        <translation>{people} người (theo ngày: {days})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="233" />
        <source>Signed sheet</source>
        <translation>Bản ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="233" />
        <source>attached</source>
        <translation>đã đính kèm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="233" />
        <source>not yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="263" />
        <source>Delete the training?</source>
        <translation>Xóa lớp tập huấn?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="264" />
        <source>Delete “{title}” and its check-ins? They leave the lists and the counts.</source>
        <translation>Xóa “{title}” cùng dữ liệu điểm danh? Lớp sẽ không còn trong danh sách và số liệu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="292" />
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="293" />
        <source>Save the sign-in sheet</source>
        <translation>Lưu danh sách ký tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="294" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="299" />
        <source>Writing the sign-in sheet…</source>
        <translation>Đang tạo danh sách ký tên…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="303" />
        <source>The sheet could not be saved: {error}</source>
        <translation>Không lưu được danh sách: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="309" />
        <source>Sign-in sheet saved: {path}</source>
        <translation>Đã lưu danh sách ký tên: {path}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="322" />
        <source>Attach the signed sheet</source>
        <translation>Đính kèm bản ký</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="323" />
        <source>Photos or PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Ảnh hoặc PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/trainings_page.py" line="331" />
        <source>Signed sheet attached.</source>
        <translation>Đã đính kèm bản ký.</translation>
    </message>
</context>
<context>
    <name>UsbPanel</name>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="187" />
        <source>{size} free</source>
        <translation>còn trống {size}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="189" />
        <source>free space unknown</source>
        <translation>không rõ dung lượng trống</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="192" />
        <source>[read only]</source>
        <translation>[chỉ đọc]</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="194" />
        <source>a reply from the province is waiting</source>
        <translation>có thư trả lời của tỉnh đang chờ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="248" />
        <source>Choose the USB stick or a folder on it</source>
        <translation>Chọn USB hoặc một thư mục trên USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="309" />
        <location filename="../desktop/ui/usb_panel.py" line="379" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="344" />
        <source>Sync by USB stick</source>
        <translation>Đồng bộ qua USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="346" />
        <source>No connection? Write this point's changes to a USB stick and take it to the province. When the stick comes back with the province's reply, read it here.</source>
        <translation>Không có mạng? Hãy ghi các thay đổi của điểm vào USB rồi mang lên tỉnh. Khi USB mang thư trả lời của tỉnh về, hãy đọc nó ở đây.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="348" />
        <source>USB stick</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="350" />
        <source>No USB stick found. Plug one in (it appears here by itself), or choose a folder.</source>
        <translation>Không thấy USB nào. Hãy cắm USB vào (USB sẽ tự hiện ở đây), hoặc chọn một thư mục.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="351" />
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="352" />
        <source>Write to USB</source>
        <translation>Ghi vào USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="353" />
        <source>Read from USB</source>
        <translation>Đọc từ USB</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="354" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="355" />
        <source>Last written to a stick</source>
        <translation>Lần ghi USB gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="356" />
        <source>Last reply read</source>
        <translation>Thư trả lời đọc gần nhất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="357" />
        <source>Still to be delivered</source>
        <translation>Còn chờ giao</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="369" />
        <source>Writing to the stick… do not pull it out.</source>
        <translation>Đang ghi vào USB… đừng rút USB ra.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="369" />
        <source>Reading the stick…</source>
        <translation>Đang đọc USB…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="375" />
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="409" />
        <source>Nothing new to send: the province already has every change of this point. A small bundle was still written to {drive}, so the province can send its reply.</source>
        <translation>Không có gì mới để gửi: tỉnh đã có mọi thay đổi của điểm này. Vẫn ghi một gói nhỏ vào {drive} để tỉnh gửi thư trả lời.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="412" />
        <source>Written to {drive}:</source>
        <translation>Đã ghi vào {drive}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="413" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="415" />
        <source>(no. {first} to {last})</source>
        <translation>(từ số {first} đến số {last})</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="418" />
        <location filename="../desktop/ui/usb_panel.py" line="433" />
        <source>and %n file(s)</source>
        <translation>
            <numerusform>và %n tệp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="421" />
        <source>Take the stick to the province; bring back its reply and press "Read from USB".</source>
        <translation>Hãy mang USB lên tỉnh; khi mang thư trả lời của tỉnh về, bấm "Đọc từ USB".</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="425" />
        <source>Replies for other points ({points}) were left on the stick for them.</source>
        <translation>Thư trả lời cho các điểm khác ({points}) được để lại trên USB cho các điểm đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="428" />
        <source>No reply from the province for this point ({point}) on {drive}.</source>
        <translation>Không có thư trả lời nào của tỉnh cho điểm này ({point}) trên {drive}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="431" />
        <source>Reply read: %n new record(s) from the province</source>
        <translation>
            <numerusform>Đã đọc thư trả lời: %n bản ghi mới từ tỉnh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="436" />
        <source>Delivered: the province has received everything up to change no. {seq}.</source>
        <translation>Đã giao: tỉnh đã nhận mọi thay đổi đến số {seq}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="438" />
        <source>The province has received everything up to change no. {seq}; newer changes still wait to be delivered.</source>
        <translation>Tỉnh đã nhận mọi thay đổi đến số {seq}; các thay đổi mới hơn vẫn chờ được giao.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="446" />
        <source>Stopped: nothing was written to the stick, and nothing unfinished was left on it.</source>
        <translation>Đã dừng: chưa ghi gì vào USB, và không để lại gì dở dang trên đó.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="448" />
        <source>Stopped: the reply was not imported. Read it again when you are ready.</source>
        <translation>Đã dừng: thư trả lời chưa được nhập. Hãy đọc lại khi sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="450" />
        <source>The stick {drive} is full: nothing was written. Free some space on it, or try again with another stick.</source>
        <translation>USB {drive} đã đầy: chưa ghi gì. Hãy giải phóng chỗ trên USB, hoặc thử lại bằng USB khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="453" />
        <source>Writing to {drive} failed ({detail}); the stick may have been pulled out or be write-protected. Nothing half-written can ever be imported. Try again with another stick.</source>
        <translation>Không ghi được vào {drive} ({detail}); có thể USB đã bị rút ra hoặc bị khóa ghi. Phần ghi dở sẽ không bao giờ được nhập. Hãy thử lại bằng USB khác.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="472" />
        <source>Nothing written to a stick yet.</source>
        <translation>Chưa ghi USB lần nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="477" />
        <source>{when}, to {drive}: changes no. {first} to {last}.</source>
        <translation>{when}, vào {drive}: thay đổi từ số {first} đến số {last}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="481" />
        <source>{when}, to {drive}: nothing new (a bundle asking for the reply).</source>
        <translation>{when}, vào {drive}: không có gì mới (gói chỉ để xin thư trả lời).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="484" />
        <source>With %n file(s).</source>
        <translation>
            <numerusform>Kèm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="489" />
        <source>{when}: the province had received up to change no. {seq}.</source>
        <translation>{when}: tỉnh đã nhận đến thay đổi số {seq}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="492" />
        <source>No reply read from a stick yet; the province has received up to change no. {seq}.</source>
        <translation>Chưa đọc thư trả lời nào từ USB; tỉnh đã nhận đến thay đổi số {seq}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="495" />
        <source>No reply read yet.</source>
        <translation>Chưa đọc thư trả lời nào.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="497" />
        <source>Reading the sync state…</source>
        <translation>Đang đọc trạng thái đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/usb_panel.py" line="499" />
        <source>%n change(s) not yet delivered to the province.</source>
        <translation>
            <numerusform>%n thay đổi chưa được giao cho tỉnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/usb_panel.py" line="502" />
        <source>Nothing: the province has everything from this point.</source>
        <translation>Không còn gì: tỉnh đã có mọi thay đổi của điểm này.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="38" />
        <source>Correct a visit</source>
        <translation>Sửa lượt phục vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="45" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_dialogs.py" line="51" />
        <source>Earlier versions…</source>
        <translation>Các phiên bản trước…</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="97" />
        <source>Purposes (keys 1–8)</source>
        <translation>Nội dung hỗ trợ (phím 1–8)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="97" />
        <source>Other: what</source>
        <translation>Khác: ghi rõ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="97" />
        <source>Sex (F/M)</source>
        <translation>Giới tính (F/M)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="98" />
        <source>Age</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="98" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="98" />
        <source>Village</source>
        <translation>Thôn/bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="99" />
        <source>Duration</source>
        <translation>Thời gian hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="99" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="104" />
        <source>Needed when “Other” is ticked</source>
        <translation>Cần ghi khi chọn “Khác”</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="107" />
        <source>The operator helped them use the computer</source>
        <translation>Cán bộ hướng dẫn, thao tác giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="109" />
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="110" />
        <source>Type to search, e.g. hmong</source>
        <translation>Gõ để tìm, ví dụ hmong</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_form.py" line="111" />
        <source>Village or hamlet</source>
        <translation>Thôn, bản</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="33" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="34" />
        <source>Purposes</source>
        <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="35" />
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="36" />
        <source>Age</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="37" />
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="38" />
        <source>Village</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="39" />
        <source>Assisted</source>
        <translation>Được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="40" />
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visit_model.py" line="41" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="150" />
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="151" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="152" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="153" />
        <location filename="../desktop/ui/visits_page.py" line="156" />
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="154" />
        <source>First half of {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="155" />
        <source>Second half of {year}</source>
        <translation>6 tháng cuối năm {year}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="160" />
        <source>Quick entry</source>
        <translation>Nhập nhanh</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="161" />
        <source>All visits</source>
        <translation>Tất cả lượt phục vụ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="162" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="163" />
        <source>Purpose:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="169" />
        <source>Pick a period or type one: 2026, 2026-H1, 2026-Q3, 2026-01-01..2026-06-20</source>
        <translation>Chọn kỳ hoặc gõ: 2026, 2026-H1, 2026-Q3, 2026-01-01..2026-06-20</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="171" />
        <source>All purposes</source>
        <translation>Tất cả nội dung</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="172" />
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="173" />
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="174" />
        <source>Earlier versions…</source>
        <translation>Các phiên bản trước…</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits_page.py" line="208" />
        <source>Today: {count} visit(s)</source>
        <translation>
            <numerusform>Hôm nay: {count} lượt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits_page.py" line="286" />
        <source>{count} visit(s)</source>
        <translation>
            <numerusform>{count} lượt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="319" />
        <source>Delete the visit?</source>
        <translation>Xóa lượt phục vụ?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits_page.py" line="320" />
        <source>Delete this visit?

{visit}

It leaves the lists and the counts; its record is kept for the history and the province.</source>
        <translation>Xóa lượt phục vụ này?

{visit}

Lượt này sẽ không còn trong danh sách và số liệu; bản ghi vẫn được giữ cho lịch sử và để báo lên tỉnh.</translation>
    </message>
</context>
<context>
    <name>WorkPage</name>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="151" />
        <source>Receiving the point's files from the province: {done} of {total}</source>
        <translation>Đang nhận tệp của điểm từ tỉnh: {done}/{total}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="154" />
        <source>Receiving the point's records from the province: {done}</source>
        <translation>Đang nhận dữ liệu của điểm từ tỉnh: {done}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="156" />
        <source>Recovering the point from the province…</source>
        <translation>Đang khôi phục điểm từ tỉnh…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="158" />
        <source>Creating the point and the administrator account…</source>
        <translation>Đang tạo điểm hỗ trợ và tài khoản quản trị…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="159" />
        <source>Connecting to the province hub…</source>
        <translation>Đang kết nối máy chủ của tỉnh…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="160" />
        <source>Saving the point in the data folder…</source>
        <translation>Đang lưu điểm vào thư mục dữ liệu…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="167" />
        <source>Stopping… what has come back so far is kept.</source>
        <translation>Đang dừng… phần đã nhận về được giữ lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="189" />
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="201" />
        <source>The point was not set up; nothing was saved.</source>
        <translation>Chưa thiết lập được điểm; chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="204" />
        <source>Press Back to check the address, or choose "Later": the point works without the network and joins from the Sync page.</source>
        <translation>Hãy bấm Quay lại để kiểm tra địa chỉ, hoặc chọn "Để sau": điểm vẫn làm việc không cần mạng và tham gia sau ở trang Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="207" />
        <source>Press Back to correct it and try again.</source>
        <translation>Hãy bấm Quay lại để sửa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="213" />
        <source>This code is for point {point}, not {code}. Press Back and type {point} as the point code, or ask the province for the code of {code}.</source>
        <translation>Mã này dành cho điểm {point}, không phải {code}. Hãy bấm Quay lại và nhập {point} làm mã điểm, hoặc xin tỉnh mã của điểm {code}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="218" />
        <source>No answer from the province hub at {url}. Check the address and that this PC is connected to the Internet.</source>
        <translation>Máy chủ của tỉnh tại {url} không trả lời. Hãy kiểm tra địa chỉ và kết nối Internet của máy này.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="225" />
        <source>Setting up</source>
        <translation>Đang thiết lập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run_work.py" line="226" />
        <source>This takes a moment. Please wait.</source>
        <translation>Việc này mất một lát. Xin chờ.</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="120" />
        <source>Fit</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="121" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="122" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="123" />
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../desktop/ui/viewer.py" line="124" />
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
</context>
</TS>
