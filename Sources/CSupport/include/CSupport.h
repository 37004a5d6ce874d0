#ifndef CSUPPORT_H
#define CSUPPORT_H
#include <stddef.h>
#include <wchar.h>

/// Columns a character takes in the terminal (libc wcwidth, as ncurses uses); -1 if not printable.
int csupport_wcwidth(unsigned int codepoint);
/// setlocale(LC_ALL, "") and report whether the resulting codeset is UTF-8 (1) or not (0).
int csupport_setlocale_is_utf8(void);
/// Unblock the signals a parent (a test runner) may have blocked: SIGINT, SIGTERM, SIGWINCH, SIGPIPE...
void csupport_unblock_signals(void);
/// Restore default SIGPIPE handling so `| head` ends the process quietly.
void csupport_default_sigpipe(void);
#endif
