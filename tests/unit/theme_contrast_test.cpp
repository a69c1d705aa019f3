// Every text/background pair the UI draws, in every theme, meets WCAG 2.2 AA: 4.5:1 for text,
// 3:1 for the focus ring, the edges of fields and (in high contrast) the borders of cards.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "ui/color_contrast.h"
#include "ui/palette_colors.h"

using namespace gp::ui::theme;

namespace {

struct Named {
  const char* name;
  Rgba color;
};

struct Theme {
  const char* name;
  const PaletteColors& colors;
};

const std::vector<Theme>& allThemes() {
  static const std::vector<Theme> themes{{"light", paletteColors(ThemeKind::light)},
                                         {"dark", paletteColors(ThemeKind::dark)},
                                         {"high contrast", paletteColors(ThemeKind::highContrast)},
                                         {"presenter", presenterColors()}};
  return themes;
}

// Surfaces body text is drawn on: the page, the sidebar, cards, fields (also hovered), and the
// soft accent of selected rows and navigation entries.
std::vector<Named> textSurfaces(const PaletteColors& p) {
  return {{"appBg", p.appBg},
          {"sidebarBg", p.sidebarBg},
          {"cardBg", p.cardBg},
          {"fieldBg", p.fieldBg},
          {"fieldBgHover", p.fieldBgHover},
          {"accentSoft on cardBg", over(p.accentSoft, p.cardBg)},
          {"accentSoft on sidebarBg", over(p.accentSoft, p.sidebarBg)},
          {"infoSoft", p.infoSoft}};
}

// Colours drawn as text of their own (links, navigation, team names, statuses, pills).
std::vector<Named> colouredText(const PaletteColors& p) {
  return {{"accent", p.accent},
          {"success", p.success},
          {"warning", p.warning},
          {"danger", p.danger},
          {"textMuted", p.textMuted},
          {"team marketing", p.teamMarketing},
          {"team sales", p.teamSales},
          {"team leadership", p.teamLeadership},
          {"team other", p.teamOther},
          {"status proposed", p.statusProposed},
          {"status discussing", p.statusDiscussing},
          {"status agreed", p.statusAgreed},
          {"status deprecated", p.statusDeprecated}};
}

std::vector<Named> panels(const PaletteColors& p) {
  return {{"appBg", p.appBg}, {"sidebarBg", p.sidebarBg}, {"cardBg", p.cardBg}};
}

void checkPair(const std::string& theme, const std::string& what, const Rgba& fg, const Rgba& bg, double minimum) {
  const double ratio = contrastRatio(fg, bg);
  INFO(theme << ": " << what << " is " << ratio << ":1, needs " << minimum << ":1");
  CHECK(ratio >= minimum);
}

}  // namespace

TEST_CASE("contrast ratio follows WCAG: black on white is 21, a colour on itself is 1") {
  CHECK(contrastRatio(hex(0x000000), hex(0xFFFFFF)) == doctest::Approx(21.0));
  CHECK(contrastRatio(hex(0x0F766E), hex(0x0F766E)) == doctest::Approx(1.0));
  // A published reference pair: #767676 on white is the lightest grey that passes AA (4.54:1).
  CHECK(contrastRatio(hex(0x767676), hex(0xFFFFFF)) == doctest::Approx(4.54).epsilon(0.005));
  CHECK(contrastRatio(over(hex(0x000000, 0.5f), hex(0xFFFFFF)), hex(0x808080)) == doctest::Approx(1.0).epsilon(0.01));
}

TEST_CASE("the theme setting round-trips and unknown values fall back to light") {
  for (ThemeKind kind : {ThemeKind::light, ThemeKind::dark, ThemeKind::highContrast})
    CHECK(themeFromSetting(themeSetting(kind)) == kind);
  CHECK(themeFromSetting("") == ThemeKind::light);
  CHECK(themeFromSetting("sepia") == ThemeKind::light);
}

