#pragma once

#include "lessons.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace vpcstudio {

// The glossary: every term with its one-line meaning in the lesson
// language, filtered by the text in the filter field. Clicking a term emits
// lessonRequested() with the lesson that explains it.
class GlossaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryDialog(QWidget *parent = nullptr);

    // Shows the terms in a language ("ko" or "en").
    void showTerms(const QVector<GlossaryTerm> &terms, const QString &language);

    QTableWidget *table() const { return m_table; }

signals:
    void lessonRequested(const QString &lessonId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace vpcstudio
