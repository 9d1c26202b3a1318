<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../desktop/ui/app.py" line="134" />
        <source>Cannot open the data</source>
        <translation>Không mở được dữ liệu</translation>
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
    <name>FieldForm</name>
    <message>
        <location filename="../desktop/ui/fieldform.py" line="158" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../desktop/ui/first_run.py" line="52" />
        <source>Set up the support point</source>
        <translation>Thiết lập điểm hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="56" />
        <source>Welcome. This computer has no support-point data yet in {folder}. Enter the point's details and create the administrator account.</source>
        <translation>Xin chào. Máy tính này chưa có dữ liệu điểm hỗ trợ tại {folder}. Hãy nhập thông tin của điểm và tạo tài khoản quản trị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="59" />
        <source>This support point has no accounts yet. Create the administrator account.</source>
        <translation>Điểm hỗ trợ này chưa có tài khoản nào. Hãy tạo tài khoản quản trị.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="71" />
        <source>Support point</source>
        <translation>Điểm hỗ trợ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="73" />
        <source>&amp;Province</source>
        <translation>&amp;Tỉnh/thành phố</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="74" />
        <source>&amp;Commune</source>
        <translation>&amp;Xã/phường</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="75" />
        <source>Point &amp;name</source>
        <translation>Tên đ&amp;iểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="76" />
        <source>Point c&amp;ode</source>
        <translation>&amp;Mã điểm</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="77" />
        <source>Type part of a name without accents, e.g. "ta leng".</source>
        <translation>Có thể gõ một phần tên, không cần dấu, ví dụ "ta leng".</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="87" />
        <source>Administrator account</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="89" />
        <source>&amp;Username</source>
        <translation>Tên đăng &amp;nhập</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="90" />
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="91" />
        <source>Pass&amp;word</source>
        <translation>Mật &amp;khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="92" />
        <source>Password &amp;again</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="101" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="102" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="158" />
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập lại mật khẩu.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="172" />
        <source>Pick the province from the list.</source>
        <translation>Hãy chọn tỉnh/thành phố trong danh sách.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run.py" line="174" />
        <source>Pick the commune from the list.</source>
        <translation>Hãy chọn xã/phường trong danh sách.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../desktop/ui/home.py" line="22" />
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="23" />
        <source>Visits today</source>
        <translation>Lượt phục vụ hôm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="24" />
        <source>Visits this month</source>
        <translation>Lượt phục vụ tháng này</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="25" />
        <source>Trainings this year</source>
        <translation>Lớp tập huấn năm nay</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="26" />
        <source>Participants</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="27" />
        <source>Opinions not yet answered</source>
        <translation>Ý kiến chưa trả lời</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="28" />
        <source>Last sync with the province</source>
        <translation>Đồng bộ với tỉnh lần cuối</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="134" />
        <source>Point code: {code}</source>
        <translation>Mã điểm: {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="138" />
        <source>{place} · point code {code}</source>
        <translation>{place} · mã điểm {code}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="145" />
        <source>Demo data: these are not real figures</source>
        <translation>Dữ liệu mẫu: đây không phải số liệu thật</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="150" />
        <source>Languages of the library:</source>
        <translation>Ngôn ngữ trong thư viện:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/home.py" line="171" />
        <source>never</source>
        <translation>chưa bao giờ</translation>
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
        <location filename="../desktop/ui/main_window.py" line="135" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="220" />
        <source>&lt;h3&gt;Commune IT support point&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;For the IT support points of communes in ethnic-minority and mountainous areas.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans, Noto Sans Khmer, Cham and Tai Viet (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Điểm hỗ trợ ứng dụng CNTT cấp xã&lt;/h3&gt;&lt;p&gt;Phiên bản {version}&lt;/p&gt;&lt;p&gt;Dành cho các điểm hỗ trợ đồng bào dân tộc thiểu số ứng dụng công nghệ thông tin ở các xã vùng đồng bào dân tộc thiểu số và miền núi.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: {folder}&lt;/p&gt;&lt;p&gt;Phông chữ: Noto Sans, Noto Sans Khmer, Cham và Tai Viet (Giấy phép SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="226" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="231" />
        <source>Commune IT support point</source>
        <translation>Điểm hỗ trợ CNTT cấp xã</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="233" />
        <source>DEMO DATA (demo)</source>
        <translation>DỮ LIỆU MẪU (demo)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="237" />
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="237" />
        <source>operator</source>
        <translation>cán bộ vận hành</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="242" />
        <source>Point: {name} ({code})</source>
        <translation>Điểm: {name} ({code})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="244" />
        <source>User: {name} ({role})</source>
        <translation>Người dùng: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="248" />
        <source>Last sync: {time}</source>
        <translation>Đồng bộ lần cuối: {time}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="248" />
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="250" />
        <source>Data: {folder}</source>
        <translation>Dữ liệu: {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="255" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="256" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="257" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="258" />
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="259" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="260" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../desktop/ui/media_player.py" line="132" />
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="133" />
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../desktop/ui/media_player.py" line="137" />
        <source>This recording cannot be played (damaged or unknown format).</source>
        <translation>Không phát được bản ghi này (tệp bị hỏng hoặc không rõ định dạng).</translation>
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
    <name>TextViewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="319" />
        <source>This file cannot be read.</source>
        <translation>Không đọc được tệp này.</translation>
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
        <translation>Mục đích</translation>
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
<context>
    <name>viewer</name>
    <message>
        <location filename="../desktop/ui/viewer.py" line="348" />
        <source>This kind of file cannot be shown here.</source>
        <translation>Không hiển thị được loại tệp này ở đây.</translation>
    </message>
</context>
</TS>