TEST_CASE("every text colour is readable on every surface it is drawn on, in every theme") {
  for (const Theme& t : allThemes()) {
    const PaletteColors& p = t.colors;
    SUBCASE(t.name) {
      const Named bodyText[] = {{"text", p.text}, {"textMuted", p.textMuted}, {"textFaint", p.textFaint}};
      for (const Named& fg : bodyText)
        for (const Named& bg : textSurfaces(p))
          checkPair(t.name, std::string(fg.name) + " on " + bg.name, fg.color, bg.color, kNormalTextContrast);

      for (const Named& fg : colouredText(p))
        for (const Named& bg : panels(p)) {
          checkPair(t.name, std::string(fg.name) + " on " + bg.name, fg.color, bg.color, kNormalTextContrast);
          // A pill: the text in its colour over a tint of the same colour.
          const Rgba tint{fg.color.r, fg.color.g, fg.color.b, pillTint(p)};
          checkPair(t.name, std::string(fg.name) + " pill on " + bg.name, fg.color, over(tint, bg.color), kNormalTextContrast);
        }

      for (const Named& bg : {Named{"accent", p.accent}, Named{"accentHover", p.accentHover}, Named{"accentActive", p.accentActive}})
        checkPair(t.name, std::string("accentText on ") + bg.name, p.accentText, bg.color, kNormalTextContrast);

      checkPair(t.name, "danger on dangerSoft", p.danger, p.dangerSoft, kNormalTextContrast);
      checkPair(t.name, "warning on warningSoft", p.warning, p.warningSoft, kNormalTextContrast);
      checkPair(t.name, "success on successSoft", p.success, p.successSoft, kNormalTextContrast);
      // Dark banners write in the body text colour on the soft backgrounds.
      for (const Named& bg : {Named{"dangerSoft", p.dangerSoft}, Named{"warningSoft", p.warningSoft}, Named{"successSoft", p.successSoft}})
        checkPair(t.name, std::string("text on ") + bg.name, p.text, bg.color, kNormalTextContrast);
    }
  }
}

TEST_CASE("text on a coloured button is whichever of white or ink reads better") {
  for (const Theme& t : allThemes()) {
    const PaletteColors& p = t.colors;
    for (const Named& bg : colouredText(p))
      checkPair(t.name, std::string("readable text on ") + bg.name, readableTextOn(bg.color), bg.color, kNormalTextContrast);
  }
}

TEST_CASE("the keyboard focus ring stands out from every surface") {
  for (const Theme& t : allThemes())
    for (const Named& bg : {Named{"appBg", t.colors.appBg}, Named{"sidebarBg", t.colors.sidebarBg}, Named{"cardBg", t.colors.cardBg},
                            Named{"fieldBg", t.colors.fieldBg}, Named{"fieldBgHover", t.colors.fieldBgHover}})
      checkPair(t.name, std::string("focus ring on ") + bg.name, t.colors.focus, bg.color, kNonTextContrast);
}

// WCAG 2.2 1.4.11: a field's edge is what tells it apart from the card or page around it (its
// fill barely differs), so it needs 3:1 against them and against the field's own fill.
TEST_CASE("the edge of a text field stands out from the card and page behind it, in every theme") {
  for (const Theme& t : allThemes())
    for (const Named& bg : {Named{"appBg", t.colors.appBg}, Named{"sidebarBg", t.colors.sidebarBg}, Named{"cardBg", t.colors.cardBg},
                            Named{"fieldBg", t.colors.fieldBg}})
      checkPair(t.name, std::string("fieldBorder on ") + bg.name, t.colors.fieldBorder, bg.color, kNonTextContrast);
}

TEST_CASE("high contrast outlines cards and fields strongly") {
  const PaletteColors& p = paletteColors(ThemeKind::highContrast);
  for (const Named& bg : {Named{"appBg", p.appBg}, Named{"cardBg", p.cardBg}, Named{"fieldBg", p.fieldBg}})
    checkPair("high contrast", std::string("cardBorder on ") + bg.name, p.cardBorder, bg.color, kNonTextContrast);
}
