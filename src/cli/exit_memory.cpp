#include "exit_memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gp::cli {

void keepFreedMemory() {
#if defined(__GLIBC__)
  // A parsed plan's tree is freed before the next file is read: without these, glibc hands its
  // pages back (and gives big buffers their own mappings), so each file faults them in anew.
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

}  // namespace gp::cli
