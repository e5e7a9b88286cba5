#include "inspector.h"

#include "cidr.h"
#include "designdocument.h"
#include "ruleeditors.h"

#include <QEvent>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vpcstudio {

QString blockProblem(const QString &text)
{
    QStringList problems;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString reason;
        const std::optional<Cidr> block = Cidr::parse(part, &reason);
        if (!block)
            problems.append(QStringLiteral("%1: %2").arg(part.trimmed(), reason));
        else if (block->hasHostBits())
            problems.append(Inspector::tr("%1 has host bits set; its network is %2")
                                .arg(part.trimmed(), block->network().toString()));
    }
    if (text.trimmed().isEmpty())
        problems.append(Inspector::tr("a CIDR block is required, such as 10.0.0.0/16"));
    return problems.join(QLatin1Char('\n'));
}

Inspector::Inspector(DesignDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    layout->addStretch();
    connect(document, &DesignDocument::designChanged, this, &Inspector::followDesign);
    showObject(QString());
}

QString kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Vpc:
        return Inspector::tr("VPC");
    case ObjectKind::AvailabilityZone:
        return Inspector::tr("availability zone");
    case ObjectKind::Subnet:
        return Inspector::tr("subnet");
    case ObjectKind::RouteTable:
        return Inspector::tr("route table");
    case ObjectKind::InternetGateway:
        return Inspector::tr("internet gateway");
    case ObjectKind::NatGateway:
        return Inspector::tr("NAT gateway");
    case ObjectKind::SecurityGroup:
        return Inspector::tr("security group");
    case ObjectKind::NetworkAcl:
        return Inspector::tr("network ACL");
    case ObjectKind::VpcEndpoint:
        return Inspector::tr("VPC endpoint");
    case ObjectKind::VpcPeering:
        return Inspector::tr("VPC peering");
    case ObjectKind::TargetGroup:
        return Inspector::tr("target group");
    case ObjectKind::LoadBalancer:
        return Inspector::tr("load balancer");
    case ObjectKind::EcsCluster:
        return Inspector::tr("ECS cluster");
    case ObjectKind::EcsService:
        return Inspector::tr("ECS service");
    case ObjectKind::EcrRepository:
        return Inspector::tr("ECR repository");
    case ObjectKind::CloudMapNamespace:
        return Inspector::tr("Cloud Map namespace");
    case ObjectKind::CloudMapService:
        return Inspector::tr("Cloud Map service");
    case ObjectKind::ExternalHost:
        return Inspector::tr("outside party");
    case ObjectKind::Pipeline:
        return Inspector::tr("CI pipeline");
    case ObjectKind::Flow:
        return Inspector::tr("flow");
    case ObjectKind::None:
        break;
    }
    return QString();
}

void Inspector::showObject(const QString &id)
{
    showObjects(id.isEmpty() ? QStringList() : QStringList{id});
}

void Inspector::showObjects(const QStringList &ids)
{
    const Design &design = m_document->design();
    m_id = ids.value(0);
    m_selectedCount = int(ids.size());
    m_ids.clear();
    for (const QString &id : ids) {
        if (design.kindOf(id) == design.kindOf(m_id))
            m_ids.append(id);
    }
    rebuild();
}

