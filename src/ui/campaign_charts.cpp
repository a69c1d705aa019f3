#include "campaign_charts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/text/number_text.h"
#include "core/format/validation.h"
#include "ui/fitted_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

ImVec4 hex(unsigned rgb) {
  return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, 1.0f);
}

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

// Months since the plan's start of the beginning of `date` (afterDay: of the day after it), e.g.
// 2027-01-16 in a plan starting January 2027 is about 0.48.
double monthOffset(const std::string& date, const PlanPeriod& period, bool afterDay) {
  const int year = std::atoi(date.substr(0, 4).c_str());
  const int month = std::atoi(date.substr(5, 2).c_str());
  const int day = std::atoi(date.substr(8, 2).c_str());
  const double whole = (year - period.startYear) * 12.0 + (month - period.startMonth);
  return whole + (day - (afterDay ? 0 : 1)) / static_cast<double>(daysInMonth(year, month));
}

std::string personName(const Document& doc, const std::string& id) {
  if (id.empty()) return "nobody yet";
  for (const auto& person : doc.people)
    if (person.meta.id == id) return person.name.empty() ? std::string("(no name)") : person.name;
  return "unknown person";
}

std::string channelsText(const Campaign& campaign) {
  std::string text;
  for (const CampaignChannel channel : campaign.channels) text += (text.empty() ? "" : ", ") + std::string(channelLabel(channel));
  return text.empty() ? std::string("no channel yet") : text;
}

// A compact axis step: 1, 2, 5 × 10^n so that about `ticks` lines fit under `max`.
double niceStep(double max, int ticks) {
  if (!(max > 0)) return 1;
  const double raw = max / ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double factor : {1.0, 2.0, 5.0, 10.0})
    if (raw <= factor * magnitude) return factor * magnitude;
  return 10 * magnitude;
}

}  // namespace

ImVec4 channelColor(CampaignChannel channel) {
  const bool dark = theme::palette().dark;
  switch (channel) {
    case CampaignChannel::email: return dark ? hex(0x74C0FC) : hex(0x1C7ED6);
    case CampaignChannel::paidMedia: return dark ? hex(0xFFA94D) : hex(0xE8590C);
    case CampaignChannel::social: return dark ? hex(0xF783AC) : hex(0xD6336C);
    case CampaignChannel::events: return dark ? hex(0xB197FC) : hex(0x7048E8);
    case CampaignChannel::pr: return dark ? hex(0x63E6BE) : hex(0x0CA678);
    case CampaignChannel::content: return dark ? hex(0xFFD43B) : hex(0xB08900);
    case CampaignChannel::webinars: return dark ? hex(0x66D9E8) : hex(0x1098AD);
    case CampaignChannel::directMail: return dark ? hex(0xE599F7) : hex(0xAE3EC9);
    case CampaignChannel::partners: return dark ? hex(0x8CE99A) : hex(0x37B24D);
    case CampaignChannel::salesEnablement: return dark ? hex(0xFF8787) : hex(0xC92A2A);
  }
  return theme::palette().textMuted;
}

