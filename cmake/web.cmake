# Web build: the app as a static site in GP_SITE_DIR (index.html, app.js, app.wasm, fonts, assets).
set(GP_SITE_DIR "${CMAKE_SOURCE_DIR}/build/web" CACHE PATH "Where the static site is written")

# Dear ImGui 1.92.2b sources: $IMGUI_DIR, or fetched into .deps/imgui at configure time.
set(IMGUI_DIR "$ENV{IMGUI_DIR}" CACHE PATH "Dear ImGui 1.92.2b source folder")
if(NOT IMGUI_DIR)
  execute_process(COMMAND bash "${CMAKE_SOURCE_DIR}/scripts/fetch-imgui.sh" COMMAND_ERROR_IS_FATAL ANY)
  set(IMGUI_DIR "${CMAKE_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui 1.92.2b source folder" FORCE)
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC
  IMGUI_IMPL_OPENGL_ES3        # WebGL2, GLSL "#version 300 es"
  IMGUI_ENABLE_TEST_ENGINE     # item hooks give widget rectangles to automation (no Test Engine code)
  IMGUI_DISABLE_FILE_FUNCTIONS
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS
  IMGUI_USE_WCHAR32)           # emoji and other non-BMP text
target_compile_options(imgui PUBLIC -fwasm-exceptions)

# QR codes (invitations shown on the projector): Debian's qr-code-generator C sources, fetched
# into .deps/qrcodegen at configure time like ImGui.
set(QRCODEGEN_DIR "$ENV{QRCODEGEN_DIR}" CACHE PATH "QR Code generator C source folder")
if(NOT QRCODEGEN_DIR)
  execute_process(COMMAND bash "${CMAKE_SOURCE_DIR}/scripts/fetch-qrcodegen.sh" COMMAND_ERROR_IS_FATAL ANY)
  set(QRCODEGEN_DIR "${CMAKE_SOURCE_DIR}/.deps/qrcodegen" CACHE PATH "QR Code generator C source folder" FORCE)
endif()
add_library(qrcodegen STATIC ${QRCODEGEN_DIR}/qrcodegen.c)
set_source_files_properties(${QRCODEGEN_DIR}/qrcodegen.c PROPERTIES LANGUAGE C)
target_include_directories(qrcodegen SYSTEM PUBLIC ${QRCODEGEN_DIR})

