// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countrylookup.h"
#include "initiative.h"
#include "recordeditor.h"

#include <QHash>

#include <memory>
#include <optional>

class DateField;
class EditorForm;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class RecordPicker;

// An initiative: who asked and what they seek (countries, themes, kind,
// size), its stage with the history and the days in it, a one-click move to
// the next stage, partners suggested from the countries and themes sought,
// the candidates, and, once the agreement is signed, the partnership it
// becomes. Countries and themes are named in the language of the interface.
class InitiativeEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit InitiativeEditor(QWidget *parent = nullptr);
    ~InitiativeEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    // Adds a sought country by ISO code or by name in any language (no-op when listed).
    bool addCountry(const QString &codeOrName);
    // Adds a candidate: saved at once on a saved record without other
    // changes (and saved(id) emitted), else into the form.
    void addCandidate(qint64 organizationId);
    // Advances the stage (see the button); saves at once unless the record is new.
    void moveToNextStage();
    // Creates the partnership from the saved initiative with the selected
    // candidates (the only one when there is one), then offers to open it.
    void turnIntoPartnership();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void show(const Initiative &initiative);
    void showCountries(const QStringList &codes);
    void showThemes(const QList<qint64> &themeIds);
    void showCandidates(const QList<Initiative::Candidate> &candidates);
    void appendCandidateRow(const Initiative::Candidate &candidate);
    void showHistory(const QList<Initiative::StageChange> &history);
    void showStageState();
    void showPartnership();
    void refreshSuggestions();
    void addChosenSuggestions();
    void addTypedCountry();
    void removeSelectedCountries();
    Initiative collect() const;
    QString organizationName(qint64 id) const;
    QString countryOf(qint64 organizationId) const;
    void setDirty(bool dirty);

    Database *m_db = nullptr;
    Initiative m_original;
    std::optional<CountryLookup> m_countryLookup;
    QHash<QString, QString> m_countryNames; // code → name in the interface language
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLineEdit *m_title;
    QComboBox *m_origin;
    RecordPicker *m_requester;
    QLineEdit *m_staff;
    DateField *m_opened;
    DateField *m_closed;
    QComboBox *m_stage;
    QPushButton *m_nextStage;
    QLabel *m_daysInStage;
    QTableWidget *m_history;
    QLineEdit *m_countryToAdd;
    QListWidget *m_countries;
    QPushButton *m_removeCountry;
    QListWidget *m_themes;
    QComboBox *m_kind;
    QLineEdit *m_size;
    QPlainTextEdit *m_description;
    QListWidget *m_suggestions;
    QLabel *m_suggestionHint;
    QPushButton *m_addSuggestion;
    QTableWidget *m_candidates;
    RecordPicker *m_candidatePicker;
    QPushButton *m_removeCandidate;
    QLabel *m_partnership;
    QPushButton *m_turn;
    QPushButton *m_openPartnership;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