void drawCampaignTimeline(const Document& doc, const PlanPeriod& period, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float nameW = std::floor(std::min(240 * s, width * 0.3f));
  const float chartX = origin.x + nameW;
  const float chartW = std::max(40.0f, width - nameW);
  const int months = std::max(1, period.months);
  const float monthW = chartW / months;
  const float axisH = ImGui::GetTextLineHeight() + 8 * s;
  const float rowH = 28 * s;
  const size_t rows = std::max<size_t>(1, doc.campaigns.size());
  const float chartH = axisH + rowH * static_cast<float>(rows);
  const float bottom = origin.y + chartH;

  // Month columns: alternate shading, quarter lines, month names (with the year in January).
  ImFont* font = smallFont();
  const float fontSize = scaledSize(font);
  for (int m = 0; m < months; ++m) {
    const int month = (period.startMonth - 1 + m) % 12 + 1;
    const int year = period.startYear + (period.startMonth - 1 + m) / 12;
    const float x = chartX + m * monthW;
    if (m % 2 == 1) dl->AddRectFilled(ImVec2(x, origin.y + axisH), ImVec2(x + monthW, bottom), theme::u32(p.text, 0.03f));
    const bool quarterStart = (month - 1) % 3 == 0;
    dl->AddLine(ImVec2(x, origin.y + axisH - 4 * s), ImVec2(x, bottom), theme::u32(p.cardBorder, quarterStart ? 1.0f : 0.5f),
                quarterStart ? 1.2f * s : 1.0f);
    std::string label = kMonths[month - 1];
    if (month == 1 || m == 0) label += " \xE2\x80\x99" + std::to_string(year % 100 + 100).substr(1);  // "Jan ’27"
    const ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, 0, label.c_str());
    if (size.x < monthW - 2 * s || monthW > 18 * s)
      dl->AddText(font, fontSize, ImVec2(x + std::max(2 * s, (monthW - size.x) * 0.5f), origin.y), theme::u32(p.textMuted),
                  label.c_str());
  }
  dl->AddLine(ImVec2(chartX + chartW, origin.y + axisH - 4 * s), ImVec2(chartX + chartW, bottom), theme::u32(p.cardBorder));

  const bool windowHovered = ImGui::IsWindowHovered();
  if (doc.campaigns.empty()) {
    dl->AddText(ImVec2(chartX + 8 * s, origin.y + axisH + (rowH - ImGui::GetTextLineHeight()) * 0.5f),
                theme::u32(p.textFaint), "Campaigns you add appear here on the calendar.");
  }
  for (size_t i = 0; i < doc.campaigns.size(); ++i) {
    const Campaign& campaign = doc.campaigns[i];
    const float y = origin.y + axisH + rowH * static_cast<float>(i);
    const std::string name = campaign.name.empty() ? std::string("Untitled campaign") : campaign.name;
    fittedTextAt(dl, ImVec2(origin.x, y + (rowH - ImGui::GetTextLineHeight()) * 0.5f), name, nameW - 8 * s,
                 theme::u32(campaign.name.empty() ? p.textFaint : p.text));
    const int days = daysInclusive(campaign.startDate, campaign.endDate);
    const bool scheduled = days > 0;
    float x0 = chartX, x1 = chartX;
    if (scheduled) {
      const double from = std::clamp(monthOffset(campaign.startDate, period, false), 0.0, static_cast<double>(months));
      const double to = std::clamp(monthOffset(campaign.endDate, period, true), 0.0, static_cast<double>(months));
      x0 = chartX + static_cast<float>(from) * monthW;
      x1 = std::max(x0 + 3 * s, chartX + static_cast<float>(to) * monthW);
      const bool outside = to <= 0 || from >= months;
      if (!outside) {
        const float barTop = y + 6 * s, barBottom = y + rowH - 6 * s;
        const size_t bands = std::max<size_t>(1, campaign.channels.size());
        const float bandH = (barBottom - barTop) / static_cast<float>(bands);
        dl->AddRectFilled(ImVec2(x0, barTop), ImVec2(x1, barBottom), theme::u32(p.textMuted, 0.3f), 4 * s);
        for (size_t b = 0; b < campaign.channels.size(); ++b) {
          const ImDrawFlags corners = (b == 0 ? ImDrawFlags_RoundCornersTop : 0) |
                                      (b + 1 == bands ? ImDrawFlags_RoundCornersBottom : 0);
          dl->AddRectFilled(ImVec2(x0, barTop + bandH * b), ImVec2(x1, barTop + bandH * (b + 1)),
                            theme::u32(channelColor(campaign.channels[b]), 0.85f), corners ? 4 * s : 0,
                            corners ? corners : ImDrawFlags_RoundCornersNone);
        }
        if (x1 - x0 > 60 * s && campaign.expectedMqls > 0) {
          const std::string mqls = formatNumber(campaign.expectedMqls) + " MQLs";
          const ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, 0, mqls.c_str());
          if (size.x < x1 - x0 - 8 * s)
            dl->AddText(font, fontSize, ImVec2(x0 + 6 * s, (barTop + barBottom - size.y) * 0.5f), IM_COL32(255, 255, 255, 235),
                        mqls.c_str());
        }
      } else {
        dl->AddText(font, fontSize, ImVec2(chartX + 6 * s, y + (rowH - fontSize) * 0.5f), theme::u32(p.textFaint),
                    "outside the plan period");
      }
    } else {
      dl->AddText(font, fontSize, ImVec2(chartX + 6 * s, y + (rowH - fontSize) * 0.5f), theme::u32(p.textFaint),
                  "not scheduled: add start and end dates");
    }
    const ImVec2 rowMin(origin.x, y), rowMax(chartX + chartW, y + rowH);
    if (windowHovered && ImGui::IsMouseHoveringRect(rowMin, rowMax)) {
      dl->AddRect(rowMin, rowMax, theme::u32(p.accent, 0.5f), 4 * s);
      ImGui::BeginTooltip();
      ImGui::PushFont(headingFont());
      ImGui::TextUnformatted(name.c_str());
      ImGui::PopFont();
      if (scheduled)
        ImGui::Text("%s to %s (%d days)", friendlyDate(campaign.startDate).c_str(), friendlyDate(campaign.endDate).c_str(), days);
      else
        ImGui::TextUnformatted("Not scheduled yet");
      ImGui::Text("Channels: %s", channelsText(campaign).c_str());
      ImGui::Text("Budget: %s", formatMoney(campaign.budget, doc.plan.currency).c_str());
      ImGui::Text("Expected: %s leads, %s MQLs", formatNumber(campaign.expectedLeads, 2).c_str(),
                  formatNumber(campaign.expectedMqls, 2).c_str());
      ImGui::Text("Marketing: %s  \xC2\xB7  Sales: %s", personName(doc, campaign.marketingOwnerId).c_str(),
                  personName(doc, campaign.salesOwnerId).c_str());
      if (!campaign.segment.empty()) ImGui::Text("Segment: %s", campaign.segment.c_str());
      ImGui::EndTooltip();
    }
  }
  ImGui::Dummy(ImVec2(width, chartH + 4 * s));
}

