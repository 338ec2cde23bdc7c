#pragma once

#include "labels/domain/labelfields.h"
#include "labels/domain/labeltemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QToolButton;
class QTimer;

namespace core {
class AppContext;
}

namespace labels {

class ElementItem;

/// The visual label editor: the label drawn as it prints (with real data of a chosen order,
/// product, location or lot, or sample data), each element a frame to select and drag with the
/// mouse (snapped to 0.5 mm; arrow keys nudge; the corner grip resizes), the element's properties beside it, fields to
/// insert from a menu, and live validation. Saving validates (an unknown placeholder is named
/// with its element) and stores the template in the database; built-ins are saved under a new name.
class LabelEditorDialog : public QDialog
{
    Q_OBJECT
public:
    LabelEditorDialog(core::AppContext &context, const LabelTemplate &t, QWidget *parent = nullptr);
    ~LabelEditorDialog() override;

    /// Data for the live preview (from the Labels dock's selection); `what` names it.
    void setPreviewData(const LabelData &data, const QString &what);

    const LabelTemplate &labelTemplate() const { return m_template; }
    QString savedName() const { return m_savedName; }
    QGraphicsView *view() const { return m_view; }
    QListWidget *elementList() const { return m_list; }
    QLabel *problemsLabel() const { return m_problems; }

    /// Selects element `index` (list, frame and properties).
    void selectElement(int index);
    /// Moves element `index` to (x, y) mm as a drag would (snapped), and redraws.
    void moveElement(int index, double xMm, double yMm);

public slots:
    bool save();

private:
    friend class ElementItem;
    void buildScene();
    void render();
    void scheduleRender();
    void loadProperties();
    void storeProperties();
    void addElement(ElementType type);
    void removeElement();
    void loadPreviewData();
    void exportJson();
    void refreshList();
    void validateNow();
    void elementMoved(int index, const QPointF &topLeftMm);
    void elementSelected(int index);
    void elementResized(int index, double wMm, double hMm);

    core::AppContext &m_context;
    LabelTemplate m_template;
    LabelData m_data;
    QString m_savedName;
    int m_current = -1;
    bool m_loading = false;
    static constexpr double kScale = 6.0; ///< scene pixels per mm

    QLineEdit *m_name;
    QLineEdit *m_title;
    QComboBox *m_subject;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QLineEdit *m_dataKey;
    QLabel *m_dataNote;
    QListWidget *m_list;
    QGraphicsView *m_view;
    QGraphicsScene *m_scene;
    QGraphicsPixmapItem *m_page = nullptr;
    QList<ElementItem *> m_items;

    // properties
    QLineEdit *m_id;
    QDoubleSpinBox *m_x, *m_y, *m_w, *m_h;
    QLineEdit *m_text;
    QToolButton *m_insertField;
    QComboBox *m_font;
    QDoubleSpinBox *m_size;
    QCheckBox *m_bold, *m_wrap, *m_inverse, *m_filled, *m_humanReadable;
    QComboBox *m_rotation, *m_align, *m_symbology;
    QDoubleSpinBox *m_thickness;
    QLineEdit *m_source;
    QLabel *m_problems;
    QTimer *m_renderDelay;
    QWidget *m_textRows = nullptr;
};

} // namespace labels
