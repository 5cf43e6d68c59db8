#ifndef IMPRINT_CLIBXML2_SHIM_H
#define IMPRINT_CLIBXML2_SHIM_H
/* Debian's libxml2 defines LIBXML_ICU_ENABLED, which makes encoding.h include ICU's
   headers; they clash with Foundation's own ICU module ("'UErrorCode' has different
   definitions"). We never need libxml2's ICU converters, so switch them off first. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlIO.h>
#include <libxml/xpath.h>
#include <libxml/xmlsave.h>

/* xmlFree is a global function pointer variable; Swift 6 treats it as shared mutable state. */
static inline void imprint_xmlFree(void *p) { xmlFree(p); }
#endif
