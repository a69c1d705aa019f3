// The workshops' part of the file (workshop.h): "diagnosticRounds", "diagnosticAnswers",
// "workshops", "workshopNotes" and "actions", written after the loops and only when there are
// some, so plans without a workshop keep their form.
#pragma once

#include "core/format/format_fields.h"

namespace gp {

void writeWorkshop(FileJson& file, const Document&);
// Reads the workshop keys `file` has (each optional) into `doc`; an answer must name a round of
// the file, hold 20 scores of 1-5 and come from marketing, sales or leadership.
void readWorkshop(FieldReader&, const ObjectReader& file, const FileJson& root, Document& doc);

FileJson entityJson(const DiagnosticRound&);
FileJson entityJson(const DiagnosticAnswer&);
FileJson entityJson(const Workshop&);
FileJson entityJson(const WorkshopNote&);
FileJson entityJson(const ActionItem&);
FileJson entityJson(const DotVote&);      // format_activities.cpp
FileJson entityJson(const DraftPrompt&);
// "dotVotes" and "draftPrompts" (format_activities.cpp), called by writeWorkshop / readWorkshop.
void writeActivities(FileJson& file, const Document&);
void readActivities(FieldReader&, const ObjectReader& file, const FileJson& root, Document& doc);

}  // namespace gp
