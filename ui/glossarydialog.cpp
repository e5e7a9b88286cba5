#include "glossarydialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vpcstudio {

namespace {

constexpr int LessonRole = Qt::UserRole + 1;

} // namespace

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_table(new QTableWidget(this))
{
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filter->setClearButtonEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    resize(760, 520);

    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryDialog::applyFilter);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        emit lessonRequested(m_table->item(row, 0)->data(LessonRole).toString());
    });
    retranslate();
}

void GlossaryDialog::retranslate()
{
    setWindowTitle(tr("Glossary"));
    m_filter->setPlaceholderText(tr("Filter terms"));
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Meaning")});
    m_table->setToolTip(tr("Click a term to open its lesson"));
}

void GlossaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GlossaryDialog::showTerms(const QVector<GlossaryTerm> &terms, const QString &language)
{
    m_table->setRowCount(0);
    for (const GlossaryTerm &term : terms) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(term.term.in(language));
        name->setData(LessonRole, term.lesson);
        // The other language's term helps a learner who meets it in the
        // AWS console.
        name->setToolTip(language == QLatin1String("ko") ? term.term.english : term.term.korean);
        m_table->setItem(row, 0, name);
        auto *meaning = new QTableWidgetItem(term.meaning.in(language));
        meaning->setToolTip(term.meaning.in(language));
        m_table->setItem(row, 1, meaning);
    }
    m_table->resizeColumnToContents(0);
    applyFilter(m_filter->text());
}

void GlossaryDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool matches = m_table->item(row, 0)->text().contains(text, Qt::CaseInsensitive) ||
                             m_table->item(row, 1)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !matches);
    }
}

} // namespace vpcstudio
