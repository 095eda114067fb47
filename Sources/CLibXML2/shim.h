#ifndef SOURCED_CLIBXML2_SHIM_H
#define SOURCED_CLIBXML2_SHIM_H

/* Keep ICU's headers out: they clash with the copy Foundation ships. Only pointers to the
   encoding handler are used, so its ICU-only trailing fields do not matter here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

#endif