void drawMqlCoverageChart(const MqlCoverage& coverage, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* font = smallFont();
  const float fontSize = scaledSize(font);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float axisW = 56 * s;
  const float plotH = 170 * s;
  const float labelH = 2 * fontSize + 10 * s;
  const float plotX = origin.x + axisW, plotW = std::max(40.0f, width - axisW);
  const float plotBottom = origin.y + plotH;
  const size_t n = coverage.periods.size();

  double max = 0;
  for (const auto& period : coverage.periods) max = std::max({max, period.expected, period.required});
  const double step = niceStep(max * 1.1, 4);
  const double top = std::max(step, std::ceil(max * 1.1 / step) * step);
  const auto yOf = [&](double value) { return plotBottom - static_cast<float>(value / top) * (plotH - 8 * s); };
  for (double tick = 0; tick <= top + step * 0.5; tick += step) {
    const float y = yOf(tick);
    dl->AddLine(ImVec2(plotX, y), ImVec2(plotX + plotW, y), theme::u32(p.cardBorder, tick == 0 ? 1.0f : 0.6f));
    const std::string label = formatNumber(tick);
    const ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, 0, label.c_str());
    dl->AddText(font, fontSize, ImVec2(plotX - 8 * s - size.x, y - size.y * 0.5f), theme::u32(p.textMuted), label.c_str());
  }
  if (n == 0) {
    ImGui::Dummy(ImVec2(width, plotH + labelH));
    return;
  }
  const float slotW = plotW / static_cast<float>(n);
  const float barW = std::min(56 * s, slotW * 0.5f);
  const bool windowHovered = ImGui::IsWindowHovered();
  for (size_t i = 0; i < n; ++i) {
    const PeriodMqls& period = coverage.periods[i];
    const float cx = plotX + slotW * (static_cast<float>(i) + 0.5f);
    const bool enough = period.expected + 1e-9 >= period.required;
    const ImVec4 barColor = coverage.stageName.empty() ? p.accent : enough ? p.success : p.danger;
    if (period.expected > 0)
      dl->AddRectFilled(ImVec2(cx - barW * 0.5f, yOf(period.expected)), ImVec2(cx + barW * 0.5f, plotBottom),
                        theme::u32(barColor, 0.8f), 3 * s, ImDrawFlags_RoundCornersTop);
    if (!coverage.stageName.empty()) {
      const float y = yOf(period.required);
      dl->AddLine(ImVec2(cx - barW * 0.5f - 8 * s, y), ImVec2(cx + barW * 0.5f + 8 * s, y), theme::u32(p.text), 2.5f * s);
    }
    const ImVec2 labelSize = font->CalcTextSizeA(fontSize, FLT_MAX, 0, period.slot.label.c_str());
    dl->AddText(font, fontSize, ImVec2(cx - labelSize.x * 0.5f, plotBottom + 4 * s), theme::u32(p.textMuted),
                period.slot.label.c_str());
    const std::string numbers = coverage.stageName.empty()
                                    ? formatNumber(period.expected)
                                    : formatNumber(std::floor(period.expected)) + " / " + formatNumber(period.required);
    const ImVec2 numbersSize = font->CalcTextSizeA(fontSize, FLT_MAX, 0, numbers.c_str());
    if (numbersSize.x < slotW - 4 * s)
      dl->AddText(font, fontSize, ImVec2(cx - numbersSize.x * 0.5f, plotBottom + 6 * s + fontSize),
                  theme::u32(coverage.stageName.empty() ? p.text : enough ? p.success : p.danger), numbers.c_str());
    const ImVec2 hoverMin(cx - slotW * 0.5f, origin.y), hoverMax(cx + slotW * 0.5f, plotBottom + labelH);
    if (windowHovered && ImGui::IsMouseHoveringRect(hoverMin, hoverMax)) {
      dl->AddRectFilled(hoverMin, hoverMax, theme::u32(p.accent, 0.06f));
      ImGui::BeginTooltip();
      ImGui::PushFont(headingFont());
      ImGui::TextUnformatted(period.slot.label.c_str());
      ImGui::PopFont();
      ImGui::Text("Campaigns: %s expected MQLs", formatNumber(period.expected, 2).c_str());
      if (!coverage.stageName.empty()) {
        ImGui::Text("Waterfall: %s marketing-sourced %s needed", formatNumber(period.required).c_str(),
                    coverage.stageName.c_str());
        const double gap = period.expected - period.required;
        textColored(gap >= -1e-9 ? p.success : p.danger,
                    gap >= -1e-9 ? ("Enough, " + formatNumber(gap, 1) + " to spare").c_str()
                                 : ("Short by " + formatNumber(-gap, 1)).c_str());
      }
      ImGui::EndTooltip();
    }
  }
  ImGui::Dummy(ImVec2(width, plotH + labelH));
}