void Inspector::changeEvent(QEvent *event)
{
    // The labels and rule tables are made in the current language when the
    // form is built, so a language change builds it again.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void Inspector::rebuild()
{
    // Widgets go with deleteLater: a rebuild can start from a field's own
    // signal, and that field must outlive its event handler.
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *part : {row.labelItem, row.fieldItem}) {
            if (!part)
                continue;
            if (QWidget *widget = part->widget()) {
                widget->hide();
                widget->deleteLater();
            }
            delete part;
        }
    }
    m_fields.clear();
    m_blockHint = nullptr;

    const Design &design = m_document->design();
    const ObjectKind kind = m_id.isEmpty() ? ObjectKind::None : design.kindOf(m_id);
    if (kind == ObjectKind::None) {
        m_title->setText(tr("Select an object on the canvas to edit it."));
        return;
    }
    const bool several = m_ids.size() > 1;
    // Edits apply to the objects of the first one's kind, so the title of a
    // mixed selection gives how many of them that is.
    if (m_selectedCount > m_ids.size()) {
        m_title->setText(tr("<b>%1 of %2 selected objects</b> · %3 (an edit changes these %1; "
                            "the others are of other kinds)")
                             .arg(m_ids.size())
                             .arg(m_selectedCount)
                             .arg(kindLabel(kind)));
    } else if (several) {
        const QVector<ObjectKind> shared = {ObjectKind::Subnet, ObjectKind::EcsService,
                                            ObjectKind::LoadBalancer};
        m_title->setText((shared.contains(kind)
                              ? tr("<b>%1 objects</b> · %2 (an edit changes all of them)")
                              : tr("<b>%1 objects</b> · %2"))
                             .arg(m_ids.size())
                             .arg(kindLabel(kind)));
    } else {
        m_title->setText(QStringLiteral("<b>%1</b> · %2").arg(m_id.toHtmlEscaped(), kindLabel(kind)));
    }
    if (several) {
        addSharedFields(kind);
        refreshValues();
        return;
    }

    addText(Property::Name, tr("Name"));
    if (kind == ObjectKind::Subnet) {
        addBlock(Property::Cidr, tr("CIDR block"));
        addChoice(Property::RouteTable, tr("Route table"), tr("(the VPC's main table)"));
        addChoice(Property::NetworkAcl, tr("Network ACL"), tr("(the VPC's default ACL)"));
        addCheck(Property::MapPublicIp, tr("Public IP on launch"));
    } else if (kind == ObjectKind::Vpc) {
        addBlock(Property::CidrBlocks, tr("CIDR blocks"));
    } else if (kind == ObjectKind::EcsService) {
        addText(Property::Image, tr("Image"));
        addChoice(Property::Registry, tr("Registry"), tr("(from the image name)"));
        addNumber(Property::DesiredCount, tr("Desired tasks"), 0, 5000);
        addNumber(Property::ContainerPort, tr("Container port"), 1, 65535);
        addCheck(Property::AssignPublicIp, tr("Assign public IP"));
        addChoice(Property::CloudMapEntry, tr("Cloud Map name"), tr("(none)"));
        addGroups(Property::SecurityGroups, tr("Security groups"));
    } else if (kind == ObjectKind::LoadBalancer) {
        addChoice(Property::Scheme, tr("Scheme"), QString());
        addGroups(Property::SecurityGroups, tr("Security groups"));
    } else if (kind == ObjectKind::NatGateway) {
        addText(Property::ElasticIp, tr("Elastic IP"));
    } else if (kind == ObjectKind::InternetGateway) {
        addChoice(Property::AttachedVpc, tr("Attached to"), tr("(detached)"));
    }
    addEditors(kind);
    refreshValues();
}

void Inspector::followDesign()
{
    // Table editors reload by rebuilding, which must wait until the editor
    // that made the change has returned from its signal. While the user
    // types in one, it keeps its rows.
    const bool editing = isAncestorOf(QApplication::focusWidget());
    if (m_hasEditors && !editing) {
        QMetaObject::invokeMethod(this, &Inspector::rebuild, Qt::QueuedConnection);
        return;
    }
    refreshValues();
}

void Inspector::refreshValues()
{
    if (!m_id.isEmpty() && m_document->design().kindOf(m_id) == ObjectKind::None) {
        showObject(QString());
        return;
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QWidget *widget = it.value();
        if (widget->hasFocus())
            continue;
        const QString value = objectProperty(m_document->design(), m_id, Property(it.key()));
        const QSignalBlocker blocker(widget);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(value);
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            spin->setValue(value.toInt());
        else if (auto *check = qobject_cast<QCheckBox *>(widget))
            check->setChecked(value == QLatin1String("true"));
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        else if (auto *list = qobject_cast<QListWidget *>(widget))
            checkListItems(list, value);
    }
}

void Inspector::addText(Property property, const QString &label)
{
    auto *line = new QLineEdit(this);
    m_form->addRow(label, line);
    m_fields.insert(int(property), line);
    connect(line, &QLineEdit::editingFinished, this,
            [this, line, property] { commit(property, line->text()); });
}

void Inspector::addBlock(Property property, const QString &label)
{
    auto *line = new QLineEdit(this);
    m_blockHint = new QLabel(this);
    m_blockHint->setWordWrap(true);
    m_blockHint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_form->addRow(label, line);
    m_form->addRow(QString(), m_blockHint);
    m_fields.insert(int(property), line);

    QLabel *hint = m_blockHint;
    connect(line, &QLineEdit::textChanged, hint,
            [hint](const QString &text) { hint->setText(blockProblem(text)); });
    connect(line, &QLineEdit::editingFinished, this,
            [this, line, property] { commit(property, line->text()); });
}

void Inspector::addNumber(Property property, const QString &label, int minimum, int maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    m_form->addRow(label, spin);
    m_fields.insert(int(property), spin);
    connect(spin, &QSpinBox::valueChanged, this,
            [this, property](int value) { commit(property, QString::number(value)); });
}

