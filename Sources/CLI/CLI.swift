// CLI: under construction in this session.
