#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
#include <sqlite3.h>
// SQLITE_TRANSIENT is a macro casting -1 to a function pointer; Swift cannot import it.
static inline void (*CSQLite_TRANSIENT(void))(void *) { return (void (*)(void *))-1; }
#endif
