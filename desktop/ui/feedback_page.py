"""The opinions page (Ý kiến người dân): record what villagers say, follow it to the answer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import PointError, ValidationError
from desktop.core.feedback import Opinion
from desktop.core.workspace import Workspace

from . import i18n
from .appearance import scaled
from .fieldform import OK_STYLE, FieldErrors, fill_combo, ref_name, report_error, village_combo
from .paged_model import Column, PagedModel

CTX = "FeedbackPage"
STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("FeedbackPage", "New"),
    "sent": QT_TRANSLATE_NOOP("FeedbackPage", "Sent to the province"),
    "answered": QT_TRANSLATE_NOOP("FeedbackPage", "Answered"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate(CTX, STATUS_NAMES.get(status, status))


def local_time(iso: str | None) -> str:
    """A stored UTC time ('...Z') as local dd/MM/yyyy HH:mm."""
    from .home import format_sync_time

    return format_sync_time(iso.replace("Z", "+00:00")) if iso else ""


def opinion_text(opinion: Opinion) -> str:
    if opinion.text:
        return " ".join(opinion.text.split())
    return QCoreApplication.translate("FeedbackPage", "(voice message)") if opinion.audio_hash else ""


COLUMNS = [
    Column(CTX, QT_TRANSLATE_NOOP("FeedbackPage", "Received"), lambda o: local_time(o.created_at)[:10]),
    Column(CTX, QT_TRANSLATE_NOOP("FeedbackPage", "Status"), lambda o: status_name(o.status)),
    Column(CTX, QT_TRANSLATE_NOOP("FeedbackPage", "Opinion"), opinion_text),
    Column(CTX, QT_TRANSLATE_NOOP("FeedbackPage", "Topic"), lambda o: ref_name("topics", o.topic)),
]


class FeedbackPage(QWidget):
    """A form to record an opinion beside the list of opinions with their status and answers."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feedback = workspace.feedback
        self.heading = QLabel(objectName="title")
        self.heading.setFont(scaled(self.font(), 1.4, bold=True))
        self.errors = FieldErrors()
        self.text = QPlainTextEdit(objectName="text")
        self.text.setFont(scaled(self.font(), 1.1))
        self.text.setTabChangesFocus(True)
        self.topic = QComboBox(objectName="topic")
        self.village = village_combo(workspace.visits.villages())
        self.author = QLineEdit(objectName="author")
        self.author.textChanged.connect(lambda text: self.consent.setEnabled(bool(text.strip())))
        self.consent = QCheckBox(objectName="consent")
        self.consent.setEnabled(False)
        self.save_button = QPushButton(objectName="save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel(objectName="saved")
        self.saved_label.setStyleSheet(OK_STYLE)
        self.form_labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        e = self.errors
        for label, field in zip(self.form_labels, (
                e.add("text", self.text, "audio"), e.add("topic", self.topic),
                e.add("village", self.village), e.add("author_name", self.author, "participant"),
                e.add("consent", self.consent)), strict=True):
            form.addRow(label, field)
        form.addRow(self.errors.general)
        form.addRow(self.save_button)
        form.addRow(self.saved_label)
        self.form_title = QLabel()
        self.form_title.setFont(scaled(self.font(), 1.15, bold=True))
        left_box = QWidget()
        left_box.setMinimumWidth(240)
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.form_title)
        left.addLayout(form)
        left.addStretch(1)

        self.status = QComboBox(objectName="status_filter")
        self.status.activated.connect(lambda _index: self.refresh())
        self.counts = QLabel(objectName="counts")
        self.counts.setWordWrap(True)
        self.model = PagedModel(COLUMNS, self._fetch, self)
        self.table = QTableView(objectName="feedback_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # The date never elided (a whole dd/MM/yyyy); the other columns elide, with tooltips.
        date_width = self.table.fontMetrics().horizontalAdvance("00/00/0000") + 20
        for column, width in enumerate((date_width, 115, 260, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.detail = QLabel(objectName="detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setMinimumHeight(120)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.counts, 1)
        right = QVBoxLayout()
        right.addLayout(filters)
        right.addWidget(self.table, 1)
        right.addWidget(self.detail)
        body = QHBoxLayout()
        # The form scrolls on a short screen (1366x768 at 125%); Save stays reachable.
        form_scroll = QScrollArea(objectName="form_scroll")
        form_scroll.setWidget(left_box)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setMinimumWidth(260)
        form_scroll.setMaximumWidth(400)
        body.addWidget(form_scroll, 2)
        body.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.retranslate()
        self.built = True
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Opinions of the people"))
        self.form_title.setText(self.tr("Record an opinion"))
        for label, text in zip(self.form_labels, (
                self.tr("Opinion *"), self.tr("Topic"), self.tr("Village"), self.tr("Name (optional)"),
                ""), strict=True):
            label.setText(text)
        self.text.setPlaceholderText(self.tr("What the person wants to say, in their words"))
        fill_combo(self.topic, "topics", "—")
        self.author.setPlaceholderText(self.tr("Leave empty to keep the opinion anonymous"))
        self.consent.setText(self.tr("The person agrees that their name is recorded"))
        self.save_button.setText(self.tr("Save the opinion"))
        current = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("All opinions"), None)
        for code in STATUS_NAMES:
            self.status.addItem(status_name(code), code)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.model.retranslate()
        self.show_counts()
        self.show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "built", False):
            self.retranslate()
        super().changeEvent(event)

    # -- recording -------------------------------------------------------------------------
    def save(self) -> str | None:
        """Record the opinion; a name is kept only with the person's consent."""
        author = self.author.text().strip() or None
        try:
            feedback_id = self.feedback.add(
                self.text.toPlainText(), topic=self.topic.currentData(),
                village=self.village.currentText().strip() or None, author_name=author,
                consent=self.consent.isChecked() and bool(author))
        except ValidationError as exc:
            self.errors.show(exc)
            return None
        except PointError as exc:
            report_error(self, exc)
            return None
        self.errors.clear()
        self.text.clear()
        self.author.clear()
        self.consent.setChecked(False)
        self.topic.setCurrentIndex(0)
        self.saved_label.setText(self.tr("Saved. It goes to the province at the next sync."))
        self.refresh(select=feedback_id)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return feedback_id

    # -- list ------------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int) -> list[Opinion]:
        return self.feedback.list(self.status.currentData(), limit=limit, offset=offset)

    def refresh(self, select: str | None = None) -> None:
        self.model.refresh()
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectRow(row)
        self.show_counts()
        self.show_detail()

    def show_counts(self) -> None:
        counts = self.feedback.counts()
        locale = i18n.locale()
        self.counts.setText("  ·  ".join(f"{status_name(s)}: {locale.toString(n)}"
                                         for s, n in counts.items()))

    def selected(self) -> Opinion | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def show_detail(self) -> None:
        opinion = self.selected()
        if opinion is None:
            self.detail.setText(self.tr("Choose an opinion to read it and the province's answer."))
            return
        html = f"<p>{_html(opinion.text or opinion_text(opinion))}</p>"
        who = opinion.author_name or self.tr("anonymous")
        if opinion.village:
            who += f", {opinion.village}"
        html += "<p style='color:#555'>" + _html(self.tr("{status} · received {time} · from {who}").format(
            status=status_name(opinion.status), time=local_time(opinion.created_at), who=who)) + "</p>"
        if opinion.answer:
            html += ("<p style='background:#e8f5e9; padding:6px'><b>" + _html(self.tr("The province's answer"))
                     + "</b> (" + _html(local_time(opinion.answer.answered_at))
                     + (" · " + _html(opinion.answer.answered_by) if opinion.answer.answered_by else "")
                     + ")<br>" + _html(opinion.answer.text) + "</p>")
        else:
            html += "<p style='color:#555'><i>" + _html(self.tr("No answer from the province yet.")) + "</i></p>"
        self.detail.setText(html)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