file(GLOB_RECURSE GP_UI_SOURCES CONFIGURE_DEPENDS src/ui/*.cpp)
file(GLOB GP_WEB_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
add_executable(app ${GP_UI_SOURCES} ${GP_WEB_SOURCES})
target_link_libraries(app PRIVATE gp_core imgui qrcodegen)
# Size (issue 14): everything in the app's wasm is built for size (-Oz) and optimised across
# files and libraries at link time (-flto); nothing asks a type for its name at run time (no
# typeid, no dynamic_cast), so -fno-rtti drops those names and tables. The reference page below
# keeps its own flags.
set(GP_WEB_SIZE_OPTIONS -Oz -flto $<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)
target_compile_options(imgui PRIVATE ${GP_WEB_SIZE_OPTIONS})
target_compile_options(qrcodegen PRIVATE ${GP_WEB_SIZE_OPTIONS})
target_compile_options(gp_core PRIVATE -fwasm-exceptions ${GP_WEB_SIZE_OPTIONS})
target_compile_options(app PRIVATE -Wall -Wextra -fwasm-exceptions ${GP_WEB_SIZE_OPTIONS})
set(GP_WEB_EXPORTS "_main,_malloc,_free,_gp_open_json,_gp_document_json,_gp_frames_rendered,_gp_theme,_gp_widget_rect,_gp_paste,_gp_copy_text,_gp_autosave_now,_gp_save_result,_gp_show_error,_gp_wake,_gp_version,_gp_notices,_gp_notice_log,_gp_text_input,_gp_free_string,_gp_local_data_begin,_gp_local_data_append,_gp_local_data_end")
target_link_options(app PRIVATE
  -Oz -flto -fwasm-exceptions -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sFILESYSTEM=0 -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=1048576
  -sEXPORTED_FUNCTIONS=${GP_WEB_EXPORTS}
  # Binaryen inlines every function that has one caller, however big: the frame's parts became one
  # function that the browser compiled whole before the first frame, at a cost per byte that grows
  # with the function's size. Big ones stay functions of their own (the size is in expressions).
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=300
  # ImGui's WebGL 2 renderer needs no extension and never asks for GL errors: the context is
  # created without enabling every extension the browser has, and without error bookkeeping.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_TRACK_ERRORS=0
  # Only what web/growthplan.js hands to Module, and TextDecoder (every supported browser has it).
  "-sINCOMING_MODULE_JS_API=[canvas,preRun,print,printErr,onAbort,loadSplitModule]" -sTEXTDECODER=2
  # Split in two (below): the link writes app.wasm.orig with function names, and an instrumented
  # app.wasm that reports which functions ran (scripts/first-frame-functions.mjs).
  -sSPLIT_MODULE=1 --profiling-funcs
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,addRunDependency,removeRunDependency
  "--js-library=${CMAKE_SOURCE_DIR}/src/platform/web/library_growthplan.js"
  "--js-library=${CMAKE_SOURCE_DIR}/src/platform/web/library_gl_state.js")
set_target_properties(app PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/app-link"
  LINK_DEPENDS "${CMAKE_SOURCE_DIR}/src/platform/web/library_growthplan.js;${CMAKE_SOURCE_DIR}/src/platform/web/library_gl_state.js")
# What a first visit waits for (issue 14): app.wasm keeps the functions start-up runs, listed in
# src/platform/web/first-frame-functions.txt; the rest goes to app.deferred.wasm, which the page
# fetches once the first frame is drawn (web/deferred.js). A function missing from the list still
# works: it is in the deferred part, fetched at once if needed before it arrives. No names are kept.
find_program(WASM_SPLIT wasm-split REQUIRED)  # binaryen, which emscripten needs too
find_program(NODE_JS NAMES node nodejs REQUIRED)  # so does Node.js
set(GP_FIRST_FRAME_FUNCTIONS "${CMAKE_SOURCE_DIR}/src/platform/web/first-frame-functions.txt")
set(GP_APP_LINK "${CMAKE_BINARY_DIR}/app-link/app")
add_custom_command(OUTPUT "${GP_SITE_DIR}/app.js" "${GP_SITE_DIR}/app.wasm" "${GP_SITE_DIR}/app.deferred.wasm"
  COMMAND ${CMAKE_COMMAND} -E copy "${GP_APP_LINK}.js" "${GP_SITE_DIR}/app.js"
  COMMAND ${NODE_JS} "${CMAKE_SOURCE_DIR}/scripts/split-wasm.mjs" "${GP_APP_LINK}.wasm.orig" "${GP_FIRST_FRAME_FUNCTIONS}"
          "${GP_SITE_DIR}/app.wasm" "${GP_SITE_DIR}/app.deferred.wasm"
  DEPENDS app "${GP_FIRST_FRAME_FUNCTIONS}" "${CMAKE_SOURCE_DIR}/scripts/split-wasm.mjs"
          "${CMAKE_SOURCE_DIR}/scripts/wasm-function-names.mjs" VERBATIM)
set(GP_APP_FILES "${GP_SITE_DIR}/app.js" "${GP_SITE_DIR}/app.wasm" "${GP_SITE_DIR}/app.deferred.wasm")

# Page shell, sample plans and fonts (from Debian font packages, never committed).
file(GLOB GP_WEB_FILES CONFIGURE_DEPENDS web/*)
file(GLOB GP_ASSET_FILES CONFIGURE_DEPENDS assets/*)
set(GP_FONT_ROLES body heading)
set(GP_FONT_CANDIDATES_body /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf
                            /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
set(GP_FONT_CANDIDATES_heading /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf
                               /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf)
# Fonts are cut down to Latin, Greek, Cyrillic and UI symbols, about 4x smaller; the browser draws any
# other character on demand (src/platform/web/browser_glyphs.cpp), so no other font is downloaded.
# Latin Extended-B stays whole (18 KB of the two fonts' gzip): a browser-drawn Pinyin tone or
# African letter in the middle of a Roboto word stood out in size and weight.
find_program(PYFTSUBSET pyftsubset)
set(GP_FONT_UNICODES "U+0020-007E,U+00A0-024F,U+0370-03FF,U+0400-04FF,U+2000-206F,U+20A0-20CF,U+2100-215F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+2713-2717")
set(GP_FONT_OUTPUTS "")
foreach(role IN LISTS GP_FONT_ROLES)
  foreach(candidate IN LISTS GP_FONT_CANDIDATES_${role})
    if(EXISTS "${candidate}")
      if(PYFTSUBSET)
        add_custom_command(OUTPUT "${GP_SITE_DIR}/fonts/${role}.ttf"
          COMMAND ${CMAKE_COMMAND} -E make_directory "${GP_SITE_DIR}/fonts"
          COMMAND ${PYFTSUBSET} "${candidate}" "--unicodes=${GP_FONT_UNICODES}" --layout-features= --no-hinting
                  --desubroutinize "--output-file=${GP_SITE_DIR}/fonts/${role}.ttf"
          DEPENDS "${candidate}" "${CMAKE_CURRENT_LIST_FILE}" VERBATIM)  # this file: the ranges above
      else()
        add_custom_command(OUTPUT "${GP_SITE_DIR}/fonts/${role}.ttf"
          COMMAND ${CMAKE_COMMAND} -E copy "${candidate}" "${GP_SITE_DIR}/fonts/${role}.ttf" DEPENDS "${candidate}")
      endif()
      list(APPEND GP_FONT_OUTPUTS "${GP_SITE_DIR}/fonts/${role}.ttf")
      break()
    endif()
  endforeach()
endforeach()
if(NOT GP_FONT_OUTPUTS)
  message(WARNING "No UI font package (fonts-roboto-unhinted or fonts-dejavu-core): the app uses ImGui's built-in font")
endif()
# Templates (*.in) are written below, not copied.
list(FILTER GP_WEB_FILES EXCLUDE REGEX "\\.in$")
set(GP_SITE_FILES "")
foreach(file IN LISTS GP_WEB_FILES GP_ASSET_FILES)
  get_filename_component(name "${file}" NAME)
  add_custom_command(OUTPUT "${GP_SITE_DIR}/${name}" COMMAND ${CMAKE_COMMAND} -E copy "${file}" "${GP_SITE_DIR}/${name}" DEPENDS "${file}")
  list(APPEND GP_SITE_FILES "${GP_SITE_DIR}/${name}")
endforeach()

# Installing as an app: PNG icons drawn from web/icon.svg (rsvg-convert, Debian's librsvg2-bin);
# without it the manifest names the SVG icon only, which Chromium and Firefox install from too.
find_program(RSVG_CONVERT rsvg-convert)
set(GP_MANIFEST_ICONS "    { \"src\": \"icon.svg\", \"sizes\": \"any\", \"type\": \"image/svg+xml\", \"purpose\": \"any\" }")
if(RSVG_CONVERT)
  foreach(size 192 512)
    add_custom_command(OUTPUT "${GP_SITE_DIR}/icon-${size}.png"
      COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} "${CMAKE_SOURCE_DIR}/web/icon.svg" -o "${GP_SITE_DIR}/icon-${size}.png"
      DEPENDS "${CMAKE_SOURCE_DIR}/web/icon.svg" VERBATIM)
    list(APPEND GP_SITE_FILES "${GP_SITE_DIR}/icon-${size}.png")
    string(APPEND GP_MANIFEST_ICONS ",\n    { \"src\": \"icon-${size}.png\", \"sizes\": \"${size}x${size}\", \"type\": \"image/png\", \"purpose\": \"any\" }")
  endforeach()
else()
  message(WARNING "rsvg-convert (librsvg2-bin) not found: the web app manifest names the SVG icon only")
endif()
configure_file(web/manifest.webmanifest.in "${CMAKE_BINARY_DIR}/manifest.webmanifest" @ONLY)
add_custom_command(OUTPUT "${GP_SITE_DIR}/manifest.webmanifest"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_BINARY_DIR}/manifest.webmanifest" "${GP_SITE_DIR}/manifest.webmanifest"
  DEPENDS "${CMAKE_BINARY_DIR}/manifest.webmanifest")
list(APPEND GP_SITE_FILES "${GP_SITE_DIR}/manifest.webmanifest")

# The service worker (offline use) caches every file above, the fonts and the app itself; its
# version is a hash of them all, computed after they are built (cmake/site-version.cmake).
set(GP_CACHED_NAMES index.html app.js app.wasm app.deferred.wasm)
foreach(file IN LISTS GP_SITE_FILES GP_FONT_OUTPUTS)
  file(RELATIVE_PATH name "${GP_SITE_DIR}" "${file}")
  list(APPEND GP_CACHED_NAMES "${name}")
endforeach()
list(REMOVE_DUPLICATES GP_CACHED_NAMES)
list(JOIN GP_CACHED_NAMES "," GP_CACHED_LIST)
add_custom_command(OUTPUT "${GP_SITE_DIR}/sw.js"
  COMMAND ${CMAKE_COMMAND} "-DSITE_DIR=${GP_SITE_DIR}" "-DTEMPLATE=${CMAKE_SOURCE_DIR}/web/sw.js.in"
          "-DOUTPUT=${GP_SITE_DIR}/sw.js" "-DFILES=${GP_CACHED_LIST}" -P "${CMAKE_SOURCE_DIR}/cmake/site-version.cmake"
  DEPENDS ${GP_APP_FILES} ${GP_SITE_FILES} ${GP_FONT_OUTPUTS} "${CMAKE_SOURCE_DIR}/web/sw.js.in" "${CMAKE_SOURCE_DIR}/cmake/site-version.cmake"
  VERBATIM)
add_custom_target(site ALL DEPENDS ${GP_APP_FILES} ${GP_SITE_FILES} ${GP_FONT_OUTPUTS} "${GP_SITE_DIR}/sw.js")

# The benchmarks' reference page (tests/bench/reference, issue 14): bare Dear ImGui from the same
# sources and backends, -Oz, in its own folder. Not part of the site, nor of `all`:
# cmake --build --preset web --target reference
set(GP_REFERENCE_DIR "${CMAKE_SOURCE_DIR}/build/web-reference" CACHE PATH "Where the benchmarks' reference page is written")
add_library(imgui_reference STATIC EXCLUDE_FROM_ALL
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_reference SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_definitions(imgui_reference PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_compile_options(imgui_reference PUBLIC -Oz -fwasm-exceptions)
add_executable(reference_page EXCLUDE_FROM_ALL tests/bench/reference/main.cpp)
target_link_libraries(reference_page PRIVATE imgui_reference)
target_link_options(reference_page PRIVATE
  -Oz -fwasm-exceptions -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sFILESYSTEM=0 -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1)
set_target_properties(reference_page PROPERTIES OUTPUT_NAME reference SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${GP_REFERENCE_DIR}")
add_custom_command(OUTPUT "${GP_REFERENCE_DIR}/index.html"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${GP_REFERENCE_DIR}"
  COMMAND ${CMAKE_COMMAND} -E copy "${CMAKE_SOURCE_DIR}/tests/bench/reference/index.html" "${GP_REFERENCE_DIR}/index.html"
  DEPENDS "${CMAKE_SOURCE_DIR}/tests/bench/reference/index.html")
add_custom_target(reference DEPENDS reference_page "${GP_REFERENCE_DIR}/index.html")
