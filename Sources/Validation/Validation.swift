// Validation: under construction in this session.
