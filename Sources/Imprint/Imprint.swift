// Imprint: under construction in this session.
