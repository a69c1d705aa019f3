#include "lead_import_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <chrono>

#include "core/text/utf8.h"
#include "csv_import_parts.h"
#include "modal.h"
#include "term_text.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kPopup = "##import-lead-outcomes";
// Reading stops for the frame after this long, so frames stay far under 100 ms.
constexpr double kFrameBudgetMs = 16.0;
constexpr size_t kRowsPerSlice = 1000;

std::string thousands(int64_t value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
  return digits;
}

std::string plural(int64_t n, const char* one, const char* many) { return thousands(n) + " " + (n == 1 ? one : many); }

ImVec4 statusColor(LeadStatus status) {
  const theme::Palette& p = theme::palette();
  switch (status) {
    case LeadStatus::accepted: return p.success;
    case LeadStatus::rejected: return p.danger;
    case LeadStatus::recycled: return p.warning;
    case LeadStatus::open: break;
  }
  return p.textMuted;
}

}  // namespace

void LeadImportDialog::open(std::string csv, std::string fileName, std::vector<std::string> rejectionReasons) {
  job_ = std::make_unique<LeadImportJob>(std::move(csv), std::move(rejectionReasons));
  fileName_ = std::move(fileName);
  mapping_ = job_->suggestedMapping();
  step_ = Step::columns;
  openPopup_ = true;
  focusFirst_ = true;
}

bool LeadImportDialog::working() const { return job_ && job_->started() && !job_->finished(); }

void LeadImportDialog::close() {
  ImGui::CloseCurrentPopup();
  job_.reset();  // the file's text and everything read from it go with the job
  fileName_.clear();
  mapping_ = {};
}

void LeadImportDialog::readSome() {
  if (!working()) return;
  const auto start = std::chrono::steady_clock::now();
  while (!job_->step(kRowsPerSlice))
    if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() > kFrameBudgetMs) break;
}

void LeadImportDialog::draw(UiContext& ui) {
  if (!job_) return;
  const float s = theme::scale();
  const float width = std::min(780 * s, ImGui::GetMainViewport()->WorkSize.x - 32 * s);
  if (!beginModal(kPopup, width, &openPopup_)) {
    if (!openPopup_ && !ImGui::IsPopupOpen(kPopup)) job_.reset();
    return;
  }
  readSome();
  next_ = back_ = cancel_ = import_ = false;
  // Enter that picks from an open combo's list stays there; otherwise it presses Next or Import.
  enter_ = !comboWasOpen_ && dialogEnterPressed();
  const std::string fromFile = "From " + (fileName_.empty() ? std::string("a CSV file") : fileName_);
  modalHeading("IMPORT LEAD OUTCOMES", fromFile.c_str());
  exposeLastItem("##lead-import-dialog");
  switch (step_) {
    case Step::columns: drawColumns(); break;
    case Step::statuses: drawStatuses(); break;
    case Step::preview: drawPreview(); break;
  }
  // Escape closes an open combo first (ImGui does that before this frame is drawn), then the dialog.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !comboWasOpen_) cancel_ = true;
  comboWasOpen_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);

  if (cancel_) {
    close();
  } else if (import_) {
    const LeadImportResult& result = job_->result();
    History& history = ui.history();
    history.seal();
    const bool changed = applyLeadImport(history, result, ui.edit());
    history.seal();
    ui.notify(Notice::Kind::success,
              changed ? "Imported " + plural(result.leads, "lead", "leads") + " from " + fileName_ + " (" +
                            friendlyDate(result.firstDay) + " \xE2\x80\x93 " + friendlyDate(result.lastDay) + ")."
                      : "The plan already holds these lead outcomes; nothing changed.",
              6);
    close();
  } else if (next_ || back_) {
    focusFirst_ = true;
  }
  ImGui::EndPopup();
}

// ---- Step 1: which column holds what --------------------------------------------------------