void drawChannelMix(const ChannelMix& mix, const std::string& currency, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float labelW = 120 * s;
  const float barH = 18 * s;
  const bool windowHovered = ImGui::IsWindowHovered();
  const auto bar = [&](const char* label, bool budget) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    dl->AddText(ImVec2(origin.x, origin.y + (barH - ImGui::GetTextLineHeight()) * 0.5f), theme::u32(p.textMuted), label);
    const float x = origin.x + labelW, w = std::max(20.0f, width - labelW);
    dl->AddRectFilled(ImVec2(x, origin.y), ImVec2(x + w, origin.y + barH), theme::u32(p.text, 0.06f), 4 * s);
    float at = x;
    for (const auto& share : mix.channels) {
      const double fraction = budget ? share.budgetShare : share.leadsShare;
      if (!(fraction > 0)) continue;
      const float segment = static_cast<float>(fraction) * w;
      const ImVec2 min(at, origin.y), max(at + segment, origin.y + barH);
      dl->AddRectFilled(min, max, theme::u32(channelColor(share.channel), 0.85f));
      dl->AddLine(ImVec2(max.x, min.y), ImVec2(max.x, max.y), theme::u32(p.cardBg), 1.5f * s);
      if (fraction > kConcentrationLimit) dl->AddRect(min, max, theme::u32(p.danger), 0, 0, 2 * s);
      if (windowHovered && ImGui::IsMouseHoveringRect(min, max)) {
        ImGui::BeginTooltip();
        const std::string amount = budget ? formatMoney(share.budget, currency) : formatNumber(share.leads, 1) + " leads";
        ImGui::Text("%s: %s (%s of the %s)", channelLabel(share.channel), amount.c_str(),
                    formatPercent(fraction, 1).c_str(), budget ? "campaign budget" : "expected leads");
        ImGui::EndTooltip();
      }
      at += segment;
    }
    ImGui::Dummy(ImVec2(width, barH + 6 * s));
  };
  bar("Budget", true);
  bar("Expected leads", false);
  // Legend.
  float lineX = 0;
  for (const auto& share : mix.channels) {
    const std::string label = std::string(channelLabel(share.channel)) + " " + formatPercent(share.budgetShare, 0) + " / " +
                              formatPercent(share.leadsShare, 0);
    const float itemW = ImGui::CalcTextSize(label.c_str()).x + 22 * s;
    if (lineX > 0 && lineX + itemW < width) ImGui::SameLine(0, 14 * s);
    else lineX = 0;
    colorDot(channelColor(share.channel));
    ImGui::SameLine(0, 6 * s);
    ImGui::AlignTextToFramePadding();
    textMuted(label.c_str());
    lineX += itemW + 14 * s;
  }
}

}  // namespace gp::ui
