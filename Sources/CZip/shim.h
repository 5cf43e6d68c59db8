#include <zip.h>
// zlib, which libzip itself deflates with: OCF deflates entries on all cores before handing
// them to libzip as already compressed data.
#include <zlib.h>
