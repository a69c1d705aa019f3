// WebGL state the ImGui renderer reads back every frame: imgui_impl_opengl3.cpp saves the state
// before it draws and restores it after. Chromium answers the scissor box, the blend state and the
// unpack row length by asking the GPU process and waiting for it, and so for the frame before to
// be drawn: milliseconds a frame with software rendering (issue 14, glossary keystroke frames).
// Only the app sets them, through the functions below, so it keeps them itself (on the context
// object, so a new context starts afresh) and answers from there. A context starts at WebGL's
// initial values (gpjs_gl_context_made); a value not known otherwise is asked for once.
mergeInto(LibraryManager.library, {
  $gpGlState: {
    get: function() { return GLctx.gpState || (GLctx.gpState = {}); },
    set: function(name, value) { gpGlState.get()[name] = value; },
  },

  // A context just made holds WebGL's initial state: kept from the start, the first frame does not
  // ask either (it waited 10 to 20 ms there for the shaders and the font texture to be done).
  gpjs_gl_context_made: function() {
    GLctx.gpState = {
      0x0C10 /* GL_SCISSOR_BOX */: [0, 0, GLctx.drawingBufferWidth, GLctx.drawingBufferHeight],
      0x80C9 /* GL_BLEND_SRC_RGB */: 1 /* GL_ONE */, 0x80CB /* GL_BLEND_SRC_ALPHA */: 1,
      0x80C8 /* GL_BLEND_DST_RGB */: 0 /* GL_ZERO */, 0x80CA /* GL_BLEND_DST_ALPHA */: 0,
      0x8009 /* GL_BLEND_EQUATION_RGB */: 0x8006 /* GL_FUNC_ADD */, 0x883D /* GL_BLEND_EQUATION_ALPHA */: 0x8006,
      0x0CF2 /* GL_UNPACK_ROW_LENGTH */: 0,
    };
  },

  glScissor__deps: ['$gpGlState'],
  glScissor: function(x, y, width, height) {
    GLctx.scissor(x, y, width, height);
    gpGlState.set(0x0C10 /* GL_SCISSOR_BOX */, [x, y, width, height]);
  },

  glBlendFunc__deps: ['$gpGlState'],
  glBlendFunc: function(source, destination) {
    GLctx.blendFunc(source, destination);
    gpGlState.set(0x80C9 /* GL_BLEND_SRC_RGB */, source);
    gpGlState.set(0x80CB /* GL_BLEND_SRC_ALPHA */, source);
    gpGlState.set(0x80C8 /* GL_BLEND_DST_RGB */, destination);
    gpGlState.set(0x80CA /* GL_BLEND_DST_ALPHA */, destination);
  },

  glBlendFuncSeparate__deps: ['$gpGlState'],
  glBlendFuncSeparate: function(sourceRgb, destinationRgb, sourceAlpha, destinationAlpha) {
    GLctx.blendFuncSeparate(sourceRgb, destinationRgb, sourceAlpha, destinationAlpha);
    gpGlState.set(0x80C9 /* GL_BLEND_SRC_RGB */, sourceRgb);
    gpGlState.set(0x80C8 /* GL_BLEND_DST_RGB */, destinationRgb);
    gpGlState.set(0x80CB /* GL_BLEND_SRC_ALPHA */, sourceAlpha);
    gpGlState.set(0x80CA /* GL_BLEND_DST_ALPHA */, destinationAlpha);
  },

  glBlendEquation__deps: ['$gpGlState'],
  glBlendEquation: function(mode) {
    GLctx.blendEquation(mode);
    gpGlState.set(0x8009 /* GL_BLEND_EQUATION_RGB */, mode);
    gpGlState.set(0x883D /* GL_BLEND_EQUATION_ALPHA */, mode);
  },

  glBlendEquationSeparate__deps: ['$gpGlState'],
  glBlendEquationSeparate: function(modeRgb, modeAlpha) {
    GLctx.blendEquationSeparate(modeRgb, modeAlpha);
    gpGlState.set(0x8009 /* GL_BLEND_EQUATION_RGB */, modeRgb);
    gpGlState.set(0x883D /* GL_BLEND_EQUATION_ALPHA */, modeAlpha);
  },

  // As emscripten's own (library_webgl.js), which keeps the unpack alignment for its uploads.
  glPixelStorei__deps: ['$gpGlState'],
  glPixelStorei: function(name, value) {
    if (name == 0x0CF5 /* GL_UNPACK_ALIGNMENT */) GL.unpackAlignment = value;
    GLctx.pixelStorei(name, value);
    if (name == 0x0CF2 /* GL_UNPACK_ROW_LENGTH */) gpGlState.set(name, value);
  },

  glGetIntegerv__deps: ['$emscriptenWebGLGet', '$gpGlState'],
  glGetIntegerv: function(name, pointer) {
    var kept = [0x0C10, 0x80C9, 0x80C8, 0x80CB, 0x80CA, 0x8009, 0x883D, 0x0CF2].indexOf(name) >= 0;
    var state = gpGlState.get();
    if (state[name] === undefined && kept) {
      var asked = GLctx.getParameter(name);  // null when the context is lost: not kept
      if (asked != null) state[name] = typeof asked == 'number' ? asked : Array.from(asked);
    }
    if (!kept || !pointer || state[name] === undefined) {
      emscriptenWebGLGet(name, pointer, {{{ cDefine('EM_FUNC_SIG_PARAM_I') }}});
      return;
    }
    var value = state[name];
    if (typeof value == 'number') HEAP32[pointer >> 2] = value;
    else for (var i = 0; i < value.length; i++) HEAP32[(pointer >> 2) + i] = value[i];
  },
});
