// Manuscript: under construction in this session.