void LeadImportDialog::drawColumns() {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  textWrappedMuted("Step 1 of 3 \xC2\xB7 Which column holds what? Columns you ignore are never read, so names "
                   "and e-mail addresses stay out of the plan.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  const auto& headers = job_->headers();
  const float rowH = ImGui::GetFrameHeightWithSpacing();
  const float tableH = std::min(340 * s, (static_cast<float>(headers.size()) + 1.4f) * rowH);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_PadOuterX;
  if (!headers.empty() && ImGui::BeginTable("##lead-columns", 3, flags, ImVec2(0, tableH))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column in the file", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Read as", ImGuiTableColumnFlags_WidthFixed, 170 * s);
    ImGui::TableSetupColumn("First rows", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < headers.size(); ++i) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      const LeadField field = mapping_.columns[i];
      ImGui::TextUnformatted(headers[i].empty() ? "(no name)" : headers[i].c_str());
      exposeLastItem(headers[i] + "##lead-header-" + std::to_string(i));
      ImGui::TableNextColumn();
      const std::string id = "##lead-column-" + std::to_string(i);
      if (i == 0 && focusFirst_) {
        ImGui::SetKeyboardFocusHere();
        focusFirst_ = false;
      }
      ImGui::PushStyleColor(ImGuiCol_Text, field == LeadField::ignore ? p.textMuted : p.text);
      const bool opened = beginCombo(id.c_str(), leadFieldLabel(field), 160 * s);
      ImGui::PopStyleColor();
      if (opened) {
        for (const LeadField choice : kAllLeadFields) {
          const std::string label = std::string(leadFieldLabel(choice)) + "##lead-field-" + std::to_string(i) + "-" +
                                    std::to_string(static_cast<int>(choice));
          if (!ImGui::Selectable(label.c_str(), choice == field)) continue;
          // One column per field: the column that held it lets go.
          if (choice != LeadField::ignore)
            for (auto& other : mapping_.columns)
              if (other == choice) other = LeadField::ignore;
          mapping_.columns[i] = choice;
        }
        ImGui::EndCombo();
      }
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      if (field == LeadField::ignore) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.textFaint);
        ImGui::TextUnformatted(columnSample(job_->sampleRows(), i, 28).c_str());
        ImGui::PopStyleColor();
      } else {
        ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
        ImGui::TextUnformatted(columnSample(job_->sampleRows(), i, 28).c_str());
        ImGui::PopStyleColor();
      }
    }
    ImGui::EndTable();
  }

  ImGui::Dummy(ImVec2(0, 8 * s));
  caption("DATES WRITTEN WITH SLASHES, LIKE 03/04/2027");
  if (auto picked = choiceCombo("##lead-slash-dates", mapping_.slashDates, kSlashDateOrders, slashDatesLabel, 330 * s))
    mapping_.slashDates = *picked;

  const auto has = [&](LeadField field) {
    return std::find(mapping_.columns.begin(), mapping_.columns.end(), field) != mapping_.columns.end();
  };
  const bool ready = !headers.empty() && has(LeadField::created) && has(LeadField::status);
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (headers.empty()) {
    // An empty or unreadable file: reading it reports why.
    textColored(p.danger, "This file has no header row to read.");
  } else if (!ready) {
    textColored(p.warning, "Choose the columns that hold Created and Status to go on.");
  } else {
    textMuted((plural(static_cast<int64_t>(headers.size()), "column", "columns") + " \xC2\xB7 Lead ids are only checked for "
               "duplicates, never kept.").c_str());
  }
  ImGui::Dummy(ImVec2(0, 10 * s));
  const float total = buttonWidth("Cancel") + buttonWidth("Next") + ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  cancel_ = button("Cancel", "Cancel##lead-import-cancel");
  ImGui::SameLine();
  const bool canGoOn = ready || headers.empty();
  ImGui::BeginDisabled(!canGoOn);
  const bool next = button("Next", "Next##lead-import-next", ButtonKind::primary) || (canGoOn && enter_ && !cancel_);
  ImGui::EndDisabled();
  if (next) {
    job_->start(mapping_);
    step_ = Step::statuses;
    next_ = true;
  }
}

// ---- Step 2: what each status value means ----------------------------------------------------

