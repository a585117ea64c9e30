// SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QUrl;

namespace fw {

// Help > User Guide (F1): the user guide shipped in the application (docs/user-guide.md as the
// resource :/help/user-guide.md, shown as Markdown with its screenshots), with its contents (the
// headings) beside it, back and forward through the sections visited, and a search box (Enter: next
// match, Shift+Enter: previous). F1 opens it at the section of the page shown (helpSectionFor).
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The owner's help window (made the first time), shown and raised at `section`.
    static HelpWindow* showSection(QWidget* owner, const QString& section);

    bool goToSection(const QString& heading); // false: the guide has no such heading
    QString currentSection() const; // the heading the reader is at
    QStringList sections() const; // every heading, in order
    bool findNext(const QString& text, bool backward = false); // false: no match
    void back();
    void forward();
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }

private:
    void load();
    void goToBlock(int blockNumber, bool record);
    void openLink(const QUrl& url);
    void updateHistoryButtons();

    QTextBrowser* m_text;
    QTreeWidget* m_contents;
    QLineEdit* m_search;
    QLabel* m_searchNote;
    QToolButton* m_back;
    QToolButton* m_forward;
    QList<int> m_headingBlocks; // block numbers of the headings, in order
    QList<int> m_history; // block numbers visited
    int m_historyIndex = -1;
};

} // namespace fw
