// Rendering: under construction in this session.