void LeadImportDialog::drawStatuses() {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  textWrappedMuted("Step 2 of 3 \xC2\xB7 What does each status in the file mean? Recycled means sent back to "
                   "marketing to nurture.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  bool ready = job_->rowsRead();
  if (!ready) {
    drawProgress("Reading rows");
  } else if (job_->statusValues().empty()) {
    textMuted("No lead could be read, so there is no status to map. The next step shows why.");
  } else {
    const auto& values = job_->statusValues();
    const float rowH = ImGui::GetFrameHeightWithSpacing();
    const float tableH = std::min(320 * s, (static_cast<float>(values.size()) + 1.4f) * rowH);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##lead-statuses", 3, flags, ImVec2(0, tableH))) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("Status in the file", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("Leads", ImGuiTableColumnFlags_WidthFixed, 90 * s);
      ImGui::TableSetupColumn("Means", ImGuiTableColumnFlags_WidthFixed, 190 * s);
      ImGui::TableHeadersRow();
      for (size_t i = 0; i < values.size(); ++i) {
        const LeadStatusValue& value = values[i];
        const auto chosen = job_->mapping().statuses.find(value.folded);
        const std::optional<LeadStatus> status =
            chosen != job_->mapping().statuses.end() ? std::optional(chosen->second) : value.recognised;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(value.text.empty() ? "(empty)" : value.text.c_str());
        exposeLastItem(value.text + "##lead-status-value-" + std::to_string(i));
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        textMuted(thousands(value.rows).c_str());
        ImGui::TableNextColumn();
        if (i == 0 && focusFirst_) {
          ImGui::SetKeyboardFocusHere();
          focusFirst_ = false;
        }
        const std::string id = "##lead-status-" + std::to_string(i);
        ImGui::PushStyleColor(ImGuiCol_Text, status ? statusColor(*status) : p.warning);
        const bool opened = beginCombo(id.c_str(), status ? leadStatusLabel(*status) : "Choose\xE2\x80\xA6", 180 * s);
        ImGui::PopStyleColor();
        if (opened) {
          for (const LeadStatus choice : kAllLeadStatuses) {
            const std::string label = std::string(leadStatusLabel(choice)) + "##lead-outcome-" + std::to_string(i) + "-" +
                                      leadStatusName(choice);
            if (ImGui::Selectable(label.c_str(), status == choice)) {
              mapping_.statuses[value.folded] = choice;
              job_->setStatus(value.folded, choice);
            }
          }
          ImGui::EndCombo();
        }
        if (!status) ready = false;
      }
      ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, 4 * s));
    const auto unmapped = std::count_if(values.begin(), values.end(), [&](const LeadStatusValue& value) {
      return !value.recognised && !job_->mapping().statuses.count(value.folded);
    });
    if (unmapped > 0) {
      const std::string warning = plural(unmapped, "status needs", "statuses need") + " an outcome before the import.";
      textColored(p.warning, warning.c_str());
      exposeLastItem(warning);
    } else
      textMuted((plural(static_cast<int64_t>(values.size()), "status", "statuses") + " \xC2\xB7 all mapped").c_str());
  }

  ImGui::Dummy(ImVec2(0, 10 * s));
  const float total = buttonWidth("Back") + buttonWidth("Cancel") + buttonWidth("Next") + 2 * ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  if (button("Back", "Back##lead-import-back")) {
    step_ = Step::columns;
    back_ = true;
  }
  ImGui::SameLine();
  cancel_ = button("Cancel", "Cancel##lead-import-cancel");
  ImGui::SameLine();
  ImGui::BeginDisabled(!ready);
  // With unmapped values the preview would only list them as problems: Next waits for a choice,
  // unless the rows had problems of their own to show.
  const bool next = button("Next", "Next##lead-import-next", ButtonKind::primary) || (ready && enter_ && !cancel_);
  ImGui::EndDisabled();
  if (next && !back_) {
    step_ = Step::preview;
    next_ = true;
  }
}

// ---- Step 3: preview -------------------------------------------------------------------------

void LeadImportDialog::drawProgress(const char* what) {
  const float s = theme::scale();
  const int percent = static_cast<int>(job_->progress() * 100);
  const std::string label = std::string(what) + "\xE2\x80\xA6 " + std::to_string(percent) + "%";
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::palette().accent);
  ImGui::ProgressBar(static_cast<float>(job_->progress()), ImVec2(-1, 8 * s), "");
  ImGui::PopStyleColor();
  exposeLastItem("##lead-import-progress");
  textMuted((label + " \xC2\xB7 " + thousands(static_cast<int64_t>(job_->rowsSeen())) + " rows so far").c_str());
}

