#include <zip.h>
// libdeflate: OCF deflates entries on all cores, whole buffer by whole buffer, before handing
// them to libzip as already compressed data.
#include <libdeflate.h>
