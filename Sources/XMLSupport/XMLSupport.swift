// XMLSupport: under construction in this session.