void LeadImportDialog::drawProblems() {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const LeadImportResult& result = job_->result();
  colorDot(p.danger);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  const std::string title =
      plural(static_cast<int64_t>(result.problemCount), "problem", "problems") + " in the file: nothing will be imported.";
  textColored(p.danger, title.c_str());
  exposeLastItem(title);
  textWrappedMuted("Fix these rows in the CRM or the file and import it again; the plan is unchanged. "
                   "Going back lets you read a column or a status differently.");
  if (result.problemCount > result.problems.size())
    textMuted(("Showing the first " + thousands(static_cast<int64_t>(result.problems.size())) + ".").c_str());
  ImGui::Spacing();
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  ImGui::BeginChild("##lead-import-problems",
                    ImVec2(0, std::min(260 * s, (static_cast<float>(result.problems.size()) + 0.6f) * lineH * 1.5f)),
                    ImGuiChildFlags_Border);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(result.problems.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const std::string text = result.problems[static_cast<size_t>(i)].text();
      ImGui::TextUnformatted(text.c_str());
      exposeLastItem(text + "##lead-problem-" + std::to_string(i));
    }
  ImGui::EndChild();
}

void LeadImportDialog::drawPreview() {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  textWrappedMuted("Step 3 of 3 \xC2\xB7 The plan keeps only counts per day, campaign, source, status and reason, "
                   "and how long sales took to first touch each lead.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  const bool finished = job_->finished();
  const LeadImportResult& result = job_->result();
  if (!finished) {
    drawProgress("Counting leads");
  } else if (!result.ok()) {
    drawProblems();
  } else {
    pill(plural(result.leads, "lead", "leads").c_str(), p.accent);
    for (const LeadStatus status : kAllLeadStatuses) {
      ImGui::SameLine();
      pill((thousands(result.count(status)) + " " + leadStatusName(status)).c_str(), statusColor(status));
    }
    exposeLastItem("##lead-import-summary: " + std::to_string(result.leads) + " leads, " +
                   std::to_string(result.count(LeadStatus::accepted)) + " accepted");
    ImGui::Spacing();
    const std::string range = "Replaces " + friendlyDate(result.firstDay) + " \xE2\x80\x93 " +
                              friendlyDate(result.lastDay) + " (" + plural(static_cast<int64_t>(result.days.size()), "day", "days") +
                              " with leads) and keeps every other day.";
    ImGui::TextUnformatted(range.c_str());
    exposeLastItem(range);
    textMuted((thousands(result.touched) + " of " + thousands(result.leads) + " leads have a first touch.").c_str());
    ImGui::Spacing();

    const float rowH = ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y + 1;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##lead-days", 6, flags, ImVec2(0, std::min(240 * s, (static_cast<float>(result.days.size()) + 1.4f) * rowH + 2 * s)))) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("Day", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("Leads");
      for (const LeadStatus status : kAllLeadStatuses) ImGui::TableSetupColumn(leadStatusLabel(status));
      ImGui::TableHeadersRow();
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(result.days.size()));
      while (clipper.Step())
        for (int d = clipper.DisplayStart; d < clipper.DisplayEnd; ++d) {
          const LeadDay& day = result.days[static_cast<size_t>(d)];
          std::array<int64_t, 4> byStatus{};
          int64_t total = 0;
          for (const auto& count : day.counts) {
            byStatus[static_cast<size_t>(count.status)] += count.count;
            total += count.count;
          }
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(friendlyDate(day.day).c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(thousands(total).c_str());
          for (const int64_t n : byStatus) {
            ImGui::TableNextColumn();
            textMuted(thousands(n).c_str());
          }
        }
      ImGui::EndTable();
    }
  }

  ImGui::Dummy(ImVec2(0, 10 * s));
  const std::string confirm = finished && result.ok() ? "Import " + plural(result.leads, "lead", "leads") : std::string("Import");
  const float total = buttonWidth("Back") + buttonWidth("Cancel") + buttonWidth(confirm.c_str()) + 2 * ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  focusFirst_ = false;
  if (button("Back", "Back##lead-import-back")) {
    step_ = Step::statuses;
    back_ = true;
  }
  ImGui::SameLine();
  cancel_ = button("Cancel", "Cancel##lead-import-cancel");
  ImGui::SameLine();
  const bool ready = finished && result.ok() && !result.days.empty();
  ImGui::BeginDisabled(!ready);
  import_ = (button(confirm.c_str(), "##lead-import-confirm", ButtonKind::primary) || (ready && enter_ && !cancel_)) && !back_;
  ImGui::EndDisabled();
}

}  // namespace gp::ui
