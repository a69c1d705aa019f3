#include "core/workshop/agenda_links.h"

#include <algorithm>

namespace gp {

namespace {

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

template <typename T>
const T* findById(const std::vector<T>& list, std::string_view id) {
  const auto found = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.meta.id == id; });
  return found == list.end() ? nullptr : &*found;
}

}  // namespace

const AgendaPage* agendaPage(std::string_view link) {
  for (const auto& page : kAgendaPages)
    if (link == page.link) return &page;
  return nullptr;
}

AgendaLinkKind agendaLinkKind(const Document& doc, std::string_view link) {
  if (link.empty()) return AgendaLinkKind::none;
  if (agendaPage(link)) return AgendaLinkKind::page;
  if (findById(doc.glossary, link)) return AgendaLinkKind::term;
  if (findById(doc.sections, link)) return AgendaLinkKind::section;
  if (findById(doc.commitments, link)) return AgendaLinkKind::commitment;
  return AgendaLinkKind::missing;
}

std::string agendaLinkLabel(const Document& doc, std::string_view link) {
  switch (agendaLinkKind(doc, link)) {
    case AgendaLinkKind::none: return {};
    case AgendaLinkKind::page: return agendaPage(link)->name;
    case AgendaLinkKind::term: return "Term " + quoted(findById(doc.glossary, link)->name);
    case AgendaLinkKind::section: return "Section " + quoted(findById(doc.sections, link)->title);
    case AgendaLinkKind::commitment: return "Commitment " + quoted(findById(doc.commitments, link)->metric);
    case AgendaLinkKind::missing: break;
  }
  return "A deleted item";
}

}  // namespace gp
