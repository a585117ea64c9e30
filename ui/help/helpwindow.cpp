// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "helpwindow.h"

#include "helptopics.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace fw {

namespace {
    constexpr int headingRole = Qt::UserRole + 1; // the heading's block number
    constexpr qreal imageWidth = 640; // screenshots, scaled down to read beside the text

    // GitHub's anchor for a heading: "Tasks: claiming and completing" -> "tasks-claiming-and-completing".
    QString slugOf(const QString& heading)
    {
        QString slug;
        for (const QChar c : heading.toLower()) {
            if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
                slug += c;
            else if (c.isSpace())
                slug += QLatin1Char('-');
        }
        return slug;
    }

    // Enter in the search box: the next match; Shift+Enter: the previous one.
    class SearchKeys : public QObject {
    public:
        SearchKeys(HelpWindow* window, QLineEdit* edit)
            : QObject(edit)
            , m_window(window)
            , m_edit(edit)
        {
            edit->installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() != QEvent::KeyPress)
                return false;
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
                return false;
            m_window->findNext(m_edit->text(), key->modifiers() & Qt::ShiftModifier);
            return true;
        }

    private:
        HelpWindow* m_window;
        QLineEdit* m_edit;
    };
} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_text(new QTextBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_search(new QLineEdit(this))
    , m_searchNote(new QLabel(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Fulfillment Workbench User Guide"));
    auto* back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    back->setShortcuts(QKeySequence::Back);
    connect(back, &QAction::triggered, this, &HelpWindow::back);
    m_back->setDefaultAction(back);
    m_back->setObjectName(QStringLiteral("helpBack"));
    auto* forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this);
    forward->setShortcuts(QKeySequence::Forward);
    connect(forward, &QAction::triggered, this, &HelpWindow::forward);
    m_forward->setDefaultAction(forward);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    for (QToolButton* button : { m_back, m_forward })
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addActions({ back, forward });

    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide (Enter: next, Shift+Enter: previous)"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    new SearchKeys(this, m_search);
    auto* find = new QAction(tr("Find"), this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* findNextAction = new QAction(tr("Find Next"), this);
    findNextAction->setShortcuts(QKeySequence::FindNext);
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(m_search->text()); });
    auto* closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcuts(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({ find, findNextAction, closeAction });
    m_searchNote->setObjectName(QStringLiteral("helpSearchNote"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_searchNote);

    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_contents->setUniformRowHeights(true);
    connect(m_contents, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { goToBlock(item->data(0, headingRole).toInt(), true); });
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { goToBlock(item->data(0, headingRole).toInt(), true); });

    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setAccessibleName(tr("User guide"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);

    auto* split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_text);
    split->setStretchFactor(1, 1);
    split->setSizes({ 260, 760 });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    resize(1040, 720);
    load();
}

HelpWindow* HelpWindow::showSection(QWidget* owner, const QString& section)
{
    auto* window = owner->findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window)
        window = new HelpWindow(owner);
    window->show();
    window->raise();
    window->activateWindow();
    window->goToSection(section);
    return window;
}

void HelpWindow::load()
{
    m_text->setSource(QUrl(helpGuideSource()), QTextDocument::MarkdownResource);
    QTextDocument* document = m_text->document();
    // Screenshots at a width that reads beside the text (Markdown has no image size).
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture = document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= imageWidth)
                continue;
            image.setWidth(imageWidth);
            image.setHeight(imageWidth * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
    m_contents->clear();
    m_headingBlocks.clear();
    QList<QTreeWidgetItem*> parents; // by level
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 1) // the title is the window's
            continue;
        m_headingBlocks << block.blockNumber();
        while (parents.size() > level - 2)
            parents.removeLast();
        auto* item = parents.isEmpty() ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(parents.last());
        item->setText(0, block.text());
        item->setData(0, headingRole, block.blockNumber());
        while (parents.size() < level - 2)
            parents << item; // a skipped level
        parents << item;
    }
    m_contents->expandAll();
    updateHistoryButtons();
}

QStringList HelpWindow::sections() const
{
    QStringList headings;
    for (const int number : m_headingBlocks)
        headings << m_text->document()->findBlockByNumber(number).text();
    return headings;
}

bool HelpWindow::goToSection(const QString& heading)
{
    for (const int number : std::as_const(m_headingBlocks)) {
        const QString text = m_text->document()->findBlockByNumber(number).text();
        if (text.compare(heading, Qt::CaseInsensitive) == 0 || slugOf(text) == heading) {
            goToBlock(number, true);
            return true;
        }
    }
    return false;
}

QString HelpWindow::currentSection() const
{
    const int at = m_text->textCursor().blockNumber();
    QString heading;
    for (const int number : m_headingBlocks) {
        if (number > at)
            break;
        heading = m_text->document()->findBlockByNumber(number).text();
    }
    return heading;
}

void HelpWindow::goToBlock(int blockNumber, bool record)
{
    const QTextBlock block = m_text->document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    if (record && (m_historyIndex < 0 || m_history[m_historyIndex] != blockNumber)) {
        m_history.erase(m_history.begin() + m_historyIndex + 1, m_history.end());
        m_history << blockNumber;
        m_historyIndex = static_cast<int>(m_history.size()) - 1;
    }
    m_text->setTextCursor(QTextCursor(block));
    const QRectF where = m_text->document()->documentLayout()->blockBoundingRect(block);
    m_text->verticalScrollBar()->setValue(static_cast<int>(where.top()));
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, headingRole).toInt() == blockNumber)
            m_contents->setCurrentItem(*it);
    }
    updateHistoryButtons();
}

void HelpWindow::back()
{
    if (!canGoBack())
        return;
    --m_historyIndex;
    goToBlock(m_history[m_historyIndex], false);
}

void HelpWindow::forward()
{
    if (!canGoForward())
        return;
    ++m_historyIndex;
    goToBlock(m_history[m_historyIndex], false);
}

void HelpWindow::updateHistoryButtons()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
}

bool HelpWindow::findNext(const QString& text, bool backward)
{
    m_searchNote->clear();
    if (text.trimmed().isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = m_text->document()->find(text, m_text->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(m_text->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_text->document()->find(text, start, flags);
    }
    if (found.isNull()) {
        m_searchNote->setText(tr("Not found"));
        return false;
    }
    m_text->setTextCursor(found);
    m_text->ensureCursorVisible();
    return true;
}

void HelpWindow::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.hasFragment())
        goToSection(url.fragment());
}

} // namespace fw
