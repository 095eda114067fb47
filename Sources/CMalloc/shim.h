// glibc's allocator tuning (mallopt), which Swift's Glibc module does not export.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