void Inspector::addCheck(Property property, const QString &label)
{
    auto *check = new QCheckBox(label, this);
    m_form->addRow(QString(), check);
    m_fields.insert(int(property), check);
    connect(check, &QCheckBox::toggled, this, [this, property](bool checked) {
        commit(property, checked ? QStringLiteral("true") : QStringLiteral("false"));
    });
}

void Inspector::addChoice(Property property, const QString &label, const QString &noneText)
{
    auto *combo = new QComboBox(this);
    if (!noneText.isEmpty())
        combo->addItem(noneText, QString());
    for (const QString &id : propertyChoices(m_document->design(), m_id, property))
        combo->addItem(m_document->design().nameOf(id) == id
                           ? id
                           : QStringLiteral("%1 (%2)").arg(m_document->design().nameOf(id), id),
                       id);
    m_form->addRow(label, combo);
    m_fields.insert(int(property), combo);
    connect(combo, &QComboBox::activated, this,
            [this, combo, property] { commit(property, combo->currentData().toString()); });
}

void Inspector::addGroups(Property property, const QString &label)
{
    auto *list = new QListWidget(this);
    for (const QString &id : propertyChoices(m_document->design(), m_id, property)) {
        auto *item = new QListWidgetItem(id, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(110);
    m_form->addRow(label, list);
    m_fields.insert(int(property), list);
    connect(list, &QListWidget::itemChanged, this, [this, list, property] {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked.append(list->item(i)->text());
        }
        commit(property, checked.join(QStringLiteral(", ")));
    });
}

void Inspector::checkListItems(QListWidget *list, const QString &value)
{
    QStringList ids;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.trimmed());
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(ids.contains(list->item(i)->text()) ? Qt::Checked
                                                                         : Qt::Unchecked);
}

// The fields that make sense for several objects at once: settings, not
// names or address blocks, which must differ between objects.
void Inspector::addSharedFields(ObjectKind kind)
{
    if (kind == ObjectKind::Subnet) {
        addChoice(Property::RouteTable, tr("Route table"), tr("(the VPC's main table)"));
        addChoice(Property::NetworkAcl, tr("Network ACL"), tr("(the VPC's default ACL)"));
        addCheck(Property::MapPublicIp, tr("Public IP on launch"));
    } else if (kind == ObjectKind::EcsService) {
        addNumber(Property::DesiredCount, tr("Desired tasks"), 0, 5000);
        addCheck(Property::AssignPublicIp, tr("Assign public IP"));
        addGroups(Property::SecurityGroups, tr("Security groups"));
    } else if (kind == ObjectKind::LoadBalancer) {
        addChoice(Property::Scheme, tr("Scheme"), QString());
    } else {
        m_form->addRow(new QLabel(tr("Select one object to edit its fields."), this));
    }
}

void Inspector::addEditors(ObjectKind kind)
{
    const QVector<ObjectKind> withTables = {ObjectKind::RouteTable, ObjectKind::SecurityGroup,
                                            ObjectKind::NetworkAcl, ObjectKind::LoadBalancer};
    m_hasEditors = withTables.contains(kind);
    if (kind == ObjectKind::RouteTable) {
        m_form->addRow(new QLabel(tr("Routes"), this));
        m_form->addRow(new RoutesEditor(m_document, m_id, this));
    } else if (kind == ObjectKind::SecurityGroup) {
        m_form->addRow(new QLabel(tr("Inbound rules"), this));
        m_form->addRow(new SecurityRulesEditor(m_document, m_id, true, this));
        m_form->addRow(new QLabel(tr("Outbound rules"), this));
        m_form->addRow(new SecurityRulesEditor(m_document, m_id, false, this));
    } else if (kind == ObjectKind::NetworkAcl) {
        m_form->addRow(new QLabel(tr("Inbound entries"), this));
        m_form->addRow(new AclEntriesEditor(m_document, m_id, true, this));
        m_form->addRow(new QLabel(tr("Outbound entries"), this));
        m_form->addRow(new AclEntriesEditor(m_document, m_id, false, this));
    } else if (kind == ObjectKind::LoadBalancer) {
        m_form->addRow(new QLabel(tr("Listeners and rules"), this));
        m_form->addRow(new ListenerRulesEditor(m_document, m_id, this));
    }
}

void Inspector::commit(Property property, const QString &value)
{
    // An invalid block is still stored, as typed, so the checker reports
    // it and nothing the user wrote is lost.
    if (!m_ids.isEmpty())
        m_document->setProperty(m_ids, property, value);
}

} // namespace vpcstudio
